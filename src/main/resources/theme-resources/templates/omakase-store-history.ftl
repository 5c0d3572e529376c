<#-- template: omakase-store-history.ftl (マイページ 注文履歴) -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseOrderHistoryTitle")}
  <#elseif section = "form">
    <#if omakaseOrders?has_content>
      <table class="omakase-price" id="omakase-history">
        <thead><tr><th>${msg("omakaseOrderNumber")}</th><th>${msg("omakaseOrderDate")}</th><th>${msg("omakaseOrderProduct")}</th><th>${msg("omakaseOrderTotal")}</th><th>${msg("omakaseOrderState")}</th></tr></thead>
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
    <a class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!} omakase-button" href="${omakaseStore.base}">${msg("omakaseOrderBackToShop")}</a>
  </#if>
</@layout.registrationLayout>
