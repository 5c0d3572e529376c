<#-- template: omakase-store.ftl (layout and macros of the store pages; no literal text) -->
<#--
  The store's own page: a store header (おまかせビジネス向けストア, カート, マイページ, language), the page heading, the
  STEP bar of the order pages (step 1–4; 0 = none), the page's message and its content. The document title names the
  page, then the store. Stylesheets are the login theme's (PatternFly for the form controls, the brand, omakase-store.css).
-->
<#import "omakase-signup.ftl" as signup>

<#macro page titleKey step=0 displayMessage=true>
<!DOCTYPE html>
<html lang="${lang}" class="omakase-store-html">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>${msg("omakaseStoreDocumentTitle", msg(titleKey), msg("omakaseStoreName"))}</title>
  <link rel="icon" href="${url.resourcesPath}/img/favicon.ico"/>
  <#if properties.stylesCommon?has_content>
    <#list properties.stylesCommon?split(' ') as style><link href="${url.resourcesCommonPath}/${style}" rel="stylesheet"/></#list>
  </#if>
  <#if properties.styles?has_content>
    <#list properties.styles?split(' ') as style><link href="${url.resourcesPath}/${style}" rel="stylesheet"/></#list>
  </#if>
</head>
<body class="omakase-store-body">
  <header class="omakase-store-header">
    <div class="omakase-store-bar">
      <a id="omakase-store-home" class="omakase-store-brand" href="${omakaseStore.base}">${msg("omakaseStoreName")}</a>
      <nav class="omakase-store-nav" aria-label="${msg("omakaseStoreNavLabel")}">
        <a id="omakase-cart-link" class="omakase-store-navlink" href="${omakaseStore.base}cart">${msg("omakaseStoreCartLink")}</a>
        <a id="omakase-mypage-link" class="omakase-store-navlink" href="${omakaseStore.base}mypage/orders">${msg("omakaseStoreMyPageLink")}</a>
        <#if realm.internationalizationEnabled && locale.supported?size gt 1>
          <select id="omakase-store-language" class="omakase-store-language" aria-label="${msg("omakaseStoreLanguage")}"
                  onchange="if (this.value) window.location.href=this.value">
            <#list locale.supported?sort_by("label") as l>
              <option value="${l.url}" ${(l.languageTag == locale.currentLanguageTag)?then('selected','')}>${l.label}</option>
            </#list>
          </select>
        </#if>
      </nav>
    </div>
  </header>
  <main class="omakase-store-main" id="omakase-store-main">
    <h1 id="omakase-page-title" class="omakase-store-title">${msg(titleKey)}</h1>
    <#if step gt 0><@steps current=step/></#if>
    <#if displayMessage && message?has_content>
      <div class="${properties.kcAlertClass!} pf-m-${(message.type = 'error')?then('danger', message.type)}" id="omakase-store-message">
        <span class="${properties.kcAlertTitleClass!} kc-feedback-text">${message.summary}</span>
      </div>
    </#if>
    <#nested>
  </main>
</body>
</html>
</#macro>

<#-- A label whose words never break: the bundle marks where a line may break with U+200B, shown as <wbr>. -->
<#macro label key>
  <span class="omakase-step-label"><#list msg(key)?split("\x200B") as part>${part}<#sep><wbr></#sep></#list></span>
</#macro>

<#macro steps current>
  <ol class="omakase-steps omakase-store-steps" aria-label="${msg("omakaseOrderProgress")}">
    <#list 1..4 as n>
      <li class="omakase-step <#if n < current>omakase-step-done<#elseif n == current>omakase-step-current<#else>omakase-step-todo</#if>" <#if n == current>aria-current="step"</#if>>
        <span class="omakase-step-number">${msg("omakaseOrderStepNumber", n)}</span>
        <@label key="omakaseOrderStep" + n/>
      </li>
    </#list>
  </ol>
</#macro>

<#-- The seed's cart table: 初期費用 and 月額利用料 with quantity, price without tax and tax rate, then 消費税(10%) and its rows. -->
<#macro summary>
  <table class="omakase-price" id="omakase-price">
    <caption>${msg("omakaseOrderProductName")} ${msg("omakaseOrderQuantityLabel")} ${omakaseStore.quantity}</caption>
    <thead><tr><td></td><th scope="col">${msg("omakaseOrderQuantity")}</th><th scope="col">${msg("omakaseOrderPrice")}</th><th scope="col">${msg("omakaseOrderTaxRate")}</th></tr></thead>
    <tbody>
      <tr><th scope="row">${msg("omakaseOrderInitialFee")}</th><td>${omakaseStore.quantity}</td><td>${msg("omakaseOrderYen", omakaseStore.initialFee)}</td><td>${omakaseStore.taxRate}%</td></tr>
      <tr><th scope="row">${msg("omakaseOrderMonthlyFee")}</th><td>${omakaseStore.quantity}</td><td>${msg("omakaseOrderYen", omakaseStore.monthlyFee)}</td><td>${omakaseStore.taxRate}%</td></tr>
    </tbody>
  </table>
  <div class="omakase-totals-box">
    <p class="omakase-totals-heading">${msg("omakaseOrderTax", omakaseStore.taxRate)}</p>
    <dl class="omakase-summary omakase-totals" id="omakase-totals">
      <div class="omakase-row"><dt>${msg("omakaseOrderInitialFeeNoTax")}</dt><dd>${msg("omakaseOrderYen", omakaseStore.initialFee)}</dd></div>
      <div class="omakase-row"><dt>${msg("omakaseOrderMonthlyFeeNoTax")}</dt><dd>${msg("omakaseOrderYen", omakaseStore.monthlyFee)}</dd></div>
      <div class="omakase-row"><dt>${msg("omakaseOrderTaxAmount")}</dt><dd>${msg("omakaseOrderYen", omakaseStore.tax)}</dd></div>
      <div class="omakase-row omakase-row-total"><dt>${msg("omakaseOrderTotal")}</dt><dd><strong>${msg("omakaseOrderYen", omakaseStore.total)}</strong></dd></div>
    </dl>
  </div>
  <p class="omakase-note">${msg("omakaseOrderTaxNote")}</p>
</#macro>

<#-- The final confirmation's ご注文商品 and ご注文金額, as the seed lists them (商品名, 数量, 単価, 総額). -->
<#macro items>
  <h2 class="omakase-subtitle">${msg("omakaseOrderItems")}</h2>
  <table class="omakase-price" id="omakase-items">
    <thead><tr><th scope="col">${msg("omakaseOrderItemName")}</th><th scope="col">${msg("omakaseOrderQuantity")}</th><th scope="col">${msg("omakaseOrderUnitPrice")}</th><th scope="col">${msg("omakaseOrderAmount")}</th></tr></thead>
    <tbody>
      <tr><th scope="row">${msg("omakaseOrderInitialFeeItem", msg("omakaseOrderProductName"))}</th><td>${omakaseStore.quantity}</td><td>${msg("omakaseOrderYen", omakaseStore.initialFee)}</td><td>${msg("omakaseOrderYen", omakaseStore.initialFeeAmount)}</td></tr>
      <tr><th scope="row">${msg("omakaseOrderMonthlyFeeItem")}</th><td>${omakaseStore.quantity}</td><td>${msg("omakaseOrderYen", omakaseStore.monthlyFee)}</td><td>${msg("omakaseOrderYen", omakaseStore.monthlyFeeAmount)}</td></tr>
    </tbody>
  </table>
  <h2 class="omakase-subtitle">${msg("omakaseOrderAmounts")}</h2>
  <dl class="omakase-summary omakase-totals" id="omakase-amounts">
    <div class="omakase-row"><dt>${msg("omakaseOrderTax", omakaseStore.taxRate)}</dt><dd>${msg("omakaseOrderYen", omakaseStore.tax)}</dd></div>
    <div class="omakase-row"><dt>${msg("omakaseOrderShipping")}</dt><dd>${msg("omakaseOrderYen", omakaseStore.shipping)}</dd></div>
    <div class="omakase-row"><dt>${msg("omakaseOrderFeesWithTax")}</dt><dd>${msg("omakaseOrderYen", omakaseStore.feesWithTax)}</dd></div>
    <div class="omakase-row"><dt>${msg("omakaseOrderTaxAmount")}</dt><dd>${msg("omakaseOrderYen", omakaseStore.tax)}</dd></div>
    <div class="omakase-row omakase-row-total"><dt>${msg("omakaseOrderTotal")}</dt><dd><strong>${msg("omakaseOrderYen", omakaseStore.total)}</strong></dd></div>
  </dl>
  <p class="omakase-note">${msg("omakaseOrderTaxNote")}</p>
</#macro>

<#-- Buttons side by side: the way back left, the way on right (stacked on a phone, the way on first). -->
<#macro actions>
  <div class="omakase-store-actions"><#nested></div>
</#macro>

<#-- The 13 fields of ご契約者情報 (the order form, the contractor portal's change of them); names are Contractor's. -->
<#macro contractorFields c days hours anyDay>
  <@signup.input name="companyName" label="omakaseOrderCompanyName" value=(c.companyName()!'') maxlength=100/>
  <@signup.input name="companyKana" label="omakaseOrderCompanyKana" value=(c.companyKana()!'') maxlength=100 hint="omakaseSignupKatakanaHint"/>
  <@signup.input name="department" label="omakaseOrderDepartment" value=(c.department()!'') required=false maxlength=100/>
  <@signup.input name="name" label="omakaseOrderName" value=(c.name()!'') maxlength=100/>
  <@signup.input name="nameKana" label="omakaseOrderNameKana" value=(c.nameKana()!'') maxlength=100 hint="omakaseSignupKatakanaHint"/>
  <@signup.input name="email" label="omakaseOrderEmail" value=(c.email()!'') type="email" maxlength=254/>
  <@signup.input name="postalCode" label="omakaseOrderPostalCode" value=(c.postalCode()!'') maxlength=8 hint="omakaseOrderPostalCodeHint"/>
  <@signup.input name="address1" label="omakaseOrderAddress1" value=(c.address1()!'') maxlength=255/>
  <@signup.input name="address2" label="omakaseOrderAddress2" value=(c.address2()!'') required=false maxlength=255/>
  <@signup.input name="phone" label="omakaseOrderPhone" value=(c.phone()!'') type="tel" maxlength=20 hint="omakaseSignupPhoneHint"/>
  <@signup.input name="contactPhone" label="omakaseOrderContactPhone" value=(c.contactPhone()!'') type="tel" required=false maxlength=20/>
  <fieldset class="omakase-field omakase-contact-days" id="omakase-contact-days" aria-describedby="omakase-contact-days-hint"
            <#if messagesPerField.existsError("contactDays")>aria-invalid="true"</#if>>
    <legend class="omakase-label">${msg("omakaseOrderContactDays")}</legend>
    <#list days as d>
      <label class="omakase-checkbox-inline <#if d == anyDay>omakase-day-any<#else>omakase-day</#if>"><input type="checkbox" name="contactDays" value="${d}" id="contactDays-${d}" <#if (c.contactDays()![])?seq_contains(d)>checked</#if>/> ${msg("omakaseOrderDay_" + d)}</label>
    </#list>
    <div class="omakase-hint" id="omakase-contact-days-hint">${msg("omakaseOrderContactDaysHint")}</div>
    <@signup.error name="contactDays"/>
  </fieldset>
  <fieldset class="omakase-field" id="omakase-contact-hours">
    <legend class="omakase-label">${msg("omakaseOrderContactHours")}</legend>
    <#list hours as h>
      <label class="omakase-checkbox-inline"><input type="checkbox" name="contactHours" value="${h}" id="contactHours-${h}" <#if (c.contactHours()![])?seq_contains(h)>checked</#if>/> ${msg("omakaseOrderHours_" + h)}</label>
    </#list>
    <@signup.error name="contactHours"/>
  </fieldset>
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
  <div class="omakase-row"><dt>${msg("omakaseOrderContactDays")}</dt><dd id="omakase-contractor-days"><#list c.contactDays()![] as d>${msg("omakaseOrderDay_" + d)}<#sep>、</#list></dd></div>
  <div class="omakase-row"><dt>${msg("omakaseOrderContactHours")}</dt><dd><#list c.contactHours()![] as h>${msg("omakaseOrderHours_" + h)}<#sep>、</#list></dd></div>
</#macro>
