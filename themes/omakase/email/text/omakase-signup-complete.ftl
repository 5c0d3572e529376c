<#ftl output_format="plainText">
${msg("omakaseSignupCompleteBody", user.email, user.lastName!'', user.firstName!'', loginUrl, realmName)}
