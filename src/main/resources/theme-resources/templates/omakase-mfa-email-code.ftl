<#-- template: omakase-mfa-email-code.ftl (second factor: the one-time code mailed to the user; 再送 while allowed) -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("omakaseMfaEmailTitle")}
  <#elseif section = "form">
    <p class="omakase-lead" id="omakase-mfa-email-lead">${msg("omakaseMfaEmailLead", omakaseMfaEmail.email())}</p>
    <form id="omakase-mfa-email" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
      <div class="${properties.kcFormGroupClass!} omakase-field">
        <label for="code" class="${properties.kcLabelClass!} omakase-label">${msg("omakaseMfaEmailCodeLabel")}</label>
        <span class="${properties.kcInputClass!}">
          <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="7" autofocus/>
        </span>
        <div class="omakase-hint">${msg("omakaseMfaEmailCodeHint")}</div>
      </div>
      <div class="${properties.kcFormGroupClass!}">
        <button type="submit" id="omakase-mfa-email-submit" name="login" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("omakaseMfaEmailSubmit")}</button>
      </div>
    </form>
    <#if omakaseMfaEmail.canResend()>
      <form id="omakase-mfa-email-resend" action="${url.loginAction}" method="post">
        <button type="submit" name="resend" value="1" id="omakase-mfa-email-resend-submit" class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!}">${msg("omakaseMfaEmailResend")}</button>
      </form>
    </#if>
  </#if>
</@layout.registrationLayout>
