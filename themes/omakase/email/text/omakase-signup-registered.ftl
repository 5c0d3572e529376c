<#ftl output_format="plainText">
${msg("omakaseSignupRegisteredBody", resetLink, realmName)}
