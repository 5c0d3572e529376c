<#-- template: omakase-admin-link.ftl -->
<#import "/omakase-values.ftl" as v>
<#import "template.ftl" as layout>
<@layout.emailLayout footer=false>
${v.fill(kcSanitize(msg("omakaseAdminLinkBodyHtml", contractorUrl, adminLink, linkHours?c, v.mark(0), linkExpiry, v.mark(1))), [tenantName, adminEmail])?no_esc}
</@layout.emailLayout>
