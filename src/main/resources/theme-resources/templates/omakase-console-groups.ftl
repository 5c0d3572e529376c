<#-- template: omakase-console-groups.ftl (グループ管理: the tree with member counts and the create form) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseConsoleGroupsTitle">
  <#if omakaseGroups.rows()?has_content>
    <table class="omakase-console-table" id="omakase-groups">
      <thead><tr><th scope="col">${msg("omakaseConsoleGroupColumnName")}</th>
        <th scope="col">${msg("omakaseConsoleGroupColumnMembers")}</th></tr></thead>
      <tbody>
        <#list omakaseGroups.rows() as r>
          <tr class="omakase-group-row" data-group-id="${r.id()}" data-depth="${r.depth()}">
            <td style="padding-left: ${(r.depth() * 2)?c}em"><a href="${r.href()}">${r.name()}</a></td>
            <td class="omakase-group-members">${msg("omakaseConsoleGroupMembers", r.members())}</td>
          </tr>
        </#list>
      </tbody>
    </table>
  <#else>
    <p id="omakase-groups-empty">${msg("omakaseConsoleGroupsEmpty")}</p>
  </#if>
  <h2>${msg("omakaseConsoleGroupCreateHeading")}</h2>
  <#if omakaseGroups.hasErrors()>
    <div class="omakase-console-errors" id="omakase-group-form-errors" role="alert"><p>${msg("omakaseConsoleErrorSummary")}</p></div>
  </#if>
  <form id="omakase-group-create" method="post" action="${omakaseGroups.action()}">
    <@console.csrf/>
    <div class="omakase-field">
      <label for="name">${msg("omakaseConsoleGroupFieldName")}</label>
      <input type="text" id="name" name="name" value="${omakaseGroups.name()}" maxlength="100" required
             <#if omakaseGroups.getNameError()??>aria-invalid="true" aria-describedby="name-error"</#if>>
      <#if omakaseGroups.getNameError()??>
        <span class="omakase-field-error" id="name-error">${msg(omakaseGroups.getNameError())}</span>
      </#if>
    </div>
    <div class="omakase-field">
      <label for="parent">${msg("omakaseConsoleGroupFieldParent")}</label>
      <select id="parent" name="parent">
        <option value="">${msg("omakaseConsoleGroupNoParent")}</option>
        <#list omakaseGroups.rows() as r>
          <option value="${r.id()}" <#if r.id() == omakaseGroups.parentId()>selected</#if>>
            <#list 0..<r.depth() as i>&nbsp;&nbsp;</#list>${r.name()}</option>
        </#list>
      </select>
    </div>
    <button type="submit" id="omakase-group-create-submit">${msg("omakaseConsoleGroupCreate")}</button>
  </form>
</@console.page>
