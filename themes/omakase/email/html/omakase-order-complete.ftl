<#-- template: omakase-order-complete.ftl (ご注文完了のお知らせ) -->
<#import "/omakase-values.ftl" as v>
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("omakaseOrderMailBodyHtml", v.html(order.orderNumber()), order.initialFee()?string(",##0"), order.monthlyFee()?string(",##0"), order.tax()?string(",##0"), order.total()?string(",##0"), v.html(order.contractor().companyName()), v.html(order.contractor().name()), order.taxRate()))?no_esc}
</@layout.emailLayout>
