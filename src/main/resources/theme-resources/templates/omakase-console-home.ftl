<#-- template: omakase-console-home.ftl (テナント管理 ホーム) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseConsoleHomeTitle">
  <p id="omakase-console-home-users">${msg("omakaseConsoleHomeUsers", omakaseConsoleHome.users)}</p>
  <p><a id="omakase-console-home-to-users" href="${omakaseConsole.base}users">${msg("omakaseConsoleHomeToUsers")}</a></p>
</@console.page>
