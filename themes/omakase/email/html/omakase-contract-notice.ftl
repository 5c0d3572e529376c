<#-- template: omakase-contract-notice.ftl (the mails of a contract's life: bodyKey names which) -->
<#import "/omakase-values.ftl" as v>
<#import "template.ftl" as layout>
<@layout.emailLayout>
${v.fill(kcSanitize(msg(bodyKey + "Html", v.mark(0), v.mark(1), endDate, purgeDate, portalUrl)), [tenantName, orderNumber])?no_esc}
</@layout.emailLayout>
