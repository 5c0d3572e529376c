<#-- template: omakase-order-complete.ftl (ご注文完了のお知らせ) -->
<#import "/omakase-values.ftl" as v>
<#import "template.ftl" as layout>
<@layout.emailLayout>
${v.fill(kcSanitize(msg("omakaseOrderMailBodyHtml", v.mark(0), order.initialFee()?string(",##0"), order.monthlyFee()?string(",##0"), order.tax()?string(",##0"), order.total()?string(",##0"), v.mark(1), v.mark(2), order.taxRate())), [order.orderNumber(), order.contractor().companyName(), order.contractor().name()])?no_esc}
</@layout.emailLayout>
