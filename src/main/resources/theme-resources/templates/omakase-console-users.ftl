<#-- template: omakase-console-users.ftl (ユーザー管理: 一覧) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseConsoleUsersTitle">
  <form id="omakase-users-search" class="omakase-console-search" method="get" action="${omakaseConsole.base}users">
    <label for="omakase-users-q">${msg("omakaseConsoleSearchLabel")}</label>
    <input type="search" id="omakase-users-q" name="q" value="${omakaseUsers.search}">
    <label for="omakase-users-state">${msg("omakaseConsoleStateLabel")}</label>
    <select id="omakase-users-state" name="state">
      <option value="">${msg("omakaseConsoleStateAll")}</option>
      <#list omakaseUsers.states as s>
        <option value="${s}" <#if s == omakaseUsers.state>selected</#if>>${msg("omakaseConsoleState" + s?cap_first)}</option>
      </#list>
    </select>
    <#if omakaseUsers.groups?has_content>
      <label for="omakase-users-group">${msg("omakaseConsoleGroupFilterLabel")}</label>
      <select id="omakase-users-group" name="group">
        <option value="">${msg("omakaseConsoleGroupFilterAll")}</option>
        <#list omakaseUsers.groups as gr>
          <option value="${gr.id()}" <#if gr.id() == omakaseUsers.group>selected</#if>>${gr.path()}</option>
        </#list>
      </select>
    </#if>
    <button type="submit" id="omakase-users-search-submit">${msg("omakaseConsoleSearch")}</button>
  </form>
  <p><a id="omakase-users-add" class="omakase-console-button" href="${omakaseConsole.base}users/new">${msg("omakaseConsoleAddUser")}</a>
    <a id="omakase-users-csv" class="omakase-console-button" href="${omakaseConsole.base}users/csv">${msg("omakaseCsvPageTitle")}</a></p>
  <#if omakaseUsers.rows?has_content>
    <p id="omakase-users-range">${msg("omakaseConsoleRange", omakaseUsers.total, omakaseUsers.from, omakaseUsers.to)}</p>
    <table class="omakase-console-table" id="omakase-users">
      <thead><tr>
        <#list omakaseUsers.columns as c>
          <th scope="col"<#if c.ariaSort()??> aria-sort="${c.ariaSort()}"</#if>><#if c.href()??>
            <a class="omakase-sort" href="${c.href()}">${msg(c.labelKey())}</a><#else>${msg(c.labelKey())}</#if></th>
        </#list>
      </tr></thead>
      <tbody>
        <#list omakaseUsers.rows as r>
          <tr class="omakase-user-row" data-user-id="${r.id()}">
            <td><a href="${r.href()}">${r.name()}</a></td><td>${r.kana()}</td><td class="omakase-user-email">${r.email()!''}</td>
            <td>${r.department()!''}</td><td class="omakase-user-state">${msg(r.stateKey())}</td>
            <td><#if r.admin()>${msg("omakaseConsoleRoleAdmin")}</#if></td>
          </tr>
        </#list>
      </tbody>
    </table>
    <nav class="omakase-console-pager" aria-label="${msg("omakaseConsolePagerLabel")}">
      <#if omakaseUsers.previous??><a id="omakase-users-previous" href="${omakaseUsers.previous}">${msg("omakaseConsolePrevious")}</a></#if>
      <#if omakaseUsers.next??><a id="omakase-users-next" href="${omakaseUsers.next}">${msg("omakaseConsoleNext")}</a></#if>
    </nav>
  <#elseif omakaseUsers.search?has_content || omakaseUsers.state?has_content || omakaseUsers.group?has_content>
    <p id="omakase-users-none">${msg("omakaseConsoleUsersNoMatch")}</p>
  <#else>
    <p id="omakase-users-empty">${msg("omakaseConsoleUsersEmpty")}</p>
  </#if>
</@console.page>
