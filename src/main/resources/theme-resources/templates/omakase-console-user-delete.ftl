<#-- template: omakase-console-user-delete.ftl (ユーザーの削除: 確認) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseConsoleDeleteTitle">
  <p id="omakase-user-delete-what">${msg("omakaseConsoleDeleteWhat", omakaseUser.name)}</p>
  <ul id="omakase-user-delete-lost">
    <li>${msg("omakaseConsoleDeleteLostLogin")}</li>
    <li>${msg("omakaseConsoleDeleteLostData")}</li>
    <li>${msg("omakaseConsoleDeleteLostUndo")}</li>
  </ul>
  <div class="omakase-console-actions">
    <a id="omakase-user-delete-back" href="${omakaseUser.base}">${msg("omakaseConsoleBack")}</a>
    <form id="omakase-user-delete-form" method="post" action="${omakaseUser.base}/delete">
      <@console.csrf/>
      <button type="submit" id="omakase-user-delete-submit">${msg("omakaseConsoleDeleteSubmit")}</button>
    </form>
  </div>
</@console.page>
