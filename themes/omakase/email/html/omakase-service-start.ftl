<#-- template: omakase-service-start.ftl (manual 2(4); the inquiry paragraph only when inquiryUrl is set) -->
<#import "/omakase-values.ftl" as v>
<#import "template.ftl" as layout>
<@layout.emailLayout footer=false>
${v.fill(kcSanitize(msg("omakaseServiceStartBodyHtml", contractorUrl, adminLink, linkHours?c, v.mark(0), linkExpiry, v.mark(1))), [tenantName, adminEmail])?no_esc}
<#if inquiryUrl??>
${kcSanitize(msg("omakaseServiceStartInquiryBodyHtml", inquiryUrl))?no_esc}
</#if>
${kcSanitize(msg("omakaseServiceStartClosingBodyHtml"))?no_esc}
</@layout.emailLayout>
