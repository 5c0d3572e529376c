<#-- template: omakase-admin-confirm.ftl (テナント管理者就任の確認) -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseAdminConfirmTitle")}
  <#elseif section = "form">
    <#if omakaseConfirm.state = "ask">
      <p class="omakase-note" id="omakase-confirm-question">${msg("omakaseAdminConfirmQuestion", omakaseConfirm.tenantName)}</p>
      <form method="post" action="${omakaseConfirm.action}" id="omakase-confirm-form">
        <input type="hidden" name="key" value="${omakaseConfirm.key}">
        <input type="hidden" name="csrf" value="${omakaseConfirm.csrf}">
        <button type="submit" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} omakase-button" name="confirm">${msg("omakaseAdminConfirmButton")}</button>
      </form>
    <#elseif omakaseConfirm.state = "done">
      <p class="omakase-note" id="omakase-confirm-done">${msg("omakaseAdminConfirmDone", omakaseConfirm.tenantName)}</p>
      <p><a href="${omakaseConfirm.home}" id="omakase-confirm-home">${msg("omakaseAdminConfirmHome")}</a></p>
    <#elseif omakaseConfirm.state = "wrong_account">
      <p class="omakase-note" id="omakase-confirm-wrong-account">${msg("omakaseAdminConfirmWrongAccount")}</p>
    <#else>
      <p class="omakase-note" id="omakase-confirm-invalid">${msg("omakaseAdminConfirmInvalid")}</p>
    </#if>
  </#if>
</@layout.registrationLayout>
