<#-- template: omakase-store-confirm.ftl (最終確認) -->
<#import "template.ftl" as layout>
<#import "omakase-store.ftl" as store>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('agree'); section>
  <#if section = "header">
    ${msg("omakaseOrderConfirmTitle")}
  <#elseif section = "form">
    <@store.steps current=3/>
    <@store.summary/>
    <h2 class="omakase-subtitle">${msg("omakaseOrderContractorTitle")}</h2>
    <dl class="omakase-summary" id="omakase-contractor"><@store.contractorRows c=omakaseContractor/></dl>
    <p class="omakase-note">
      <a id="omakase-guide-link" href="#omakase-guide">${msg("omakaseOrderGuide")}</a> ・ <a id="omakase-cautions-link" href="#omakase-cautions">${msg("omakaseOrderCautions")}</a>
    </p>
    <@signup.document id="omakase-guide" doc=omakaseGuide short=true/>
    <@signup.document id="omakase-cautions" doc=omakaseCautions short=true/>
    <form id="omakase-order-confirm" class="${properties.kcFormClass!}" action="${omakaseStore.base}order/confirm" method="post">
      <input type="hidden" name="csrf" value="${omakaseStore.csrf}"/>
      <@signup.checkbox name="agree" label="omakaseOrderAgree"/>
      <@signup.submit name="place" label="omakaseOrderPlace" id="omakase-next"/>
    </form>
    <a id="omakase-back-to-form" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!} omakase-button" href="${omakaseStore.base}order">${msg("omakaseOrderBackToForm")}</a>
    <@signup.consentScript/>
  </#if>
</@layout.registrationLayout>
