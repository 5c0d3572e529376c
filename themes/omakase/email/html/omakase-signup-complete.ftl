<#-- template: omakase-signup-complete.ftl (sign-up completed) -->
<#import "/omakase-values.ftl" as v>
<#import "template.ftl" as layout>
<@layout.emailLayout>
${v.fill(kcSanitize(msg("omakaseSignupCompleteBodyHtml", v.mark(0), v.mark(1), v.mark(2), loginUrl, realmName)), [user.email, user.lastName!'', user.firstName!''])?no_esc}
</@layout.emailLayout>
