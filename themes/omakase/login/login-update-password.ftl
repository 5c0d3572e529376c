<#-- Keycloak 26.7.3 keycloak.v2 login-update-password.ftl plus the seed's password rule under the new password (see
     docs/password-rule.md). The change is marked "omakase:"; on a Keycloak upgrade, take the new template and apply the
     marked change again. This page serves the administrator's first login, reset password and password change. -->
<#import "template.ftl" as layout>
<#import "password-commons.ftl" as passwordCommons>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "password-validation.ftl" as validator>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','password-confirm'); section>
<!-- template: login-update-password.ftl -->
    <#if section = "header">
        ${msg("updatePasswordTitle")}
    <#elseif section = "form">
        <form id="kc-passwd-update-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.password name="password-new" label=msg("passwordNew") fieldName="password" autocomplete="new-password" autofocus=true>
                <#-- omakase: the rule, shown before any error -->
                <div class="${properties.kcInputHelperTextItemClass}">
                    <span id="omakase-password-rule"
                          class="${properties.kcInputHelperTextItemTextClass} omakase-hint">${msg("omakasePasswordRuleHint")}</span>
                </div>
                <#-- omakase: the tenant's stricter rule (issue 17), from the attributes of the user's Organization -->
                <#assign tpa = (org.attributes)!{}>
                <#assign tpMin = (tpa["omakase.password.min-length"][0])!"">
                <#assign tpClasses = (tpa["omakase.password.classes"][0])!"">
                <#assign tpHistory = (tpa["omakase.password.history"][0])!"">
                <#assign tpEmail = (tpa["omakase.password.not-email"][0])!"">
                <#assign tpCompany = (tpa["omakase.password.not-company"][0])!"">
                <#if tpMin?has_content || tpClasses == "4" || tpHistory?has_content || tpEmail == "true" || tpCompany == "true">
                    <div class="${properties.kcInputHelperTextItemClass}" id="omakase-tenant-password-rule">
                        <span class="${properties.kcInputHelperTextItemTextClass} omakase-hint">${msg("omakaseTenantPasswordRuleHint")}
                            <#if tpMin?has_content>${msg("omakaseTenantPasswordRuleMinLength", tpMin)}</#if>
                            <#if tpClasses == "4">${msg("omakaseTenantPasswordRuleClasses4")}</#if>
                            <#if tpHistory?has_content>${msg("omakaseTenantPasswordRuleHistory", tpHistory)}</#if>
                            <#if tpEmail == "true">${msg("omakaseTenantPasswordRuleNotEmail")}</#if>
                            <#if tpCompany == "true">${msg("omakaseTenantPasswordRuleNotCompany")}</#if></span>
                    </div>
                </#if>
            </@field.password>
            <@field.password name="password-confirm" label=msg("passwordConfirm") autocomplete="new-password" />

            <div class="${properties.kcFormGroupClass!}">
                <@passwordCommons.logoutOtherSessions/>
            </div>

            <@buttons.actionGroup horizontal=true>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
                    <@buttons.button id="kc-cancel" label="doCancel" name="cancel-aia" type="secondary"/>
                <#else>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
                </#if>
            </@buttons.actionGroup>
        </form>

        <@validator.templates/>
        <@validator.script field="password-new"/>
    </#if>
</@layout.registrationLayout>
