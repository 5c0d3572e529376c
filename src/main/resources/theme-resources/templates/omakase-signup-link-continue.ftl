<#-- template: omakase-signup-link-continue.ftl (the mailed link: opening it changes nothing, the button uses it) -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseSignupTitle")}
  <#elseif section = "form">
    <h2 id="omakase-link-continue-title" class="omakase-subtitle">${msg("omakaseSignupLinkContinueTitle")}</h2>
    <p class="omakase-lead">${msg("omakaseSignupLinkContinueLead")}</p>
    <form id="omakase-link-form" class="${properties.kcFormClass!}" action="${omakaseLinkAction}" method="post">
      <input type="hidden" name="email_token" value="${omakaseLinkToken}">
      <button id="omakase-link-continue" type="submit" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} omakase-button">${msg("omakaseSignupLinkContinue")}</button>
    </form>
  </#if>
</@layout.registrationLayout>
