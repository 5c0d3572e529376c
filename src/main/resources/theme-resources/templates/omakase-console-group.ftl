<#-- template: omakase-console-group.ftl (グループ詳細: members, paged; rename; add/remove members; delete) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseConsoleGroupTitle">
  <#assign g = omakaseGroup>
  <p id="omakase-group-name" class="omakase-console-subtitle">${g.name()}</p>
  <#if g.parentName()??><p id="omakase-group-parent">${msg("omakaseConsoleGroupParent", g.parentName())}</p></#if>
  <#if g.getNameError()?? || g.getEmailError()??>
    <div class="omakase-console-errors" id="omakase-group-form-errors" role="alert"><p>${msg("omakaseConsoleErrorSummary")}</p></div>
  </#if>
  <h2>${msg("omakaseConsoleGroupMembersHeading")}</h2>
  <#if g.members()?has_content>
    <p id="omakase-group-range">${msg("omakaseConsoleRange", g.total(), g.from(), g.to())}</p>
    <table class="omakase-console-table" id="omakase-group-members">
      <thead><tr><th scope="col">${msg("omakaseConsoleColumnName")}</th><th scope="col">${msg("omakaseConsoleFieldEmail")}</th>
        <th></th></tr></thead>
      <tbody>
        <#list g.members() as m>
          <tr class="omakase-group-member" data-user-id="${m.id()}">
            <td><a href="${m.href()}">${m.name()}</a></td><td class="omakase-group-member-email">${m.email()!''}</td>
            <td><form method="post" action="${g.base()}/members/${m.id()}/remove"><@console.csrf/>
              <button type="submit">${msg("omakaseConsoleGroupRemoveMember")}</button></form></td>
          </tr>
        </#list>
      </tbody>
    </table>
    <nav class="omakase-console-pager" aria-label="${msg("omakaseConsolePagerLabel")}">
      <#if g.previous()??><a id="omakase-group-previous" href="${g.previous()}">${msg("omakaseConsolePrevious")}</a></#if>
      <#if g.next()??><a id="omakase-group-next" href="${g.next()}">${msg("omakaseConsoleNext")}</a></#if>
    </nav>
  <#else>
    <p id="omakase-group-no-members">${msg("omakaseConsoleGroupNoMembers")}</p>
  </#if>
  <form id="omakase-group-add-member" method="post" action="${g.base()}/members">
    <@console.csrf/>
    <div class="omakase-field">
      <label for="email">${msg("omakaseConsoleGroupFieldEmail")}</label>
      <input type="email" id="email" name="email" maxlength="254" required
             <#if g.getEmailError()??>aria-invalid="true" aria-describedby="email-error"</#if>>
      <#if g.getEmailError()??><span class="omakase-field-error" id="email-error">${msg(g.getEmailError())}</span></#if>
    </div>
    <button type="submit" id="omakase-group-add-member-submit">${msg("omakaseConsoleGroupAddMember")}</button>
  </form>
  <h2>${msg("omakaseConsoleGroupRenameHeading")}</h2>
  <form id="omakase-group-rename" method="post" action="${g.base()}/rename">
    <@console.csrf/>
    <div class="omakase-field">
      <label for="name">${msg("omakaseConsoleGroupFieldName")}</label>
      <input type="text" id="name" name="name" value="${g.input()}" maxlength="100" required
             <#if g.getNameError()??>aria-invalid="true" aria-describedby="name-error"</#if>>
      <#if g.getNameError()??><span class="omakase-field-error" id="name-error">${msg(g.getNameError())}</span></#if>
    </div>
    <button type="submit" id="omakase-group-rename-submit">${msg("omakaseConsoleSave")}</button>
  </form>
  <div class="omakase-console-actions">
    <a id="omakase-group-back" href="${omakaseConsole.base}groups">${msg("omakaseConsoleBack")}</a>
    <a id="omakase-group-delete" href="${g.base()}/delete">${msg("omakaseConsoleGroupDelete")}</a>
  </div>
</@console.page>
