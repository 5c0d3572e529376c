<#-- template: omakase-console-security-networks.ftl (アクセス制限: allowed networks, whom they apply to, the lock-out confirmation) -->
<#import "omakase-console.ftl" as console>
<#assign f = omakaseSecurityForm>
<@console.page titleKey="omakaseSecurityNetworksTitle">
  <p id="omakase-security-networks-intro">${msg("omakaseSecurityNetworksIntro")}</p>
  <p id="omakase-security-current-address">${msg("omakaseSecurityNetworksCurrentAddress", f.currentAddress())}</p>
  <#if f.hasErrors()>
    <div class="omakase-console-errors" id="omakase-security-form-errors" role="alert">
      <p>${msg("omakaseConsoleErrorSummary")}</p>
      <#if f.error("confirmLockout")??><p id="confirmLockout-error">${msg(f.error("confirmLockout"), f.currentAddress())}</p></#if>
    </div>
  </#if>
  <form id="omakase-security-networks-form" class="omakase-console-form" method="post" action="${f.action()}" novalidate>
    <@console.csrf/>
    <div class="omakase-console-field">
      <label for="ranges">${msg("omakaseSecurityNetworksRanges")}</label>
      <textarea id="ranges" name="ranges" rows="8" aria-describedby="ranges-hint<#if f.error("ranges")??> ranges-error</#if>"
                <#if f.error("ranges")??>aria-invalid="true"</#if>>${f.value("ranges")}</textarea>
      <span class="omakase-field-hint" id="ranges-hint">${msg("omakaseSecurityNetworksRangesHint")}</span>
      <#if f.error("ranges")??><span class="omakase-field-error" id="ranges-error">${msg(f.error("ranges"), f.value("badLine"))}</span></#if>
    </div>
    <fieldset class="omakase-console-choices">
      <legend>${msg("omakaseSecurityNetworksScope")}</legend>
      <div class="omakase-console-field">
        <input type="radio" id="scope-all" name="scope" value="all" <#if f.value("scope") != "members">checked</#if>>
        <label for="scope-all">${msg("omakaseSecurityNetworksScopeAll")}</label>
      </div>
      <div class="omakase-console-field">
        <input type="radio" id="scope-members" name="scope" value="members" <#if f.value("scope") == "members">checked</#if>>
        <label for="scope-members">${msg("omakaseSecurityNetworksScopeMembers")}</label>
      </div>
      <#if f.error("scope")??><span class="omakase-field-error" id="scope-error">${msg(f.error("scope"))}</span></#if>
    </fieldset>
    <#if f.confirmNeeded()>
      <div class="omakase-console-field">
        <input type="checkbox" id="confirmLockout" name="confirmLockout" value="true" aria-describedby="confirmLockout-error">
        <label for="confirmLockout">${msg("omakaseSecurityNetworksConfirm")}</label>
      </div>
    </#if>
    <button type="submit" id="omakase-security-networks-save">${msg("omakaseSecuritySave")}</button>
  </form>
  <p><a id="omakase-security-back" href="${omakaseConsole.base}security">${msg("omakaseSecurityBack")}</a></p>
</@console.page>
