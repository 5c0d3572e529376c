<#-- template: omakase-store-complete.ftl (ご注文完了, seed 2(3)-6) -->
<#import "omakase-store.ftl" as store>
<@store.page titleKey="omakaseOrderCompleteTitle" step=4 displayMessage=false>
  <h2 id="omakase-order-complete" class="omakase-subtitle">${msg("omakaseOrderCompleteLead")}</h2>
  <p class="omakase-lead" id="omakase-order-complete-mypage">${msg("omakaseOrderCompleteMyPage")}</p>
  <p class="omakase-lead">${msg("omakaseOrderNumberIs")} <strong id="omakase-order-number">${omakaseOrder.orderNumber()}</strong></p>
  <p class="omakase-note">${msg("omakaseOrderCompleteMailNote")}</p>
  <@store.actions>
    <a id="omakase-back-to-top" class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakaseStore.base}">${msg("omakaseOrderBackToTop")}</a>
    <a id="omakase-history-link" class="${properties.kcButtonPrimaryClass!} omakase-button" href="${omakaseStore.base}mypage/orders">${msg("omakaseOrderHistoryLink")}</a>
  </@store.actions>
</@store.page>
