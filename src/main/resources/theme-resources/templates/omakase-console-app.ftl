<#-- template: omakase-console-app.ftl (an app: what to enter at the SaaS, state, assignment, actions; a new secret once) -->
<#import "omakase-console.ftl" as console>
<#assign a = omakaseApp>
<@console.page titleKey="omakaseAppTitle">
  <p id="omakase-app-name" class="omakase-console-subtitle">
    <span class="omakase-app-icon" aria-hidden="true" style="background:${a.iconColor()}">${a.iconLetter()}</span> ${a.name()}</p>
  <#if omakaseAppSecret??>
    <div class="omakase-app-secret" id="omakase-app-secret-box" role="alert">
      <p>${msg("omakaseAppSecretOnce")}</p>
      <p><label for="omakase-app-secret">${msg("omakaseAppClientSecret")}</label>
        <input type="text" id="omakase-app-secret" value="${omakaseAppSecret}" readonly size="40"></p>
    </div>
  </#if>
  <dl class="omakase-console-details" id="omakase-app-details">
    <dt>${msg("omakaseAppsColumnTemplate")}</dt><dd id="omakase-app-template-name">${a.templateName()}</dd>
    <dt>${msg("omakaseConsoleColumnState")}</dt>
    <dd id="omakase-app-state">${msg(a.enabled()?then("omakaseAppStateEnabled", "omakaseAppStateDisabled"))}</dd>
    <#if a.protocol() == "saml">
      <dt>${msg("omakaseAppEntityId")}</dt><dd id="omakase-app-entity-id">${a.clientId()}</dd>
      <dt>${msg("omakaseAppAcsUrls")}</dt>
      <dd id="omakase-app-endpoints"><#list a.endpoints() as e><span>${e}</span><#sep><br></#list></dd>
      <dt>${msg("omakaseAppFieldNameIdFormat")}</dt>
      <dd id="omakase-app-name-id">${msg("omakaseAppNameIdFormat" + a.nameIdFormat()?cap_first)}</dd>
    <#else>
      <dt>${msg("omakaseAppClientId")}</dt><dd id="omakase-app-client-id">${a.clientId()}</dd>
      <dt>${msg("omakaseAppFieldClientType")}</dt>
      <dd id="omakase-app-client-type">${msg(a.confidential()?then("omakaseAppClientTypeConfidential", "omakaseAppClientTypePublic"))}</dd>
      <dt>${msg("omakaseAppRedirectUris")}</dt>
      <dd id="omakase-app-endpoints"><#list a.endpoints() as e><span>${e}</span><#sep><br></#list></dd>
    </#if>
  </dl>
  <h2>${msg("omakaseAppIdpHeading")}</h2>
  <p>${msg("omakaseAppIdpIntro")}</p>
  <dl class="omakase-console-details" id="omakase-app-idp">
    <#if a.protocol() == "saml">
      <dt>${msg("omakaseAppMetadataUrl")}</dt><dd id="omakase-app-metadata-url">${a.metadataUrl()}</dd>
      <dt>${msg("omakaseAppSsoUrl")}</dt><dd id="omakase-app-sso-url">${a.ssoUrl()}</dd>
      <#if a.idpInitiatedUrl()??>
        <dt>${msg("omakaseAppIdpInitiatedUrl")}</dt><dd id="omakase-app-idp-initiated-url">${a.idpInitiatedUrl()}</dd>
      </#if>
      <dt>${msg("omakaseAppCertificate")}</dt>
      <dd><a id="omakase-app-certificate" href="${a.base()}/certificate">${msg("omakaseAppCertificateDownload")}</a></dd>
    <#else>
      <dt>${msg("omakaseAppIssuer")}</dt><dd id="omakase-app-issuer">${a.issuer()}</dd>
      <dt>${msg("omakaseAppDiscovery")}</dt><dd id="omakase-app-discovery">${a.issuer()}/.well-known/openid-configuration</dd>
    </#if>
    <#if a.guideUrl()?has_content>
      <dt>${msg("omakaseAppGuide")}</dt>
      <dd><a id="omakase-app-guide" href="${a.guideUrl()}" target="_blank" rel="noopener noreferrer">${a.guideUrl()}</a></dd>
    </#if>
  </dl>

  <h2 id="assignment">${msg("omakaseAppAssignmentHeading")}</h2>
  <#assign s = a.assignment()>
  <form id="omakase-app-assignment-mode" method="post" action="${a.base()}/assignment">
    <@console.csrf/>
    <fieldset><legend>${msg("omakaseAppAssignmentLegend")}</legend>
      <input type="radio" id="assignment-all" name="assignment" value="all" <#if s.all()>checked</#if>>
      <label for="assignment-all">${msg("omakaseAppAssignmentAll")}</label>
      <input type="radio" id="assignment-chosen" name="assignment" value="chosen" <#if !s.all()>checked</#if>>
      <label for="assignment-chosen">${msg("omakaseAppAssignmentChosen")}</label>
    </fieldset>
    <button type="submit" id="omakase-app-assignment-save">${msg("omakaseConsoleSave")}</button>
  </form>
  <#if !s.all()>
    <h3>${msg("omakaseAppAssignedGroups")}</h3>
    <#if s.groups()?has_content>
      <ul id="omakase-app-groups">
        <#list s.groups() as h>
          <li data-group-id="${h.id()}"><span>${h.label()}</span>
            <form method="post" action="${a.base()}/assignment/groups/${h.id()}/remove"><@console.csrf/>
              <button type="submit">${msg("omakaseAppAssignmentRemove")}</button></form></li>
        </#list>
      </ul>
    <#else>
      <p id="omakase-app-no-groups">${msg("omakaseAppNoGroups")}</p>
    </#if>
    <#if s.otherGroups()?has_content>
      <form id="omakase-app-add-group" method="post" action="${a.base()}/assignment/groups">
        <@console.csrf/>
        <label for="group">${msg("omakaseAppFieldGroup")}</label>
        <select id="group" name="group"><#list s.otherGroups() as h><option value="${h.id()}">${h.label()}</option></#list></select>
        <button type="submit" id="omakase-app-add-group-submit">${msg("omakaseAppAssignmentAdd")}</button>
      </form>
    </#if>
    <h3>${msg("omakaseAppAssignedUsers")}</h3>
    <#if s.users()?has_content>
      <ul id="omakase-app-users">
        <#list s.users() as h>
          <li data-user-id="${h.id()}"><span>${h.label()}</span> <span>${h.detail()!''}</span>
            <form method="post" action="${a.base()}/assignment/users/${h.id()}/remove"><@console.csrf/>
              <button type="submit">${msg("omakaseAppAssignmentRemove")}</button></form></li>
        </#list>
      </ul>
    <#else>
      <p id="omakase-app-no-users">${msg("omakaseAppNoUsers")}</p>
    </#if>
    <form id="omakase-app-add-user" method="post" action="${a.base()}/assignment/users">
      <@console.csrf/>
      <label for="email">${msg("omakaseConsoleGroupFieldEmail")}</label>
      <input type="email" id="email" name="email" maxlength="254" required
             <#if s.emailError()??>aria-invalid="true" aria-describedby="email-error"</#if>>
      <#if s.emailError()??><span class="omakase-field-error" id="email-error">${msg(s.emailError())}</span></#if>
      <button type="submit" id="omakase-app-add-user-submit">${msg("omakaseAppAssignmentAdd")}</button>
    </form>
  </#if>

  <div class="omakase-console-actions">
    <a id="omakase-app-back" href="${omakaseConsole.base}apps">${msg("omakaseConsoleBack")}</a>
    <a id="omakase-app-edit" href="${a.base()}/edit">${msg("omakaseAppEdit")}</a>
    <#if a.protocol() == "oidc" && a.confidential()>
      <form id="omakase-app-secret-form" method="post" action="${a.base()}/secret"><@console.csrf/>
        <button type="submit" id="omakase-app-secret-submit">${msg("omakaseAppSecretRotate")}</button></form>
    </#if>
    <form id="omakase-app-state-form" method="post" action="${a.base()}/${a.enabled()?then('disable', 'enable')}"><@console.csrf/>
      <button type="submit" id="omakase-app-state-submit">${msg(a.enabled()?then("omakaseAppDisable", "omakaseAppEnable"))}</button></form>
    <a id="omakase-app-delete" href="${a.base()}/delete">${msg("omakaseAppDelete")}</a>
  </div>
</@console.page>
