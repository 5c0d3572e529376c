<#ftl output_format="plainText">
${msg("omakaseSignupLinkBody", link, linkExpirationMinutes?c, realmName)}
