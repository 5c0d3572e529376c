<#ftl output_format="plainText">
${msg("omakaseSignupLinkBody", link, linkExpirationMinutes?c, realmName)}

${msg((inquiryUrl??)?then("omakaseSignupUnknownInquiryBody", "omakaseSignupUnknownBody"))}

${msg("omakaseSignupSendOnlyBody")}
<#if inquiryUrl??>

${msg("omakaseBizidInquiryBody", realmName, inquiryUrl)}
</#if>
