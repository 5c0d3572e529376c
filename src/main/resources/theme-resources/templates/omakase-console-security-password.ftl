<#-- template: omakase-console-security-password.ftl (パスワードポリシー: the tenant's stricter rule on top of the service's) -->
<#import "omakase-console.ftl" as console>
<#assign f = omakaseSecurityForm>
<#macro number name labelKey hintKey max>
  <div class="omakase-console-field">
    <label for="${name}">${msg(labelKey)}</label>
    <input type="number" id="${name}" name="${name}" value="${f.value(name)}" min="0" max="${max?c}" inputmode="numeric"
           aria-describedby="${name}-hint<#if f.error(name)??> ${name}-error</#if>" <#if f.error(name)??>aria-invalid="true"</#if>>
    <span class="omakase-field-hint" id="${name}-hint">${msg(hintKey)}</span>
    <#if f.error(name)??><span class="omakase-field-error" id="${name}-error">${msg(f.error(name))}</span></#if>
  </div>
</#macro>
<@console.page titleKey="omakaseSecurityPasswordTitle">
  <p id="omakase-security-password-service">${msg("omakaseSecurityPasswordServiceRule")}</p>
  <#if f.hasErrors()>
    <div class="omakase-console-errors" id="omakase-security-form-errors" role="alert"><p>${msg("omakaseConsoleErrorSummary")}</p></div>
  </#if>
  <form id="omakase-security-password-form" class="omakase-console-form" method="post" action="${f.action()}" novalidate>
    <@console.csrf/>
    <@number name="minLength" labelKey="omakaseSecurityPasswordMinLength" hintKey="omakaseSecurityPasswordMinLengthHint" max=64/>
    <div class="omakase-console-field">
      <label for="classes">${msg("omakaseSecurityPasswordClasses")}</label>
      <select id="classes" name="classes" <#if f.error("classes")??>aria-invalid="true" aria-describedby="classes-error"</#if>>
        <option value="3" <#if f.value("classes") != "4">selected</#if>>${msg("omakaseSecurityPasswordClasses3")}</option>
        <option value="4" <#if f.value("classes") == "4">selected</#if>>${msg("omakaseSecurityPasswordClasses4")}</option>
      </select>
      <#if f.error("classes")??><span class="omakase-field-error" id="classes-error">${msg(f.error("classes"))}</span></#if>
    </div>
    <@number name="history" labelKey="omakaseSecurityPasswordHistory" hintKey="omakaseSecurityPasswordHistoryHint" max=24/>
    <@number name="maxAgeDays" labelKey="omakaseSecurityPasswordMaxAge" hintKey="omakaseSecurityPasswordMaxAgeHint" max=3650/>
    <div class="omakase-console-field">
      <input type="checkbox" id="notEmail" name="notEmail" value="true" <#if f.checked("notEmail")>checked</#if>>
      <label for="notEmail">${msg("omakaseSecurityPasswordNotEmail")}</label>
    </div>
    <div class="omakase-console-field">
      <input type="checkbox" id="notCompany" name="notCompany" value="true" <#if f.checked("notCompany")>checked</#if>>
      <label for="notCompany">${msg("omakaseSecurityPasswordNotCompany")}</label>
    </div>
    <button type="submit" id="omakase-security-password-save">${msg("omakaseSecuritySave")}</button>
  </form>
  <p><a id="omakase-security-back" href="${omakaseConsole.base}security">${msg("omakaseSecurityBack")}</a></p>
</@console.page>
