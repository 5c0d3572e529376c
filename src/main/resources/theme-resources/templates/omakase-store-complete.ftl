<#-- template: omakase-store-complete.ftl (ご注文完了) -->
<#import "template.ftl" as layout>
<#import "omakase-store.ftl" as store>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseOrderCompleteTitle")}
  <#elseif section = "form">
    <@store.steps current=4/>
    <h2 id="omakase-order-complete" class="omakase-subtitle">${msg("omakaseOrderCompleteLead")}</h2>
    <p class="omakase-lead">${msg("omakaseOrderNumberIs")} <strong id="omakase-order-number">${omakaseOrder.orderNumber()}</strong></p>
    <p class="omakase-note">${msg("omakaseOrderCompleteMailNote")}</p>
    <a id="omakase-history-link" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} omakase-button" href="${omakaseStore.base}mypage/orders">${msg("omakaseOrderHistoryLink")}</a>
  </#if>
</@layout.registrationLayout>
