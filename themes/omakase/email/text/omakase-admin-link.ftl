<#ftl output_format="plainText">
<#import "/omakase-values.ftl" as v>
${msg("omakaseAdminLinkBody", contractorUrl, adminLink, linkHours?c, v.line(tenantName), linkExpiry, v.line(adminEmail))}
