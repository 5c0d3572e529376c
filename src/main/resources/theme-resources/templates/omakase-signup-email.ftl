<#-- template: omakase-signup-email.ftl (step 01) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('email'); section>
  <#if section = "header">
    ${msg("omakaseSignupTitle")}
  <#elseif section = "form">
    <@signup.progress/>
    <p class="omakase-lead">${msg("omakaseSignupEmailLead")}</p>
    <form id="omakase-signup-email" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
      <@signup.input name="email" label="omakaseSignupEmailLabel" value=omakaseSignup.email type="email" autocomplete="email" maxlength=254/>
      <@signup.submit name="next" label="omakaseSignupNext" id="omakase-next"/>
    </form>
    <p class="omakase-back"><a id="omakase-back-to-login" href="${url.loginUrl}">${msg("omakaseSignupBackToLogin")}</a></p>
  </#if>
</@layout.registrationLayout>
