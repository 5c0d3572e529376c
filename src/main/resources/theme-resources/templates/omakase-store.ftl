<#-- template: omakase-store.ftl (macros of the store pages; no literal text) -->
<#macro steps current>
  <ol class="omakase-steps omakase-store-steps" aria-label="${msg("omakaseOrderProgress")}">
    <#list 1..4 as n>
      <li class="omakase-step <#if n < current>omakase-step-done<#elseif n == current>omakase-step-current<#else>omakase-step-todo</#if>" <#if n == current>aria-current="step"</#if>>
        <span class="omakase-step-number">${msg("omakaseOrderStepNumber", n)}</span>
        <span class="omakase-step-label">${msg("omakaseOrderStep" + n)}</span>
      </li>
    </#list>
  </ol>
</#macro>

<#-- The seed's price table: 初期費用 and 月額利用料 with quantity, price without tax and tax rate, then the totals. -->
<#macro summary>
  <table class="omakase-price" id="omakase-price">
    <caption>${msg("omakaseOrderProductName")} ${msg("omakaseOrderQuantityLabel")} 1</caption>
    <thead><tr><th></th><th>${msg("omakaseOrderQuantity")}</th><th>${msg("omakaseOrderPrice")}</th><th>${msg("omakaseOrderTaxRate")}</th></tr></thead>
    <tbody>
      <tr><th>${msg("omakaseOrderInitialFee")}</th><td>1</td><td>${msg("omakaseOrderYen", omakaseStore.initialFee)}</td><td>${omakaseStore.taxRate}%</td></tr>
      <tr><th>${msg("omakaseOrderMonthlyFee")}</th><td>1</td><td>${msg("omakaseOrderYen", omakaseStore.monthlyFee)}</td><td>${omakaseStore.taxRate}%</td></tr>
    </tbody>
  </table>
  <dl class="omakase-summary omakase-totals" id="omakase-totals">
    <div class="omakase-row"><dt>${msg("omakaseOrderInitialFeeNoTax")}</dt><dd>${msg("omakaseOrderYen", omakaseStore.initialFee)}</dd></div>
    <div class="omakase-row"><dt>${msg("omakaseOrderMonthlyFeeNoTax")}</dt><dd>${msg("omakaseOrderYen", omakaseStore.monthlyFee)}</dd></div>
    <div class="omakase-row"><dt>${msg("omakaseOrderTax", omakaseStore.taxRate)}</dt><dd>${msg("omakaseOrderYen", omakaseStore.tax)}</dd></div>
    <div class="omakase-row"><dt>${msg("omakaseOrderTotal")}</dt><dd><strong>${msg("omakaseOrderYen", omakaseStore.total)}</strong></dd></div>
  </dl>
  <p class="omakase-note">${msg("omakaseOrderTaxNote")}</p>
</#macro>

<#macro contractorRows c>
  <div class="omakase-row"><dt>${msg("omakaseOrderCompanyName")}</dt><dd>${c.companyName()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderCompanyKana")}</dt><dd>${c.companyKana()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderDepartment")}</dt><dd>${c.department()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderName")}</dt><dd>${c.name()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderNameKana")}</dt><dd>${c.nameKana()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderEmail")}</dt><dd>${c.email()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderPostalCode")}</dt><dd>${c.postalCode()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderAddress1")}</dt><dd>${c.address1()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderAddress2")}</dt><dd>${c.address2()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderPhone")}</dt><dd>${c.phone()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderContactPhone")}</dt><dd>${c.contactPhone()!''}</dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderContactDays")}</dt><dd><#list c.contactDays()![] as d>${msg("omakaseOrderDay_" + d)}<#sep>、</#list></dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderContactHours")}</dt><dd><#list c.contactHours()![] as h>${msg("omakaseOrderHours_" + h)}<#sep>、</#list></dd></div>
</#macro>
