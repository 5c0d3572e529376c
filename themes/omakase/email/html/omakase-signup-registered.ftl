<#-- template: omakase-signup-registered.ftl (sign-up asked for an address that already has a Business ID) -->
<#import "template.ftl" as layout>
<@layout.emailLayout footer=false>
${kcSanitize(msg("omakaseSignupRegisteredBodyHtml", resetLink, realmName))?no_esc}
${kcSanitize(msg("omakaseSignupSendOnlyBodyHtml"))?no_esc}
<#if inquiryUrl??>
${kcSanitize(msg("omakaseBizidInquiryBodyHtml", realmName, inquiryUrl))?no_esc}
</#if>
</@layout.emailLayout>
