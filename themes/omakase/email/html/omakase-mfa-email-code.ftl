<#-- template: omakase-mfa-email-code.ftl -->
<#import "template.ftl" as layout>
<@layout.emailLayout footer=false>
${kcSanitize(msg("omakaseMfaEmailCodeBodyHtml", code, minutes?c))?no_esc}
</@layout.emailLayout>
