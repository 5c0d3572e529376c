<#-- Keycloak 26.7.3 keycloak.v2 login.ftl with the omakase wording (see docs/realms.md, "Login pages"). Changes are
     marked "omakase:"; on a Keycloak upgrade, take the new login.ftl and apply the marked changes again. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "social-providers.ftl" as identityProviders>
<#import "passkeys.ftl" as passkeys>
<#-- omakase: the realm one signs up in (bizid) shows the Business ID login page of manual 2(2)1; the service realm keeps
     the plain login page of manual 2(6)2 (e-mail address + password). -->
<#assign omakaseBizid = realm.registrationAllowed>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=realm.password && realm.registrationAllowed && !registrationDisabled??; section>
<!-- template: login.ftl -->

    <#if section = "header">
        <#-- omakase: 「おまかせビジネスIDでログイン」 on the Business ID login page -->
        ${msg(omakaseBizid?then("omakaseBizidLoginTitle", "loginAccountTitle"))}
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <#if realm.password>
                <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                    <#if !usernameHidden??>
                        <#-- omakase: 「ログインID (メールアドレス)」 (Business ID), 「メールアドレス」 (service realm) -->
                        <#assign label>
                            <#if omakaseBizid>${msg("omakaseBizidLoginIdLabel")}<#elseif !realm.loginWithEmailAllowed>${msg("username")}<#else>${msg("email")}</#if>
                        </#assign>
                        <@field.input name="username" label=label error=messagesPerField.getFirstError('username','password')
                            autofocus=true autocomplete="${(enableWebAuthnConditionalUI?has_content)?then('username webauthn', 'username')}" value=login.username!'' />
                        <@field.password name="password" label=msg("password") error="" forgotPassword=realm.resetPasswordAllowed autofocus=usernameHidden?? autocomplete="current-password">
                            <#if realm.rememberMe && !usernameHidden??>
                                <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                            </#if>
                        </@field.password>
                    <#else>
                        <@field.password name="password" label=msg("password") forgotPassword=realm.resetPasswordAllowed autofocus=usernameHidden?? autocomplete="current-password">
                            <#if realm.rememberMe && !usernameHidden??>
                                <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                            </#if>
                        </@field.password>
                    </#if>

                    <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>/>
                    <@buttons.loginButton />
                </form>
            </#if>
            </div>
        </div>
        <#-- omakase: お問い合わせ (issue 18), in both realms: the realm's inquiry form -->
        <p id="omakase-inquiry-link" class="omakase-note"><a href="${url.loginResetCredentialsUrl?keep_before("/login-actions/")}/omakase/inquiry">${msg("omakaseInquiryLink")}</a></p>
        <@passkeys.conditionalUIData />
    <#elseif section = "socialProviders" >
        <#if realm.password && social.providers?? && social.providers?has_content>
            <@identityProviders.show social=social/>
        </#if>
    <#elseif section = "info" >
        <#if realm.password && realm.registrationAllowed && !registrationDisabled??>
            <div id="kc-registration-container">
                <#-- omakase: 「おまかせビジネスIDをお持ちでない方」 as a heading above 「新規登録する」, then the contractors' note -->
                <div id="kc-registration">
                    <span id="omakase-no-account" class="omakase-no-account">${msg("noAccount")}</span>
                    <a id="omakase-register" href="${url.registrationUrl}">${msg("doRegister")}</a>
                </div>
                <p id="omakase-contractor-note" class="omakase-note">${msg("omakaseContractorLoginNote")}</p>
            </div>
        </#if>
    </#if>

</@layout.registrationLayout>
