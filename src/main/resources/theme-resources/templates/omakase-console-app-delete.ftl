<#-- template: omakase-console-app-delete.ftl (アプリの削除: 確認, saying what is lost) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseAppDeleteTitle">
  <#assign a = omakaseApp>
  <p id="omakase-app-delete-what">${msg("omakaseAppDeleteWhat", a.name())}</p>
  <ul id="omakase-app-delete-lost">
    <li>${msg("omakaseAppDeleteLostLogin")}</li>
    <li>${msg("omakaseAppDeleteLostSettings")}</li>
    <li>${msg("omakaseConsoleGroupDeleteLostUndo")}</li>
  </ul>
  <div class="omakase-console-actions">
    <a id="omakase-app-delete-back" href="${a.base()}">${msg("omakaseConsoleBack")}</a>
    <form id="omakase-app-delete-form" method="post" action="${a.base()}/delete">
      <@console.csrf/>
      <input type="hidden" name="confirmed" value="true">
      <button type="submit" id="omakase-app-delete-submit">${msg("omakaseConsoleDeleteSubmit")}</button>
    </form>
  </div>
</@console.page>
