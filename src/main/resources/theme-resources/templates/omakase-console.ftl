<#-- template: omakase-console.ftl (layout of the tenant console pages; no literal text) -->
<#--
  DESIGN.md "one look": a header with the service name, the tenant's name and the signed-in administrator with
  ログアウト; a left navigation (ホーム, ユーザー管理, グループ管理, SaaS設定, セキュリティ設定, ログイン履歴, お問い合わせ) with
  the current item marked aria-current="page" (areas not built yet are listed without a link); the page heading, the
  one-line result of the last change, then the page. On a phone width the navigation folds into a <details> menu.
-->
<#macro page titleKey refresh=0>
<!DOCTYPE html>
<html lang="${lang}" class="omakase-console-html">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <#if refresh gt 0><meta http-equiv="refresh" content="${refresh?c}"></#if>
  <title>${msg("omakaseConsoleDocumentTitle", msg(titleKey), omakaseConsole.tenantName, msg("omakaseConsoleServiceName"))}</title>
  <link rel="icon" href="${url.resourcesPath}/img/favicon.ico"/>
  <#if properties.stylesCommon?has_content>
    <#list properties.stylesCommon?split(' ') as style><link href="${url.resourcesCommonPath}/${style}" rel="stylesheet"/></#list>
  </#if>
  <#if properties.styles?has_content>
    <#list properties.styles?split(' ') as style><link href="${url.resourcesPath}/${style}" rel="stylesheet"/></#list>
  </#if>
</head>
<body class="omakase-console-body">
  <header class="omakase-console-header">
    <a class="omakase-console-brand" id="omakase-console-service" href="${omakaseConsole.base}">${msg("omakaseConsoleServiceName")}</a>
    <span class="omakase-console-tenant" id="omakase-console-tenant">${omakaseConsole.tenantName}</span>
    <span class="omakase-console-who">
      <span id="omakase-console-admin">${msg("omakaseConsoleSignedIn", omakaseConsole.admin)}</span>
      <a id="omakase-console-logout" class="omakase-console-logout" href="${omakaseConsole.logoutUrl}">${msg("omakaseConsoleLogout")}</a>
    </span>
  </header>
  <div class="omakase-console-frame">
    <details class="omakase-console-menu" open>
      <summary class="omakase-console-menu-toggle">${msg("omakaseConsoleMenu")}</summary>
      <nav class="omakase-console-nav" aria-label="${msg("omakaseConsoleNavLabel")}">
        <ul>
          <#list omakaseConsole.nav as item>
            <li>
              <#if item.href()??>
                <a id="${item.id()}" href="${item.href()}" <#if item.current()>aria-current="page"</#if>>${msg(item.labelKey())}</a>
              <#else>
                <span id="${item.id()}" class="omakase-console-nav-soon">${msg(item.labelKey())}</span>
              </#if>
            </li>
          </#list>
        </ul>
      </nav>
    </details>
    <main class="omakase-console-main" id="omakase-console-main">
      <h1 id="omakase-page-title" class="omakase-console-title">${msg(titleKey)}</h1>
      <#if omakaseConsole.result??>
        <p class="omakase-console-result" id="omakase-console-result" role="status">${msg(omakaseConsole.result)}</p>
      </#if>
      <#nested>
    </main>
  </div>
</body>
</html>
</#macro>

<#-- The page's form token. -->
<#macro csrf>
  <input type="hidden" name="${omakaseConsole.csrfField}" value="${omakaseConsole.csrf}">
</#macro>
