<#-- template: omakase-signup-profile.ftl (step 04) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('lastName','firstName','lastNameKana','firstNameKana','department','phone','password','password-confirm','acceptPrivacy','email'); section>
  <#if section = "header">
    ${msg("omakaseSignupTitle")}
  <#elseif section = "form">
    <@signup.progress/>
    <p class="omakase-lead">${msg("omakaseSignupProfileLead")}</p>
    <dl class="omakase-summary" id="omakase-company">
      <@signup.row label="omakaseSignupEmailLabel" value=omakaseSignup.email/>
      <@signup.row label="omakaseSignupCompanyNameLabel" value=omakaseCompany.name/>
      <#if omakaseCompany.kana?has_content><@signup.row label="omakaseSignupCompanyKanaLabel" value=omakaseCompany.kana/></#if>
      <#if omakaseCompany.verified>
        <@signup.row label="omakaseSignupCorporateNumberLabel" value=omakaseCompany.corporateNumber/>
      <#else>
        <@signup.row label="omakaseSignupCorporateNumberLabel" value=msg("omakaseSignupCompanyUnverified")/>
      </#if>
    </dl>
    <@signup.error name="email"/>
    <form id="omakase-signup-profile" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
      <@signup.input name="lastName" label="omakaseProfileLastName" value=omakaseProfile.lastName autocomplete="family-name" maxlength=50/>
      <@signup.input name="firstName" label="omakaseProfileFirstName" value=omakaseProfile.firstName autocomplete="given-name" maxlength=50/>
      <@signup.input name="lastNameKana" label="omakaseProfileLastNameKana" value=omakaseProfile.lastNameKana maxlength=50 hint="omakaseSignupKatakanaHint"/>
      <@signup.input name="firstNameKana" label="omakaseProfileFirstNameKana" value=omakaseProfile.firstNameKana maxlength=50 hint="omakaseSignupKatakanaHint"/>
      <@signup.input name="department" label="omakaseProfileDepartment" value=omakaseProfile.department required=false autocomplete="organization-title" maxlength=100/>
      <@signup.input name="phone" label="omakaseProfilePhone" value=omakaseProfile.phone type="tel" autocomplete="tel" maxlength=20 hint="omakaseSignupPhoneHint"/>
      <@signup.input name="password" label="omakaseSignupPasswordLabel" type="password" autocomplete="new-password" maxlength=128
                     required=!omakasePasswordKept hint=omakasePasswordKept?then("omakaseSignupPasswordKeptHint","omakasePasswordRuleHint")/>
      <@signup.input name="password-confirm" label="omakaseSignupPasswordConfirmLabel" type="password" autocomplete="new-password" maxlength=128 required=!omakasePasswordKept/>
      <@signup.document id="omakase-privacy" doc=omakaseDocument short=true/>
      <@signup.checkbox name="acceptPrivacy" label="omakaseSignupAcceptPrivacy" checked=omakasePrivacyAccepted/>
      <@signup.submit name="next" label="omakaseSignupToConfirm" id="omakase-next"/>
    </form>
    <form action="${url.loginAction}" method="post">
      <@signup.submit name="changeCompany" label="omakaseSignupChangeCompany" primary=false id="omakase-change-company"/>
    </form>
    <@signup.consentScript/>
  </#if>
</@layout.registrationLayout>
