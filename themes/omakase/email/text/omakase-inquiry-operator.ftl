<#ftl output_format="plainText">
<#-- template: omakase-inquiry-operator.ftl (to the operator: the whole inquiry; every typed value through v.line, one line each) -->
<#import "/omakase-values.ftl" as v>
${msg("omakaseInquiryOperatorBody", reference, msg(categoryKey), sentAt, realmName)}

${msg("omakaseInquiryOperatorName")}: ${v.line(senderName)}
${msg("omakaseInquiryOperatorEmail")}: ${v.line(senderEmail)}
${msg("omakaseInquiryOperatorCompany")}: ${v.line(senderCompany)}
<#if tenantId?has_content>
${msg("omakaseInquiryOperatorTenant")}: ${v.line(tenantName)} (${tenantId})
</#if>

${msg("omakaseInquiryOperatorText")}:
<#list textLines as l>
${v.line(l)}
</#list>
