<#-- template: omakase-contract-termination.ftl (契約者ポータル: 利用終了のお申し込み) -->
<#import "template.ftl" as layout>
<#import "omakase-store.ftl" as store>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("omakaseTerminationTitle")}
  <#elseif section = "form">
    <p class="omakase-lead" id="omakase-termination-tenant">${msg("omakaseTerminationTenant", omakaseContract.tenantName()!'')}</p>
    <h2 class="omakase-subtitle">${msg("omakaseTerminationWhatHappens")}</h2>
    <ul class="omakase-list" id="omakase-termination-effects">
      <li>${msg("omakaseTerminationEffectDisabled")}</li>
      <li>${msg("omakaseTerminationEffectRetention", omakaseTermination.retentionDays?c)}</li>
      <li>${msg("omakaseTerminationEffectKept")}</li>
      <li>${msg("omakaseTerminationEffectCancel")}</li>
    </ul>
    <form id="omakase-termination-form" class="${properties.kcFormClass!}" action="${omakasePortal.contract}termination" method="post">
      <input type="hidden" name="csrf" value="${omakasePortal.csrf}"/>
      <fieldset class="omakase-field" id="omakase-termination-end">
        <legend class="omakase-label">${msg("omakaseTerminationEndDate")} <span class="omakase-required">${msg("omakaseSignupRequired")}</span></legend>
        <label class="omakase-checkbox" for="end-0"><input type="radio" id="end-0" name="end" value="0" checked/> ${msg("omakaseTerminationThisMonth", omakaseTermination.thisMonth)}</label>
        <label class="omakase-checkbox" for="end-1"><input type="radio" id="end-1" name="end" value="1"/> ${msg("omakaseTerminationNextMonth", omakaseTermination.nextMonth)}</label>
      </fieldset>
      <@store.actions>
        <a id="omakase-back" class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakasePortal.contract}">${msg("omakaseContractBack")}</a>
        <@signup.submit name="terminate" label="omakaseTerminationApply" id="omakase-terminate-apply"/>
      </@store.actions>
    </form>
  </#if>
</@layout.registrationLayout>
