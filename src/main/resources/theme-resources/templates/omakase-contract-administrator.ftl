<#-- template: omakase-contract-administrator.ftl (契約者ポータル: 管理者の変更 and its confirmation) -->
<#import "template.ftl" as layout>
<#import "omakase-store.ftl" as store>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=!omakaseConfirm; section>
  <#if section = "header">
    <#if omakaseConfirm>${msg("omakaseContractAdminConfirmTitle")}<#else>${msg("omakaseContractAdminTitle")}</#if>
  <#elseif section = "form">
    <form id="omakase-admin-form" class="${properties.kcFormClass!}" action="${omakasePortal.contract}administrator" method="post" novalidate>
      <input type="hidden" name="csrf" value="${omakasePortal.csrf}"/>
      <#if omakaseConfirm>
        <p class="omakase-note" id="omakase-confirm-lead">${msg("omakaseContractAdminConfirmLead")}</p>
        <dl class="omakase-summary" id="omakase-named-admin">
          <div class="omakase-row"><dt>${msg("omakaseContractAdminEmail")}</dt><dd>${omakaseNamed.email}</dd></div>
          <div class="omakase-row"><dt>${msg("omakaseContractAdminName")}</dt><dd>${omakaseNamed.name}</dd></div>
        </dl>
        <input type="hidden" name="adminEmail" value="${omakaseNamed.email}"/>
        <input type="hidden" name="adminName" value="${omakaseNamed.name}"/>
        <@store.actions>
          <@signup.submit name="edit" label="omakaseContractBackToForm" primary=false id="omakase-back-to-form"/>
          <@signup.submit name="apply" label="omakaseContractAdminApply" id="omakase-apply"/>
        </@store.actions>
      <#else>
        <p class="omakase-note" id="omakase-admin-lead">${msg("omakaseContractAdminLead")}</p>
        <@signup.input name="adminEmail" label="omakaseContractAdminEmail" value=omakaseNamed.email type="email" maxlength=254/>
        <@signup.input name="adminName" label="omakaseContractAdminName" value=omakaseNamed.name maxlength=100/>
        <@store.actions>
          <a id="omakase-back" class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakasePortal.contract}">${msg("omakaseContractBack")}</a>
          <@signup.submit name="confirm" label="omakaseOrderToConfirm" id="omakase-to-confirm"/>
        </@store.actions>
      </#if>
    </form>
  </#if>
</@layout.registrationLayout>
