<#-- template: omakase-admin-link.ftl -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("omakaseAdminLinkBodyHtml", contractorUrl, adminLink, linkHours?c, tenantName, linkExpiry, adminEmail))?no_esc}
</@layout.emailLayout>
