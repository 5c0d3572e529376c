<#-- template: omakase-signup-complete.ftl (sign-up completed) -->
<#import "/omakase-values.ftl" as v>
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("omakaseSignupCompleteBodyHtml", v.html(user.email), v.html(user.lastName!''), v.html(user.firstName!''), loginUrl, realmName))?no_esc}
</@layout.emailLayout>
