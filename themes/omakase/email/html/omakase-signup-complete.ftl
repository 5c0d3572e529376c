<#-- template: omakase-signup-complete.ftl (sign-up completed) -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("omakaseSignupCompleteBodyHtml", user.email, user.lastName!'', user.firstName!'', loginUrl, realmName))?no_esc}
</@layout.emailLayout>
