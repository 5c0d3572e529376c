<#ftl output_format="plainText">
<#import "/omakase-values.ftl" as v>
${msg("omakaseAdminChangeBody", inviteLink, linkHours?c, v.line(tenantName), linkExpiry, v.line(userEmail))}
