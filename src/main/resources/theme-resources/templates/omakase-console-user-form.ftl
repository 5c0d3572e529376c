<#-- template: omakase-console-user-form.ftl (ユーザーの追加 / ユーザー情報の変更) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey=omakaseUserForm.edit?then("omakaseConsoleEditUserTitle", "omakaseConsoleAddUserTitle")>
  <#if omakaseUserForm.formError?? || omakaseUserForm.problems?has_content>
    <div class="omakase-console-errors" id="omakase-user-form-errors" role="alert">
      <p>${msg("omakaseConsoleErrorSummary")}</p>
      <ul>
        <#if omakaseUserForm.formError??><li id="omakase-user-form-error">${msg(omakaseUserForm.formError)}</li></#if>
        <#list omakaseUserForm.problems as p><li>${msg(p.labelKey())}: ${msg(p.error())}</li></#list>
      </ul>
    </div>
  </#if>
  <form id="omakase-user-form" class="omakase-console-form" method="post" action="${omakaseUserForm.action}" novalidate>
    <@console.csrf/>
    <#list omakaseUserForm.fields as f>
      <div class="omakase-console-field">
        <label for="${f.name()}">${msg(f.labelKey())}<#if f.required()> <span class="omakase-required">${msg("omakaseConsoleRequired")}</span></#if></label>
        <input type="${f.type()}" id="${f.name()}" name="${f.name()}" value="${f.value()}"
               <#if f.error()??>aria-invalid="true" aria-describedby="${f.name()}-error"</#if>>
        <#if f.error()??><span class="omakase-field-error" id="${f.name()}-error">${msg(f.error())}</span></#if>
      </div>
    </#list>
    <#if omakaseUserForm.groups?has_content>
      <fieldset class="omakase-console-field" id="omakase-user-form-groups">
        <legend>${msg("omakaseConsoleUserGroupsHeading")}</legend>
        <#list omakaseUserForm.groups as gr>
          <div><input type="checkbox" id="group-${gr?index}" name="${omakaseUserForm.groupField}" value="${gr.id()}"
                      <#if gr.checked()>checked</#if>>
            <label for="group-${gr?index}">${gr.path()}</label></div>
        </#list>
      </fieldset>
    </#if>
    <div class="omakase-console-field">
      <input type="checkbox" id="${omakaseUserForm.adminField}" name="${omakaseUserForm.adminField}" value="true" <#if omakaseUserForm.admin>checked</#if>>
      <label for="${omakaseUserForm.adminField}">${msg("omakaseConsoleFieldAdmin")}</label>
    </div>
    <div class="omakase-console-actions">
      <a id="omakase-user-form-back" href="${omakaseUserForm.back}">${msg("omakaseConsoleBack")}</a>
      <button type="submit" id="omakase-user-form-submit">${msg(omakaseUserForm.edit?then("omakaseConsoleSave", "omakaseConsoleAddSubmit"))}</button>
    </div>
  </form>
</@console.page>
