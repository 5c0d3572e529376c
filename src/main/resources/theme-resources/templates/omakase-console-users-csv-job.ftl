<#-- template: omakase-console-users-csv-job.ftl (a users' CSV file being applied: progress, then the result) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey="omakaseCsvJobTitle" refresh=omakaseCsvJob.working?then(omakaseCsvJob.refreshSeconds, 0)>
  <div id="omakase-csv-progress" data-state="${omakaseCsvJob.state}" data-done="${omakaseCsvJob.rowsDone?c}"
       data-total="${omakaseCsvJob.total?c}">
    <#if omakaseCsvJob.working>
      <p id="omakase-csv-job-state" role="status">${msg("omakaseCsvJobWorking")}</p>
      <progress id="omakase-csv-job-bar" max="${omakaseCsvJob.total?c}" value="${omakaseCsvJob.rowsDone?c}"
                aria-labelledby="omakase-csv-job-state">${omakaseCsvJob.percent}%</progress>
      <p id="omakase-csv-job-count">${msg("omakaseCsvJobCount", omakaseCsvJob.rowsDone, omakaseCsvJob.total, omakaseCsvJob.percent)}</p>
      <p>${msg("omakaseCsvJobRefresh")}</p>
    <#else>
      <#if omakaseCsvJob.finished>
        <p id="omakase-csv-job-state" role="status">${msg("omakaseCsvJobDone")}</p>
      <#else>
        <p id="omakase-csv-job-state" class="omakase-console-errors" role="alert">${msg("omakaseCsvJobFailed")}</p>
      </#if>
      <p id="omakase-csv-job-count">${msg("omakaseCsvJobCount", omakaseCsvJob.rowsDone, omakaseCsvJob.total, omakaseCsvJob.percent)}</p>
      <ul id="omakase-csv-job-outcomes">
        <li id="omakase-csv-outcome-added">${msg("omakaseCsvJobAdded", omakaseCsvJob.added)}</li>
        <li id="omakase-csv-outcome-changed">${msg("omakaseCsvJobChanged", omakaseCsvJob.changed)}</li>
        <li id="omakase-csv-outcome-unchanged">${msg("omakaseCsvJobUnchanged", omakaseCsvJob.unchanged)}</li>
        <li id="omakase-csv-outcome-deleted">${msg("omakaseCsvJobDeleted", omakaseCsvJob.deleted)}</li>
        <li id="omakase-csv-outcome-failed">${msg("omakaseCsvJobFailedRows", omakaseCsvJob.failed)}</li>
      </ul>
      <p>
        <a id="omakase-csv-job-result" class="omakase-console-button" href="${omakaseCsvJob.result}">${msg("omakaseCsvJobResult")}</a>
      </p>
    </#if>
    <p><a id="omakase-csv-job-back" href="${omakaseCsvJob.back}">${msg("omakaseCsvJobBack")}</a></p>
  </div>
</@console.page>
