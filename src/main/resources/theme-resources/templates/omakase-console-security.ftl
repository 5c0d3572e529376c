<#-- template: omakase-console-security.ftl (セキュリティ設定: the three settings pages with their state) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseSecurityTitle">
  <ul class="omakase-security-index" id="omakase-security-index">
    <li>
      <a id="omakase-security-mfa" href="${omakaseConsole.base}security/mfa">${msg("omakaseSecurityMfa")}</a>
      <p>${msg("omakaseSecurityMfaSummary")}</p>
    </li>
    <li>
      <a id="omakase-security-password" href="${omakaseConsole.base}security/password">${msg("omakaseSecurityPassword")}</a>
      <p id="omakase-security-password-state">${msg(omakaseSecurity.passwordStricter()?then("omakaseSecurityPasswordStricter", "omakaseSecurityPasswordService"))}</p>
    </li>
    <li>
      <a id="omakase-security-networks" href="${omakaseConsole.base}security/networks">${msg("omakaseSecurityNetworks")}</a>
      <p id="omakase-security-networks-state"><#if omakaseSecurity.networkCount() == 0>${msg("omakaseSecurityNetworksNone")}<#else>${msg(omakaseSecurity.networksForMembersOnly()?then("omakaseSecurityNetworksCountMembers", "omakaseSecurityNetworksCountAll"), omakaseSecurity.networkCount())}</#if></p>
    </li>
  </ul>
</@console.page>
