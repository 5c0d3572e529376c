<#-- template: omakase-console-group-delete.ftl (グループの削除: 確認, saying what is lost) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseConsoleGroupDeleteTitle">
  <#assign g = omakaseGroup>
  <p id="omakase-group-delete-what">${msg("omakaseConsoleGroupDeleteWhat", g.name())}</p>
  <ul id="omakase-group-delete-lost">
    <#if g.total() gt 0><li id="omakase-group-delete-members">${msg("omakaseConsoleGroupDeleteLostMembers", g.total())}</li></#if>
    <#if g.subgroups() gt 0>
      <li id="omakase-group-delete-subgroups">${msg("omakaseConsoleGroupDeleteLostSubgroups", g.subgroups())}</li>
    </#if>
    <li>${msg("omakaseConsoleGroupDeleteLostUndo")}</li>
  </ul>
  <div class="omakase-console-actions">
    <a id="omakase-group-delete-back" href="${g.base()}">${msg("omakaseConsoleBack")}</a>
    <form id="omakase-group-delete-form" method="post" action="${g.base()}/delete">
      <@console.csrf/>
      <input type="hidden" name="confirmed" value="true">
      <button type="submit" id="omakase-group-delete-submit">${msg("omakaseConsoleDeleteSubmit")}</button>
    </form>
  </div>
</@console.page>
