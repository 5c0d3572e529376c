<#ftl output_format="plainText">
${msg("omakaseServiceStartBody", contractorUrl, adminLink, linkHours?c, tenantName, linkExpiry, adminEmail)}
