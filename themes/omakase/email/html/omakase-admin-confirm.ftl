<#-- template: omakase-admin-confirm.ftl -->
<#import "template.ftl" as layout>
<@layout.emailLayout footer=false>
${kcSanitize(msg("omakaseAdminConfirmBodyHtml", contractorUrl, adminLink, linkHours?c, tenantName, linkExpiry, adminEmail))?no_esc}
</@layout.emailLayout>
