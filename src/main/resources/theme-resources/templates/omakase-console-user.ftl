<#-- template: omakase-console-user.ftl (ユーザー詳細) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseConsoleUserTitle">
  <#if omakaseUser.error??><p class="omakase-console-errors" id="omakase-user-error" role="alert">${msg(omakaseUser.error)}</p></#if>
  <dl class="omakase-console-details" id="omakase-user">
    <#list omakaseUser.items as i><div><dt>${msg(i.labelKey())}</dt><dd id="${i.id()}">${i.value()}</dd></div></#list>
    <div><dt>${msg("omakaseConsoleColumnState")}</dt><dd id="omakase-user-state">${msg(omakaseUser.stateKey)}</dd></div>
    <div><dt>${msg("omakaseConsoleColumnRole")}</dt><dd id="omakase-user-role">${msg(omakaseUser.admin?then("omakaseConsoleRoleAdmin", "omakaseConsoleRoleUser"))}</dd></div>
  </dl>
  <#if omakaseUser.lock.locked()>
    <dl class="omakase-console-details" id="omakase-user-lock">
      <#if omakaseUser.lock.since()??><div><dt>${msg("omakaseConsoleLockSince")}</dt><dd id="omakase-user-lock-since">${omakaseUser.lock.since()}</dd></div></#if>
      <#if omakaseUser.lock.until()??><div><dt>${msg("omakaseConsoleLockUntil")}</dt><dd id="omakase-user-lock-until">${omakaseUser.lock.until()}</dd></div></#if>
      <div><dt>${msg("omakaseConsoleLockFailures")}</dt><dd id="omakase-user-lock-failures">${msg("omakaseConsoleLockFailureCount", omakaseUser.lock.failures()?c)}</dd></div>
    </dl>
  </#if>
  <#-- グループ管理: the user's groups with 外す, and the add form -->
  <section id="omakase-user-groups">
    <h2>${msg("omakaseConsoleUserGroupsHeading")}</h2>
    <#if omakaseUserGroups.groups()?has_content>
      <ul>
        <#list omakaseUserGroups.groups() as i>
          <li class="omakase-user-group" data-group-id="${i.id()}"><span>${i.path()}</span>
            <form method="post" action="${omakaseUserGroups.base()}/${i.id()}/remove"><@console.csrf/>
              <button type="submit">${msg("omakaseConsoleGroupRemoveMember")}</button></form></li>
        </#list>
      </ul>
    <#else>
      <p id="omakase-user-no-groups">${msg("omakaseConsoleUserNoGroups")}</p>
    </#if>
    <#if omakaseUserGroups.others()?has_content>
      <form id="omakase-user-group-add" method="post" action="${omakaseUserGroups.base()}">
        <@console.csrf/>
        <label for="omakase-user-group">${msg("omakaseConsoleGroupFieldName")}</label>
        <select id="omakase-user-group" name="group">
          <#list omakaseUserGroups.others() as i><option value="${i.id()}">${i.path()}</option></#list>
        </select>
        <button type="submit" id="omakase-user-group-add-submit">${msg("omakaseConsoleUserGroupAdd")}</button>
      </form>
    </#if>
  </section>
  <#-- 多要素認証: the second factors set up, and 2要素目の登録を解除 -->
  <section id="omakase-user-mfa">
    <h2>${msg("omakaseConsoleMfaHeading")}</h2>
    <#if omakaseUserMfa.enrolled()?has_content>
      <p>${msg("omakaseConsoleMfaEnrolled")}</p>
      <ul id="omakase-user-mfa-enrolled"><#list omakaseUserMfa.enrolled() as k><li>${msg(k)}</li></#list></ul>
      <form id="omakase-user-reset-mfa" method="post" action="${omakaseUserMfa.resetUrl()}">
        <@console.csrf/>
        <button type="submit">${msg("omakaseConsoleMfaResetButton")}</button>
      </form>
    <#else>
      <p id="omakase-user-mfa-none">${msg("omakaseConsoleMfaNone")}</p>
    </#if>
  </section>
  <div class="omakase-console-actions">
    <a id="omakase-user-edit" href="${omakaseUser.base}/edit">${msg("omakaseConsoleEdit")}</a>
    <form id="omakase-user-toggle" method="post" action="${omakaseUser.base}/${omakaseUser.enabled?then("disable", "enable")}">
      <@console.csrf/>
      <button type="submit">${msg(omakaseUser.enabled?then("omakaseConsoleDisable", "omakaseConsoleEnable"))}</button>
    </form>
    <#if omakaseUser.invited>
      <form id="omakase-user-invite" method="post" action="${omakaseUser.base}/invite">
        <@console.csrf/>
        <button type="submit">${msg("omakaseConsoleReinvite")}</button>
      </form>
    </#if>
    <#if omakaseUser.lock.locked()>
      <form id="omakase-user-unlock" method="post" action="${omakaseUser.base}/unlock">
        <@console.csrf/>
        <button type="submit">${msg("omakaseConsoleUnlock")}</button>
      </form>
    </#if>
    <#if !omakaseUser.invited>
      <form id="omakase-user-reset-password" method="post" action="${omakaseUser.base}/reset-password">
        <@console.csrf/>
        <button type="submit">${msg("omakaseConsoleResetPassword")}</button>
      </form>
    </#if>
    <a id="omakase-user-delete" href="${omakaseUser.base}/delete">${msg("omakaseConsoleDelete")}</a>
  </div>
</@console.page>
