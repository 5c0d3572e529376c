<#ftl output_format="plainText">
${msg("omakaseAdminLinkBody", contractorUrl, adminLink, linkHours?c, tenantName, linkExpiry, adminEmail)}
