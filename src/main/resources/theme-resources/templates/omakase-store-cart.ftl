<#-- template: omakase-store-cart.ftl (ショッピングカート) -->
<#import "template.ftl" as layout>
<#import "omakase-store.ftl" as store>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseOrderCartTitle")}
  <#elseif section = "form">
    <@store.steps current=1/>
    <@store.summary/>
    <a id="omakase-to-order" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} omakase-button" href="${omakaseStore.base}order">${msg("omakaseOrderProceed")}</a>
    <a id="omakase-back-to-shop" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!} omakase-button" href="${omakaseStore.base}">${msg("omakaseOrderBackToShop")}</a>
  </#if>
</@layout.registrationLayout>
