<#-- template: omakase-signup-link.ftl (sign-up link for a new address; manual 2(2)3, inquiry lines only when inquiryUrl is set) -->
<#import "template.ftl" as layout>
<@layout.emailLayout footer=false>
${kcSanitize(msg("omakaseSignupLinkBodyHtml", link, linkExpirationMinutes?c, realmName))?no_esc}
${kcSanitize(msg((inquiryUrl??)?then("omakaseSignupUnknownInquiryBodyHtml", "omakaseSignupUnknownBodyHtml")))?no_esc}
${kcSanitize(msg("omakaseSignupSendOnlyBodyHtml"))?no_esc}
<#if inquiryUrl??>
${kcSanitize(msg("omakaseBizidInquiryBodyHtml", realmName, inquiryUrl))?no_esc}
</#if>
</@layout.emailLayout>
