<#-- template: omakase-signup-terms.ftl (step 02) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('acceptTerms'); section>
  <#if section = "header">
    ${msg("omakaseSignupTitle")}
  <#elseif section = "form">
    <@signup.progress/>
    <p class="omakase-lead">${msg("omakaseSignupTermsLead")}</p>
    <@signup.document id="omakase-terms" doc=omakaseDocument/>
    <form id="omakase-signup-terms" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <@signup.checkbox name="acceptTerms" label="omakaseSignupAcceptTerms"/>
      <@signup.submit name="next" label="omakaseSignupNext" id="omakase-next"/>
    </form>
    <@signup.consentScript/>
  </#if>
</@layout.registrationLayout>
