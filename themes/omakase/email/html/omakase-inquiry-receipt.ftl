<#-- template: omakase-inquiry-receipt.ftl (the sender's receipt: reference number, category, time; never what was typed) -->
<#import "template.ftl" as layout>
<@layout.emailLayout footer=false>
${kcSanitize(msg("omakaseInquiryReceiptBodyHtml", reference, msg(categoryKey), sentAt, realmName))?no_esc}
<#if lockHelp>
${kcSanitize(msg("omakaseInquiryReceiptLockBodyHtml"))?no_esc}
</#if>
${kcSanitize(msg("omakaseInquiryReceiptFooterHtml"))?no_esc}
</@layout.emailLayout>
