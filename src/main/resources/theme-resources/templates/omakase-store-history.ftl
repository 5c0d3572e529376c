<#-- template: omakase-store-history.ftl (マイページ 注文履歴) -->
<#import "omakase-store.ftl" as store>
<@store.page titleKey="omakaseOrderHistoryTitle" displayMessage=false>
  <#if omakaseOrders?has_content>
    <table class="omakase-price" id="omakase-history">
      <thead><tr><th scope="col">${msg("omakaseOrderNumber")}</th><th scope="col">${msg("omakaseOrderDate")}</th><th scope="col">${msg("omakaseOrderProduct")}</th><th scope="col">${msg("omakaseOrderTotal")}</th><th scope="col">${msg("omakaseOrderState")}</th></tr></thead>
      <tbody>
        <#list omakaseOrders as o>
          <tr><td class="omakase-history-number">${o.orderNumber()}</td><td>${o.createdAt()?substring(0, 10)}</td><td>${msg("omakaseOrderProductName")}</td>
              <td>${msg("omakaseOrderYen", o.total()?string(",##0"))}</td><td class="omakase-history-state">${msg("omakaseOrderState_" + o.state())}</td></tr>
        </#list>
      </tbody>
    </table>
  <#else>
    <p id="omakase-history-empty" class="omakase-note">${msg("omakaseOrderHistoryEmpty")}</p>
  </#if>
  <@store.actions>
    <a class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakaseStore.base}">${msg("omakaseOrderBackToTop")}</a>
  </@store.actions>
</@store.page>
