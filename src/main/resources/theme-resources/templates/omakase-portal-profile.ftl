<#-- template: omakase-portal-profile.ftl (ユーザーポータル: プロフィール) -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakasePortalProfileTitle")}
  <#elseif section = "form">
    <#assign p = omakasePortal.profile>
    <dl class="omakase-portal-profile" id="omakase-portal-profile-list">
      <dt>${msg("omakasePortalProfileName")}</dt>
      <dd id="omakase-profile-name">${((p.lastName()!"") + " " + (p.firstName()!""))?trim}</dd>
      <dt>${msg("omakasePortalProfileKana")}</dt>
      <#assign kana = ((p.lastNameKana()!"") + " " + (p.firstNameKana()!""))?trim>
      <dd id="omakase-profile-kana"><#if kana?has_content>${kana}<#else>${msg("omakasePortalNotSet")}</#if></dd>
      <dt>${msg("omakasePortalProfileEmail")}</dt>
      <dd id="omakase-profile-email">${p.email()!msg("omakasePortalNotSet")}</dd>
      <dt>${msg("omakasePortalProfileDepartment")}</dt>
      <dd id="omakase-profile-department">${p.department()!msg("omakasePortalNotSet")}</dd>
      <dt>${msg("omakasePortalProfileTenant")}</dt>
      <dd id="omakase-profile-tenant"><#if p.tenants()?has_content>${p.tenants()?join(", ")}<#else>${msg("omakasePortalNotSet")}</#if></dd>
    </dl>
    <p class="omakase-note" id="omakase-portal-password-rule">${msg("omakasePortalPasswordRule")}</p>
    <p><a id="omakase-portal-forgot" href="${omakasePortal.forgotPasswordUrl}">${msg("omakasePortalForgotPassword")}</a></p>
    <#include "omakase-portal-links.ftl">
  </#if>
</@layout.registrationLayout>
