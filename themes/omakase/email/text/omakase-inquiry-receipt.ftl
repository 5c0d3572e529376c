<#ftl output_format="plainText">
<#-- template: omakase-inquiry-receipt.ftl (the sender's receipt: reference number, category, time; never what was typed) -->
${msg("omakaseInquiryReceiptBody", reference, msg(categoryKey), sentAt, realmName)}
<#if lockHelp>

${msg("omakaseInquiryReceiptLockBody")}
</#if>

${msg("omakaseInquiryReceiptFooter")}
