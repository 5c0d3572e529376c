<#-- template: omakase-signup-registered.ftl (sign-up asked for an address that already has a Business ID) -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("omakaseSignupRegisteredBodyHtml", resetLink, realmName))?no_esc}
</@layout.emailLayout>
