<#-- template: omakase-contract-contractor.ftl (契約者ポータル: ご契約者情報の変更 and its confirmation) -->
<#import "template.ftl" as layout>
<#import "omakase-store.ftl" as store>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=!omakaseConfirm; section>
  <#if section = "header">
    <#if omakaseConfirm>${msg("omakaseContractContractorConfirmTitle")}<#else>${msg("omakaseContractContractorTitle")}</#if>
  <#elseif section = "form">
    <#assign c = omakaseContractor>
    <form id="omakase-contractor-form" class="${properties.kcFormClass!}" action="${omakasePortal.contract}contractor" method="post" novalidate>
      <input type="hidden" name="csrf" value="${omakasePortal.csrf}"/>
      <#if omakaseConfirm>
        <p class="omakase-note" id="omakase-confirm-lead">${msg("omakaseContractContractorConfirmLead")}</p>
        <dl class="omakase-summary" id="omakase-contractor"><@store.contractorRows c=c/></dl>
        <input type="hidden" name="companyName" value="${c.companyName()!''}"/>
        <input type="hidden" name="companyKana" value="${c.companyKana()!''}"/>
        <input type="hidden" name="department" value="${c.department()!''}"/>
        <input type="hidden" name="name" value="${c.name()!''}"/>
        <input type="hidden" name="nameKana" value="${c.nameKana()!''}"/>
        <input type="hidden" name="email" value="${c.email()!''}"/>
        <input type="hidden" name="postalCode" value="${c.postalCode()!''}"/>
        <input type="hidden" name="address1" value="${c.address1()!''}"/>
        <input type="hidden" name="address2" value="${c.address2()!''}"/>
        <input type="hidden" name="phone" value="${c.phone()!''}"/>
        <input type="hidden" name="contactPhone" value="${c.contactPhone()!''}"/>
        <#list c.contactDays()![] as d><input type="hidden" name="contactDays" value="${d}"/></#list>
        <#list c.contactHours()![] as h><input type="hidden" name="contactHours" value="${h}"/></#list>
        <@store.actions>
          <@signup.submit name="edit" label="omakaseContractBackToForm" primary=false id="omakase-back-to-form"/>
          <@signup.submit name="apply" label="omakaseContractContractorApply" id="omakase-apply"/>
        </@store.actions>
      <#else>
        <p class="omakase-note">${msg("omakaseContractContractorLead")}</p>
        <@store.contractorFields c=c days=omakaseChoices.contactDays hours=omakaseChoices.contactHours anyDay=omakaseChoices.anyDay/>
        <@store.actions>
          <a id="omakase-back" class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakasePortal.contract}">${msg("omakaseContractBack")}</a>
          <@signup.submit name="confirm" label="omakaseOrderToConfirm" id="omakase-to-confirm"/>
        </@store.actions>
      </#if>
    </form>
  </#if>
</@layout.registrationLayout>
