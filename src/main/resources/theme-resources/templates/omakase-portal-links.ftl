<#-- template: omakase-portal-links.ftl (the portal's links, included by its pages) -->
<nav class="omakase-portal-links" aria-label="${msg("omakasePortalLinksLabel")}">
  <ul>
    <li><a id="omakase-portal-home" href="${omakasePortal.base}">${msg("omakasePortalHome")}</a></li>
    <li><a id="omakase-portal-profile" href="${omakasePortal.base}profile">${msg("omakasePortalProfile")}</a></li>
    <li><a id="omakase-portal-password" href="${omakasePortal.base}password">${msg("omakasePortalPasswordChange")}</a></li>
    <li><a id="omakase-portal-inquiry" href="${omakasePortal.base}../inquiry">${msg("omakaseInquiryLink")}</a></li>
    <#if omakasePortal.consoleUrl??>
      <li><a id="omakase-portal-console" href="${omakasePortal.consoleUrl}">${msg("omakasePortalConsole")}</a></li>
    </#if>
  </ul>
  <form id="omakase-portal-sign-out" method="post" action="${omakasePortal.base}sign-out">
    <input type="hidden" name="csrf" value="${omakasePortal.csrf}">
    <button type="submit" class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!}">
      ${msg("omakasePortalSignOutEverywhere")}
    </button>
    <p class="omakase-note">${msg("omakasePortalSignOutEverywhereNote")}</p>
  </form>
</nav>
