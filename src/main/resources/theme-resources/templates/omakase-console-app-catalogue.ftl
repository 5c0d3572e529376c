<#-- template: omakase-console-app-catalogue.ftl (アプリを追加: the catalogue's templates as tiles) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseAppCatalogueTitle">
  <p>${msg("omakaseAppCatalogueIntro")}</p>
  <ul class="omakase-app-catalogue" id="omakase-app-catalogue">
    <#list omakaseCatalogue.tiles() as t>
      <li class="omakase-app-tile" data-template="${t.id()}">
        <a href="${t.href()}"><span class="omakase-app-icon" aria-hidden="true" style="background:${t.iconColor()}">${t.iconLetter()}</span>
          <span class="omakase-app-tile-name">${t.name()}</span></a>
        <span class="omakase-app-tile-protocol">${msg("omakaseAppProtocol" + t.protocol()?cap_first)}</span>
        <#if t.guideUrl()?has_content>
          <a class="omakase-app-guide" href="${t.guideUrl()}" target="_blank" rel="noopener noreferrer">${msg("omakaseAppGuide")}</a>
        </#if>
      </li>
    </#list>
  </ul>
  <div class="omakase-console-actions">
    <a id="omakase-app-catalogue-back" href="${omakaseConsole.base}apps">${msg("omakaseConsoleBack")}</a>
  </div>
</@console.page>
