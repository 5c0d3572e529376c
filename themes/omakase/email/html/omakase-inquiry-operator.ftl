<#-- template: omakase-inquiry-operator.ftl (to the operator: the whole inquiry; every typed value escaped as text by FreeMarker's HTML output) -->
<#import "/omakase-values.ftl" as v>
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("omakaseInquiryOperatorBodyHtml", reference, msg(categoryKey), sentAt, realmName))?no_esc}
<table role="presentation" cellpadding="4" cellspacing="0" style="border-collapse:collapse;">
  <tr><th align="left">${msg("omakaseInquiryOperatorName")}</th><td>${v.line(senderName)}</td></tr>
  <tr><th align="left">${msg("omakaseInquiryOperatorEmail")}</th><td>${v.line(senderEmail)}</td></tr>
  <tr><th align="left">${msg("omakaseInquiryOperatorCompany")}</th><td>${v.line(senderCompany)}</td></tr>
  <#if tenantId?has_content>
  <tr><th align="left">${msg("omakaseInquiryOperatorTenant")}</th><td>${v.line(tenantName)} (${tenantId})</td></tr>
  </#if>
</table>
<p><strong>${msg("omakaseInquiryOperatorText")}</strong></p>
<p><#list textLines as l>${v.line(l)}<#sep><br></#sep></#list></p>
</@layout.emailLayout>
