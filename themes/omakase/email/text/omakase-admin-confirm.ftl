<#ftl output_format="plainText">
${msg("omakaseAdminConfirmBody", contractorUrl, adminLink, linkHours?c, tenantName, linkExpiry, adminEmail)}
