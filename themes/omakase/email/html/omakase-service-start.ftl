<#-- template: omakase-service-start.ftl -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("omakaseServiceStartBodyHtml", contractorUrl, adminLink, linkHours?c, tenantName, linkExpiry, adminEmail))?no_esc}
</@layout.emailLayout>
