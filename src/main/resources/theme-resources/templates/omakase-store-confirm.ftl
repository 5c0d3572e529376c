<#-- template: omakase-store-confirm.ftl (最終確認, seed 2(3)-5) -->
<#import "omakase-store.ftl" as store>
<#import "omakase-signup.ftl" as signup>
<@store.page titleKey="omakaseOrderConfirmTitle" step=3 displayMessage=!messagesPerField.existsError('agree')>
    <p class="omakase-note" id="omakase-confirm-lead">${msg("omakaseOrderConfirmLead")}</p>
    <@store.items/>
    <h2 class="omakase-subtitle">${msg("omakaseOrderShippingTitle")}</h2>
    <p class="omakase-lead" id="omakase-shipping">${msg("omakaseOrderShippingSame")}</p>
    <h2 class="omakase-subtitle">${msg("omakaseOrderContractorFormTitle")}</h2>
    <dl class="omakase-summary" id="omakase-contractor"><@store.contractorRows c=omakaseContractor/></dl>
    <p class="omakase-note">
      <a id="omakase-guide-link" href="#omakase-guide">${msg("omakaseOrderGuide")}</a> ・ <a id="omakase-cautions-link" href="#omakase-cautions">${msg("omakaseOrderCautions")}</a>
    </p>
    <@signup.document id="omakase-guide" doc=omakaseGuide short=true/>
    <@signup.document id="omakase-cautions" doc=omakaseCautions short=true/>
    <form id="omakase-order-confirm" class="${properties.kcFormClass!}" action="${omakaseStore.base}order/confirm" method="post">
      <input type="hidden" name="csrf" value="${omakaseStore.csrf}"/>
      <@signup.checkbox name="agree" label="omakaseOrderAgree"/>
      <@store.actions>
        <a id="omakase-back-to-form" class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakaseStore.base}order">${msg("omakaseOrderBackToForm")}</a>
        <@signup.submit name="place" label="omakaseOrderPlace" id="omakase-next"/>
      </@store.actions>
    </form>
    <@signup.consentScript/>
</@store.page>
