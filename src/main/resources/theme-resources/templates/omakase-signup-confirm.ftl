<#-- template: omakase-signup-confirm.ftl (step 05) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("omakaseSignupTitle")}
  <#elseif section = "form">
    <@signup.progress/>
    <p class="omakase-lead">${msg("omakaseSignupConfirmLead")}</p>
    <dl class="omakase-summary" id="omakase-confirm">
      <@signup.row label="omakaseSignupEmailLabel" value=omakaseSignup.email/>
      <@signup.row label="omakaseSignupCompanyNameLabel" value=omakaseCompany.name/>
      <#if omakaseCompany.kana?has_content><@signup.row label="omakaseSignupCompanyKanaLabel" value=omakaseCompany.kana/></#if>
      <@signup.row label="omakaseSignupCorporateNumberLabel" value=omakaseCompany.verified?then(omakaseCompany.corporateNumber, msg("omakaseSignupCompanyUnverified"))/>
      <@signup.row label="omakaseProfileLastName" value=omakaseProfile.lastName/>
      <@signup.row label="omakaseProfileFirstName" value=omakaseProfile.firstName/>
      <@signup.row label="omakaseProfileLastNameKana" value=omakaseProfile.lastNameKana/>
      <@signup.row label="omakaseProfileFirstNameKana" value=omakaseProfile.firstNameKana/>
      <@signup.row label="omakaseProfileDepartment" value=omakaseProfile.department/>
      <@signup.row label="omakaseProfilePhone" value=omakaseProfile.phone/>
      <@signup.row label="omakaseSignupPasswordLabel" value=msg("omakaseSignupPasswordMasked")/>
      <@signup.row label="omakaseSignupTermsConsent" value=msg("omakaseSignupConsented", omakaseTermsVersion!'')/>
      <@signup.row label="omakaseSignupPrivacyConsent" value=msg("omakaseSignupConsented", omakasePrivacyVersion!'')/>
    </dl>
    <form id="omakase-signup-confirm" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <@signup.submit name="register" label="omakaseSignupRegister" id="omakase-register"/>
      <@signup.submit name="edit" label="omakaseSignupEdit" primary=false id="omakase-edit"/>
    </form>
  </#if>
</@layout.registrationLayout>
