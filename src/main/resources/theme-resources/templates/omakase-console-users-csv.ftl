<#-- template: omakase-console-users-csv.ftl (一括登録・一括変更・一括削除: downloads and the check of a file) -->
<#import "omakase-console.ftl" as console>
<#macro message key params>
  <#if params?size == 0>${msg(key)}<#else>${msg(key, params[0])}</#if>
</#macro>
<@console.page titleKey="omakaseCsvPageTitle">
  <p id="omakase-csv-intro">${msg("omakaseCsvPageIntro")}</p>
  <p>
    <a id="omakase-csv-template" class="omakase-console-button" href="${omakaseCsv.template}">${msg("omakaseCsvPageTemplate")}</a>
    <a id="omakase-csv-export" class="omakase-console-button" href="${omakaseCsv.export}">${msg("omakaseCsvPageExport")}</a>
  </p>
  <form id="omakase-csv-form" method="post" action="${omakaseCsv.check}" enctype="multipart/form-data">
    <input type="hidden" name="${omakaseConsole.csrfField}" value="${omakaseConsole.csrf}">
    <label for="omakase-csv-file">${msg("omakaseCsvPageFile", omakaseCsv.maxMegabytes)}</label>
    <input type="file" id="omakase-csv-file" name="${omakaseCsv.fileField}" accept=".csv,text/csv" required>
    <button type="submit" id="omakase-csv-check">${msg("omakaseCsvPageCheck")}</button>
  </form>
  <#if omakaseCsv.error??>
    <p class="omakase-console-errors" id="omakase-csv-error" role="alert">${msg(omakaseCsv.error, omakaseCsv.maxMegabytes)}</p>
  </#if>
  <#if omakaseCsv.checked>
    <section id="omakase-csv-result" aria-labelledby="omakase-csv-result-title">
      <h2 id="omakase-csv-result-title">${msg("omakaseCsvPageResult")}</h2>
      <#if omakaseCsv.fileError??>
        <p class="omakase-console-errors" id="omakase-csv-file-error" role="alert">
          <@message omakaseCsv.fileError.key() omakaseCsv.fileError.parameters()/>
        </p>
      </#if>
      <ul id="omakase-csv-counts">
        <#list omakaseCsv.counts as c><li id="${c.id()}">${msg("omakaseCsvPageCount", c.label(), c.rows())}</li></#list>
        <li id="omakase-csv-count-invalid">${msg("omakaseCsvPageInvalid", omakaseCsv.invalidRows)}</li>
      </ul>
      <#if omakaseCsv.passed>
        <p id="omakase-csv-passed">${msg("omakaseCsvPagePassed")}</p>
      </#if>
      <#if omakaseCsv.errors?has_content>
        <p id="omakase-csv-errors-shown">${msg("omakaseCsvPageErrorsShown", omakaseCsv.errorCount, omakaseCsv.shownErrors)}</p>
        <ul class="omakase-console-errors" id="omakase-csv-errors">
          <#list omakaseCsv.errors as e>
            <#assign text = msg(e.messageKey(), (e.parameters()[0])!"")>
            <li class="omakase-csv-row-error" data-row="${e.row()?c}" data-column="${(e.column().name())!""}">
              <#if e.column()??>${msg("omakaseCsvRowError", e.row()?c, msg(e.column().labelKey()), text)}
              <#else>${msg("omakaseCsvRowErrorNoColumn", e.row()?c, text)}</#if>
            </li>
          </#list>
        </ul>
      </#if>
      <#if omakaseCsv.job??>
        <form id="omakase-csv-apply-form" method="post" action="${omakaseCsv.apply}">
          <input type="hidden" name="${omakaseConsole.csrfField}" value="${omakaseConsole.csrf}">
          <input type="hidden" name="${omakaseCsv.uploadField}" value="${omakaseCsv.job}">
          <p>${msg("omakaseCsvPageApplyNote")}</p>
          <#if omakaseCsv.passed>
            <button type="submit" id="omakase-csv-apply">${msg("omakaseCsvPageApply")}</button>
          <#else>
            <p id="omakase-csv-apply-skips">${msg("omakaseCsvPageApplySkips", omakaseCsv.invalidRows)}</p>
            <button type="submit" id="omakase-csv-apply">${msg("omakaseCsvPageApplyValid", omakaseCsv.validRows)}</button>
          </#if>
        </form>
      </#if>
    </section>
  </#if>
</@console.page>
