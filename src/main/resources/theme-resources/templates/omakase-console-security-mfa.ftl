<#-- template: omakase-console-security-mfa.ftl (セキュリティ設定 › 多要素認証: who must use a second factor, the methods allowed) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseConsoleSecurityMfaTitle">
  <#assign m = omakaseMfa>
  <p class="omakase-console-lead" id="omakase-mfa-lead">${msg("omakaseConsoleMfaLead")}</p>
  <#if m.hasErrors()>
    <div class="omakase-console-errors" id="omakase-mfa-errors" role="alert">
      <p>${msg("omakaseConsoleErrorSummary")}</p>
      <ul><#list m.errorKeys() as e><li>${msg(e)}</li></#list></ul>
    </div>
  </#if>
  <form id="omakase-mfa-form" method="post" action="${m.action()}">
    <@console.csrf/>
    <fieldset class="omakase-console-field" id="omakase-mfa-policy" <#if m.policyError()??>aria-invalid="true"</#if>>
      <legend>${msg("omakaseConsoleMfaPolicyLegend")}</legend>
      <#list m.policies() as o>
        <div><input type="radio" id="policy-${o.value()}" name="policy" value="${o.value()}" <#if o.checked()>checked</#if>>
          <label for="policy-${o.value()}">${msg(o.label())}</label></div>
      </#list>
    </fieldset>
    <fieldset class="omakase-console-field" id="omakase-mfa-groups">
      <legend>${msg("omakaseConsoleMfaGroupsLegend")}</legend>
      <#if m.groupsError()??><span class="omakase-field-error" id="groups-error">${msg(m.groupsError())}</span></#if>
      <#if m.groups()?has_content>
        <#list m.groups() as o>
          <div><input type="checkbox" id="group-${o.value()}" name="groups" value="${o.value()}" <#if o.checked()>checked</#if>>
            <label for="group-${o.value()}">${o.label()}</label></div>
        </#list>
      <#else>
        <p id="omakase-mfa-no-groups">${msg("omakaseConsoleMfaNoGroups")}</p>
      </#if>
    </fieldset>
    <fieldset class="omakase-console-field" id="omakase-mfa-methods">
      <legend>${msg("omakaseConsoleMfaMethodsLegend")}</legend>
      <#if m.methodsError()??><span class="omakase-field-error" id="methods-error">${msg(m.methodsError())}</span></#if>
      <#list m.methods() as o>
        <div><input type="checkbox" id="method-${o.value()}" name="methods" value="${o.value()}" <#if o.checked()>checked</#if>>
          <label for="method-${o.value()}">${msg(o.label())}</label></div>
      </#list>
    </fieldset>
    <button type="submit" id="omakase-mfa-save">${msg("omakaseConsoleSave")}</button>
  </form>
</@console.page>
