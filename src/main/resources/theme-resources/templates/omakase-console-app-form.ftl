<#-- template: omakase-console-app-form.ftl (アプリの追加 / 設定の変更: the template's fields, then the SAML or OIDC options) -->
<#import "omakase-console.ftl" as console>
<#assign f = omakaseAppForm>
<#macro text name labelKey maxlength=255 type="text">
  <div class="omakase-console-field">
    <label for="${name}">${msg(labelKey)}</label>
    <input type="${type}" id="${name}" name="${name}" value="${f.value(name)}" maxlength="${maxlength?c}"
           <#if f.error(name)??>aria-invalid="true" aria-describedby="${name}-error"</#if>>
    <#if f.error(name)??><span class="omakase-field-error" id="${name}-error">${msg(f.error(name))}</span></#if>
  </div>
</#macro>
<#macro check name labelKey>
  <div class="omakase-console-field">
    <input type="checkbox" id="${name}" name="${name}" value="true" <#if f.checked(name)>checked</#if>>
    <label for="${name}">${msg(labelKey)}</label>
  </div>
</#macro>
<#macro choice name labelKey options prefix>
  <div class="omakase-console-field">
    <label for="${name}">${msg(labelKey)}</label>
    <select id="${name}" name="${name}" <#if f.error(name)??>aria-invalid="true" aria-describedby="${name}-error"</#if>>
      <#list options as o>
        <#assign key = prefix + o?replace("-", " ")?capitalize?replace(" ", "")>
        <option value="${o}" <#if o == f.value(name)>selected</#if>>${msg(key)}</option>
      </#list>
    </select>
    <#if f.error(name)??><span class="omakase-field-error" id="${name}-error">${msg(f.error(name))}</span></#if>
  </div>
</#macro>
<@console.page titleKey=f.edit()?then("omakaseAppEditTitle", "omakaseAppAddTitle")>
  <p id="omakase-app-template">
    <span class="omakase-app-icon" aria-hidden="true" style="background:${f.iconColor()}">${f.iconLetter()}</span>
    ${f.templateName()} (${msg("omakaseAppProtocol" + f.protocol()?cap_first)})
    <#if f.guideUrl()?has_content>
      <a id="omakase-app-guide" href="${f.guideUrl()}" target="_blank" rel="noopener noreferrer">${msg("omakaseAppGuide")}</a>
    </#if></p>
  <#if f.hasErrors()>
    <div class="omakase-console-errors" id="omakase-app-form-errors" role="alert">
      <p>${msg("omakaseConsoleErrorSummary")}</p>
      <#if f.error("entityId")??><p id="entityId-error">${msg(f.error("entityId"))}</p></#if>
    </div>
  </#if>
  <form id="omakase-app-form" class="omakase-console-form" method="post" action="${f.action()}" novalidate>
    <@console.csrf/>
    <input type="hidden" name="template" value="${f.templateId()}">
    <@text name="displayName" labelKey="omakaseAppFieldDisplayName" maxlength=100/>
    <#list f.fields() as field>
      <#assign n = field.formName()>
      <div class="omakase-console-field">
        <label for="${n}">${field.label()} <span class="omakase-required">${msg("omakaseConsoleRequired")}</span></label>
        <#if field.list()>
          <textarea id="${n}" name="${n}" rows="3"
                    <#if f.error(n)??>aria-invalid="true" aria-describedby="${n}-error"</#if>>${f.value(n)}</textarea>
        <#else>
          <input type="text" id="${n}" name="${n}" value="${f.value(n)}" maxlength="1000"
                 <#if f.error(n)??>aria-invalid="true" aria-describedby="${n}-error"</#if>>
        </#if>
        <#if field.example()?has_content><span class="omakase-field-hint">${msg("omakaseAppFieldExample", field.example())}</span></#if>
        <#if f.error(n)??><span class="omakase-field-error" id="${n}-error">${msg(f.error(n))}</span></#if>
      </div>
    </#list>
    <#if f.protocol() == "saml">
      <h2>${msg("omakaseAppSamlHeading")}</h2>
      <@choice name="nameIdFormat" labelKey="omakaseAppFieldNameIdFormat" options=f.nameIdFormats()
               prefix="omakaseAppNameIdFormat"/>
      <@choice name="nameIdSource" labelKey="omakaseAppFieldNameIdSource" options=f.nameIdSources()
               prefix="omakaseAppNameIdSource"/>
      <@check name="signAssertions" labelKey="omakaseAppFieldSignAssertions"/>
      <@check name="signResponse" labelKey="omakaseAppFieldSignResponse"/>
      <@check name="encrypt" labelKey="omakaseAppFieldEncrypt"/>
      <@choice name="keyTransport" labelKey="omakaseAppFieldKeyTransport" options=f.keyTransports()
               prefix="omakaseAppKeyTransport"/>
      <div class="omakase-console-field">
        <label for="encryptionCertificate">${msg("omakaseAppFieldEncryptionCertificate")}</label>
        <#assign e = f.error("encryptionCertificate")!"">
        <textarea id="encryptionCertificate" name="encryptionCertificate" rows="4"
                  <#if e?has_content>aria-invalid="true" aria-describedby="encryptionCertificate-error"</#if>
        >${f.value("encryptionCertificate")}</textarea>
        <#if e?has_content><span class="omakase-field-error" id="encryptionCertificate-error">${msg(e)}</span></#if>
      </div>
      <h3>${msg("omakaseAppAttributesHeading")}</h3>
      <p class="omakase-field-hint">${msg("omakaseAppAttributesHint")}</p>
      <#list f.attributes() as a><@text name="attr." + a labelKey="omakaseAppUserValue" + a?cap_first/></#list>
      <@check name="idpInitiated" labelKey="omakaseAppFieldIdpInitiated"/>
    <#else>
      <h2>${msg("omakaseAppOidcHeading")}</h2>
      <@choice name="clientType" labelKey="omakaseAppFieldClientType" options=["confidential", "public"]
               prefix="omakaseAppClientType"/>
      <@text name="loginUrl" labelKey="omakaseAppFieldLoginUrl" maxlength=1000 type="url"/>
      <@text name="frontchannelLogoutUrl" labelKey="omakaseAppFieldFrontchannelLogoutUrl" maxlength=1000 type="url"/>
      <@text name="backchannelLogoutUrl" labelKey="omakaseAppFieldBackchannelLogoutUrl" maxlength=1000 type="url"/>
      <h3>${msg("omakaseAppClaimsHeading")}</h3>
      <p class="omakase-field-hint">${msg("omakaseAppClaimsHint")}</p>
      <#list f.claims() as c><@text name="claim." + c labelKey="omakaseAppUserValue" + c?cap_first/></#list>
    </#if>
    <div class="omakase-console-actions">
      <a id="omakase-app-form-back" href="${f.cancelUrl()}">${msg("omakaseConsoleBack")}</a>
      <button type="submit" id="omakase-app-form-submit">${msg(f.edit()?then("omakaseConsoleSave", "omakaseAppAddSubmit"))}</button>
    </div>
  </form>
</@console.page>
