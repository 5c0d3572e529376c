<#ftl output_format="plainText">
<#import "/omakase-values.ftl" as v>
${msg("omakaseOrderMailBody", v.line(order.orderNumber()), order.initialFee()?string(",##0"), order.monthlyFee()?string(",##0"), order.tax()?string(",##0"), order.total()?string(",##0"), v.line(order.contractor().companyName()), v.line(order.contractor().name()), order.taxRate())}
