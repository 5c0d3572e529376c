<#-- template: omakase-signup-terms.ftl (step 02) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('acceptTerms'); section>
  <#if section = "header">
    ${msg("omakaseSignupTitle")}
  <#elseif section = "form">
    <@signup.progress/>
    <p class="omakase-lead">${msg("omakaseSignupTermsLead")}</p>
    <div id="omakase-terms" class="omakase-document" tabindex="0">
      <h2 class="omakase-subtitle">${msg("omakaseSignupTermsTitle")}</h2>
      <p class="omakase-version">${msg("omakaseSignupVersionLabel", msg("omakaseSignupTermsVersion"))}</p>
      ${kcSanitize(msg("omakaseSignupTermsText"))?no_esc}
    </div>
    <form id="omakase-signup-terms" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <@signup.checkbox name="acceptTerms" label="omakaseSignupAcceptTerms"/>
      <@signup.submit name="next" label="omakaseSignupNext" id="omakase-next"/>
    </form>
    <@signup.consentScript/>
  </#if>
</@layout.registrationLayout>
