<#-- template: omakase-store-cart.ftl (ショッピングカート, seed 2(3)-3) -->
<#import "omakase-store.ftl" as store>
<@store.page titleKey="omakaseOrderCartTitle" step=1>
  <@store.summary/>
  <@store.actions>
    <a id="omakase-back-to-shop" class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakaseStore.base}">${msg("omakaseOrderBackToShop")}</a>
    <a id="omakase-to-order" class="${properties.kcButtonPrimaryClass!} omakase-button" href="${omakaseStore.base}order">${msg("omakaseOrderProceed")}</a>
  </@store.actions>
</@store.page>
