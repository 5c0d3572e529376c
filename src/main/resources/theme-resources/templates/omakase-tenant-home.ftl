<#-- template: omakase-tenant-home.ftl (テナント管理: 管理者のトップ) -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseTenantHomeTitle")}
  <#elseif section = "form">
    <p class="omakase-note" id="omakase-tenant-user">${msg("omakaseTenantLoggedInAs", omakaseTenantHome.user)}</p>
    <#if omakaseTenantHome.tenants?has_content>
      <ul class="omakase-tenants" id="omakase-tenants">
        <#list omakaseTenantHome.tenants as t>
          <li class="omakase-tenant" data-tenant-id="${t.id()}"><a href="${omakaseTenantHome.base}${t.id()}/">${msg("omakaseTenantAdministers", t.name())}</a></li>
        </#list>
      </ul>
      <p class="omakase-note">${msg("omakaseTenantComingSoon")}</p>
    <#else>
      <p id="omakase-tenants-empty" class="omakase-note">${msg("omakaseTenantNone")}</p>
    </#if>
    <p><a id="omakase-tenant-to-portal" href="${omakaseTenantHome.portal}">${msg("omakaseTenantToPortal")}</a></p>
  </#if>
</@layout.registrationLayout>
