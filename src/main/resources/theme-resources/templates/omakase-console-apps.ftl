<#-- template: omakase-console-apps.ftl (SaaS設定: the tenant's apps) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseAppsTitle">
  <p><a id="omakase-apps-add" class="omakase-console-button" href="${omakaseApps.addUrl()}">${msg("omakaseAppsAdd")}</a></p>
  <#if omakaseApps.rows()?has_content>
    <table class="omakase-console-table" id="omakase-apps">
      <thead><tr><th scope="col">${msg("omakaseAppsColumnName")}</th><th scope="col">${msg("omakaseAppsColumnTemplate")}</th>
        <th scope="col">${msg("omakaseAppsColumnProtocol")}</th><th scope="col">${msg("omakaseAppsColumnAssignment")}</th>
        <th scope="col">${msg("omakaseConsoleColumnState")}</th></tr></thead>
      <tbody>
        <#list omakaseApps.rows() as r>
          <tr class="omakase-app-row" data-app-id="${r.id()}">
            <td><span class="omakase-app-icon" aria-hidden="true" style="background:${r.iconColor()}">${r.iconLetter()}</span>
              <a href="${r.href()}">${r.name()}</a></td>
            <td>${r.templateName()}</td>
            <td>${msg("omakaseAppProtocol" + r.protocol()?cap_first)}</td>
            <td class="omakase-app-assignment">${msg("omakaseAppAssignment" + r.assignment()?cap_first)}</td>
            <td class="omakase-app-state">${msg(r.enabled()?then("omakaseAppStateEnabled", "omakaseAppStateDisabled"))}</td>
          </tr>
        </#list>
      </tbody>
    </table>
  <#else>
    <p id="omakase-apps-empty">${msg("omakaseAppsEmpty")}</p>
  </#if>
</@console.page>
