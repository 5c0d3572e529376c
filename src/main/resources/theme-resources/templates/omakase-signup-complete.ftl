<#-- template: omakase-signup-complete.ftl (step 06) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseSignupTitle")}
  <#elseif section = "form">
    <@signup.progress/>
    <#if omakaseTaken??>
      <h2 id="omakase-complete-title" class="omakase-subtitle">${msg("omakaseSignupTakenTitle")}</h2>
      <p class="omakase-lead">${msg("omakaseSignupTakenLead")}</p>
      <p class="omakase-back"><a id="omakase-back-to-login" href="${url.loginUrl}">${msg("omakaseSignupBackToLogin")}</a></p>
    <#else>
      <h2 id="omakase-complete-title" class="omakase-subtitle">${msg("omakaseSignupCompleteTitle")}</h2>
      <div id="omakase-complete-lead" class="omakase-lead">
        <p>${msg("omakaseSignupCompleteLead")}</p>
        <p>${msg("omakaseSignupCompleteContinue", advancedMsg(omakaseClientName))}</p>
      </div>
      <p class="omakase-note">${msg("omakaseSignupCompleteMailNote")}</p>
      <#if omakaseFresh>
        <p class="omakase-note">${msg("omakaseSignupCompleteFreshNote")}</p>
        <a id="omakase-back-to-client" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} omakase-button" href="${omakaseClientUrl}">${msg("omakaseSignupBackToClient", advancedMsg(omakaseClientName))}</a>
      <#else>
        <form id="omakase-signup-complete" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
          <button type="submit" name="continue" value="true" id="omakase-back-to-client"
                  class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} omakase-button">${msg("omakaseSignupBackToClient", advancedMsg(omakaseClientName))}</button>
        </form>
      </#if>
    </#if>
  </#if>
</@layout.registrationLayout>
