<#-- template: omakase-store-order.ftl (お客様情報の入力, seed 2(3)-4) -->
<#import "omakase-store.ftl" as store>
<#import "omakase-signup.ftl" as signup>
<@store.page titleKey="omakaseOrderFormTitle" step=2 displayMessage=false>
  <h2 class="omakase-subtitle">${msg("omakaseOrderItems")}</h2>
  <@store.summary/>
  <h2 class="omakase-subtitle">${msg("omakaseOrderContractorFormTitle")}</h2>
  <p class="omakase-note">${msg("omakaseOrderContractorLead")}</p>
  <#assign c = omakaseContractor>
  <form id="omakase-order-form" class="${properties.kcFormClass!} omakase-store-form" action="${omakaseStore.base}order" method="post" novalidate>
    <input type="hidden" name="csrf" value="${omakaseStore.csrf}"/>
    <@store.contractorFields c=c days=omakaseStore.contactDays hours=omakaseStore.contactHours anyDay=omakaseStore.anyDay/>
    <@store.actions>
      <a id="omakase-back-to-cart" class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakaseStore.base}cart">${msg("omakaseOrderBackToCart")}</a>
      <@signup.submit name="next" label="omakaseOrderToConfirm" id="omakase-to-confirm"/>
    </@store.actions>
  </form>
</@store.page>
