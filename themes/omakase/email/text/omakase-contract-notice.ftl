<#ftl output_format="plainText">
<#import "/omakase-values.ftl" as v>
${msg(bodyKey, v.line(tenantName), v.line(orderNumber), endDate, purgeDate, portalUrl)}

${msg("omakaseEmailFooter")}
