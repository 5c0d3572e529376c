<#-- template: omakase-admin-link.ftl -->
<#import "/omakase-values.ftl" as v>
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("omakaseAdminLinkBodyHtml", contractorUrl, adminLink, linkHours?c, v.html(tenantName), linkExpiry, v.html(adminEmail)))?no_esc}
</@layout.emailLayout>
