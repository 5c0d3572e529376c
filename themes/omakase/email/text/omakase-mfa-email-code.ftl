<#ftl output_format="plainText">
${msg("omakaseMfaEmailCodeBody", code, minutes?c)}
