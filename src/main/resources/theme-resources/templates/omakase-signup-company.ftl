<#-- template: omakase-signup-company.ftl (step 03) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('q','companyName','companyKana'); section>
  <#if section = "header">
    ${msg("omakaseSignupTitle")}
  <#elseif section = "form">
    <@signup.progress/>
    <p class="omakase-lead">${msg("omakaseSignupCompanyLead")}</p>
    <form id="omakase-company-search" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
      <@signup.input name="q" label="omakaseSignupCompanyQueryLabel" value=omakaseCompanyQuery!'' required=false maxlength=100 hint="omakaseSignupCompanyQueryHint"/>
      <@signup.submit name="search" label="omakaseSignupCompanySearch" id="omakase-search"/>
    </form>
    <#if omakaseCompanies??>
      <#if omakaseCompanies?has_content>
        <p class="omakase-note">${msg("omakaseSignupCompanyPick")}</p>
        <form id="omakase-company-results" action="${url.loginAction}" method="post">
          <ul class="omakase-results">
            <#list omakaseCompanies as company>
              <li>
                <button type="submit" name="pick" value="${company.corporateNumber()}" class="omakase-result">
                  <span class="omakase-result-name">${company.name()}</span>
                  <span class="omakase-result-address">${company.address()!''}</span>
                  <span class="omakase-result-number">${msg("omakaseSignupCorporateNumberLabel")}: ${company.corporateNumber()}</span>
                </button>
              </li>
            </#list>
          </ul>
        </form>
      <#else>
        <p id="omakase-no-results" class="omakase-note">${msg("omakaseSignupCompanyNoResults")}</p>
      </#if>
    </#if>
    <details id="omakase-manual" class="omakase-manual" <#if omakaseManualOpen?? || (omakaseCompanies?? && !omakaseCompanies?has_content)>open</#if>>
      <summary>${msg("omakaseSignupCompanyManual")}</summary>
      <p class="omakase-note">${msg("omakaseSignupCompanyManualNote")}</p>
      <form id="omakase-company-manual" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
        <@signup.input name="companyName" label="omakaseSignupCompanyNameLabel" value=omakaseManualName!'' maxlength=100/>
        <@signup.input name="companyKana" label="omakaseSignupCompanyKanaLabel" value=omakaseManualKana!'' maxlength=100 hint="omakaseSignupKatakanaHint"/>
        <@signup.submit name="manual" label="omakaseSignupCompanyManualNext" id="omakase-manual-next"/>
      </form>
    </details>
  </#if>
</@layout.registrationLayout>
