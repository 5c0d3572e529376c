<#-- template: omakase-console-sign-ins.ftl (ログイン履歴) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseConsoleNavSignIns">
  <form id="omakase-sign-ins-search" class="omakase-console-search" method="get" action="${omakaseConsole.base}sign-ins">
    <label for="omakase-sign-ins-email">${msg("omakaseConsoleSignInsEmail")}</label>
    <input type="email" id="omakase-sign-ins-email" name="email" value="${omakaseSignIns.email}">
    <label for="omakase-sign-ins-from">${msg("omakaseConsoleSignInsFrom")}</label>
    <input type="date" id="omakase-sign-ins-from" name="from" value="${omakaseSignIns.from}">
    <label for="omakase-sign-ins-to">${msg("omakaseConsoleSignInsTo")}</label>
    <input type="date" id="omakase-sign-ins-to" name="to" value="${omakaseSignIns.to}">
    <button type="submit" id="omakase-sign-ins-search-submit">${msg("omakaseConsoleSearch")}</button>
  </form>
  <#if omakaseSignIns.invalidDate>
    <p class="omakase-console-errors" id="omakase-sign-ins-error" role="alert">${msg("omakaseConsoleSignInsDateError")}</p>
  </#if>
  <p><a id="omakase-sign-ins-csv" class="omakase-console-button" href="${omakaseSignIns.csv}">${msg("omakaseConsoleSignInsCsv")}</a></p>
  <#if omakaseSignIns.rows?has_content>
    <p id="omakase-sign-ins-range">${msg("omakaseConsoleRange", omakaseSignIns.total, omakaseSignIns.rangeFrom, omakaseSignIns.rangeTo)}</p>
    <table class="omakase-console-table" id="omakase-sign-ins">
      <thead><tr><th scope="col">${msg("omakaseConsoleSignInsTime")}</th><th scope="col">${msg("omakaseConsoleSignInsUser")}</th>
        <th scope="col">${msg("omakaseConsoleSignInsResult")}</th><th scope="col">${msg("omakaseConsoleSignInsApp")}</th>
        <th scope="col">${msg("omakaseConsoleSignInsIp")}</th></tr></thead>
      <tbody>
        <#list omakaseSignIns.rows as r>
          <tr class="omakase-sign-in-row">
            <td>${r.time()}</td><td class="omakase-sign-in-user">${r.user()}</td>
            <td class="omakase-sign-in-result">${msg(r.resultKey())}</td><td>${r.app()}</td><td>${r.ip()}</td>
          </tr>
        </#list>
      </tbody>
    </table>
    <nav class="omakase-console-pager" aria-label="${msg("omakaseConsolePagerLabel")}">
      <#if omakaseSignIns.previous??><a id="omakase-sign-ins-previous" href="${omakaseSignIns.previous}">${msg("omakaseConsolePrevious")}</a></#if>
      <#if omakaseSignIns.next??><a id="omakase-sign-ins-next" href="${omakaseSignIns.next}">${msg("omakaseConsoleNext")}</a></#if>
    </nav>
  <#else>
    <p id="omakase-sign-ins-none">${msg("omakaseConsoleSignInsNone")}</p>
  </#if>
</@console.page>
