<#ftl output_format="plainText">
<#import "/omakase-values.ftl" as v>
${msg("omakaseServiceStartBody", contractorUrl, adminLink, linkHours?c, v.line(tenantName), linkExpiry, v.line(adminEmail))}
<#if inquiryUrl??>

${msg("omakaseServiceStartInquiryBody", inquiryUrl)}
</#if>

${msg("omakaseServiceStartClosingBody")}
