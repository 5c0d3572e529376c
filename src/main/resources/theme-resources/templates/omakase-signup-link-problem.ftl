<#-- template: omakase-signup-link-problem.ftl (the mailed link is expired, used or not ours) -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseSignupTitle")}
  <#elseif section = "form">
    <h2 id="omakase-link-problem" class="omakase-subtitle">${msg("omakaseSignupLink" + omakaseLinkProblem?cap_first + "Title")}</h2>
    <p class="omakase-lead">${msg("omakaseSignupLink" + omakaseLinkProblem?cap_first + "Lead")}</p>
    <a id="omakase-restart" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} omakase-button" href="${omakaseRestartUrl}">${msg("omakaseSignupRestart")}</a>
  </#if>
</@layout.registrationLayout>
