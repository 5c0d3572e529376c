<#-- template: omakase-admin-change.ftl -->
<#import "/omakase-values.ftl" as v>
<#import "template.ftl" as layout>
<@layout.emailLayout footer=false>
${v.fill(kcSanitize(msg("omakaseAdminChangeBodyHtml", inviteLink, linkHours?c, v.mark(0), linkExpiry, v.mark(1))), [tenantName, userEmail])?no_esc}
</@layout.emailLayout>
