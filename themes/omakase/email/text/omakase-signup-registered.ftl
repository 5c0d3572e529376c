<#ftl output_format="plainText">
${msg("omakaseSignupRegisteredBody", resetLink, realmName)}

${msg("omakaseSignupSendOnlyBody")}
<#if inquiryUrl??>

${msg("omakaseBizidInquiryBody", realmName, inquiryUrl)}
</#if>
