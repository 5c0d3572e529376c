<#-- template: omakase-signup-link.ftl (sign-up link for a new address) -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("omakaseSignupLinkBodyHtml", link, linkExpirationMinutes?c, realmName))?no_esc}
</@layout.emailLayout>
