<#-- template: omakase-store-terms.ftl (store member terms, a required action of the store client's logins) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('acceptTerms','acceptPrivacy'); section>
  <#if section = "header">
    ${msg("omakaseStoreTermsTitle")}
  <#elseif section = "form">
    <p class="omakase-lead">${msg("omakaseStoreTermsLead")}</p>
    <div id="omakase-store-terms" class="omakase-document" tabindex="0">
      <h2 class="omakase-subtitle">${msg("omakaseStoreTermsDocumentTitle")}</h2>
      <p class="omakase-version">${msg("omakaseSignupVersionLabel", msg("omakaseStoreTermsVersion"))}</p>
      ${kcSanitize(msg("omakaseStoreTermsText"))?no_esc}
    </div>
    <div id="omakase-store-privacy" class="omakase-document omakase-document-short" tabindex="0">
      <h2 class="omakase-subtitle">${msg("omakaseStorePrivacyTitle")}</h2>
      <p class="omakase-version">${msg("omakaseSignupVersionLabel", msg("omakaseStorePrivacyVersion"))}</p>
      ${kcSanitize(msg("omakaseStorePrivacyText"))?no_esc}
    </div>
    <form id="omakase-store-terms-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <@signup.checkbox name="acceptTerms" label="omakaseStoreAcceptTerms"/>
      <@signup.checkbox name="acceptPrivacy" label="omakaseStoreAcceptPrivacy"/>
      <@signup.submit name="proceed" label="omakaseStoreProceed" id="omakase-next"/>
    </form>
    <@signup.consentScript/>
  </#if>
</@layout.registrationLayout>
