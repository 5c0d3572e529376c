<#-- template: omakase-signup-email-sent.ftl (step 01: the same page for every address) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseSignupTitle")}
  <#elseif section = "form">
    <@signup.progress/>
    <h2 id="omakase-sent-title" class="omakase-subtitle">${msg("omakaseSignupSentTitle")}</h2>
    <p class="omakase-lead">${msg("omakaseSignupSentLead", omakaseSignup.email, omakaseLinkMinutes?c)}</p>
    <p class="omakase-note">${msg("omakaseSignupSentNote")}</p>
    <#if omakaseFaqUrl??>
    <p class="omakase-note" id="omakase-faq">${msg("omakaseSignupFaqBefore")}<a id="omakase-faq-link" href="${omakaseFaqUrl}" target="_blank" rel="noopener noreferrer">${msg("omakaseSignupFaqLink")}</a>${msg("omakaseSignupFaqAfter")}</p>
    </#if>
    <form class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <@signup.submit name="retry" label="omakaseSignupRetry" primary=false id="omakase-retry"/>
    </form>
    <p class="omakase-back"><a id="omakase-back-to-login" href="${url.loginUrl}">${msg("omakaseSignupBackToLogin")}</a></p>
  </#if>
</@layout.registrationLayout>
