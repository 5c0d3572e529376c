<#ftl output_format="plainText">
${msg("omakaseOrderMailBody", order.orderNumber(), order.initialFee()?string(",##0"), order.monthlyFee()?string(",##0"), order.tax()?string(",##0"), order.total()?string(",##0"), order.contractor().companyName(), order.contractor().name(), order.taxRate())}
