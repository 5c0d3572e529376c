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
      <#list omakaseStore.contactDays as d>
        <label class="omakase-checkbox-inline <#if d == omakaseStore.anyDay>omakase-day-any<#else>omakase-day</#if>"><input type="checkbox" name="contactDays" value="${d}" id="contactDays-${d}" <#if (c.contactDays()![])?seq_contains(d)>checked</#if>/> ${msg("omakaseOrderDay_" + d)}</label>
      </#list>
      <div class="omakase-hint" id="omakase-contact-days-hint">${msg("omakaseOrderContactDaysHint")}</div>
      <@signup.error name="contactDays"/>
    </fieldset>
    <fieldset class="omakase-field" id="omakase-contact-hours">
      <legend class="omakase-label">${msg("omakaseOrderContactHours")}</legend>
      <#list omakaseStore.contactHours as h>
        <label class="omakase-checkbox-inline"><input type="checkbox" name="contactHours" value="${h}" id="contactHours-${h}" <#if (c.contactHours()![])?seq_contains(h)>checked</#if>/> ${msg("omakaseOrderHours_" + h)}</label>
      </#list>
      <@signup.error name="contactHours"/>
    </fieldset>
    <@store.actions>
      <a id="omakase-back-to-cart" class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakaseStore.base}cart">${msg("omakaseOrderBackToCart")}</a>
      <@signup.submit name="next" label="omakaseOrderToConfirm" id="omakase-to-confirm"/>
    </@store.actions>
  </form>
</@store.page>
