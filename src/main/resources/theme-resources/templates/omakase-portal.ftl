<#-- template: omakase-portal.ftl (ユーザーポータル: the apps the user may use, as tiles) -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakasePortalTitle")}
  <#elseif section = "form">
    <p class="omakase-note" id="omakase-portal-user">${msg("omakasePortalSignedIn", omakasePortal.user)}</p>
    <#if omakasePortal.result??>
      <p class="omakase-console-result" id="omakase-portal-result" role="status">${msg(omakasePortal.result)}</p>
    </#if>
    <h2 id="omakase-portal-apps-title">${msg("omakasePortalAppsTitle")}</h2>
    <#if omakasePortal.tiles?has_content>
      <ul class="omakase-portal-tiles" id="omakase-portal-tiles" aria-labelledby="omakase-portal-apps-title">
        <#list omakasePortal.tiles as t>
          <li class="omakase-portal-tile" data-app-id="${t.id()}" data-template="${t.template()!""}">
            <#if t.href()??>
              <a href="${t.href()}" class="omakase-portal-launch">
                <span class="omakase-portal-icon" aria-hidden="true">${t.letter()}</span>
                <span class="omakase-portal-app-name">${t.name()}</span>
              </a>
            <#else>
              <span class="omakase-portal-icon" aria-hidden="true">${t.letter()}</span>
              <span class="omakase-portal-app-name">${t.name()}</span>
              <span class="omakase-note">${msg("omakasePortalNoLaunch")}</span>
            </#if>
          </li>
        </#list>
      </ul>
    <#else>
      <p id="omakase-portal-no-apps" class="omakase-note">${msg("omakasePortalNoApps")}</p>
    </#if>
    <#include "omakase-portal-links.ftl">
  </#if>
</@layout.registrationLayout>
