<#-- template: omakase-store-terms.ftl (store member terms, a required action of the store client's logins) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('acceptTerms','acceptPrivacy'); section>
  <#if section = "header">
    ${msg("omakaseStoreTermsTitle")}
  <#elseif section = "form">
    <p class="omakase-lead">${msg("omakaseStoreTermsLead")}</p>
    <@signup.document id="omakase-store-terms" doc=omakaseTerms/>
    <@signup.document id="omakase-store-privacy" doc=omakasePrivacy short=true/>
    <form id="omakase-store-terms-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <@signup.checkbox name="acceptTerms" label="omakaseStoreAcceptTerms"/>
      <@signup.checkbox name="acceptPrivacy" label="omakaseStoreAcceptPrivacy"/>
      <@signup.submit name="proceed" label="omakaseStoreProceed" id="omakase-next"/>
    </form>
    <@signup.consentScript/>
  </#if>
</@layout.registrationLayout>
