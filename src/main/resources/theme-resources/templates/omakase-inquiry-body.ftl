<#-- template: omakase-inquiry-body.ftl (お問い合わせ: the form, or the answer after sending; included by the public page and the console page) -->
<#assign q = omakaseInquiry>
<#if q.reference??>
  <p class="omakase-console-result" id="omakase-inquiry-sent" role="status">${msg("omakaseInquirySentMessage")}</p>
  <dl class="omakase-summary" id="omakase-inquiry-summary">
    <div class="omakase-row"><dt>${msg("omakaseInquiryReference")}</dt><dd id="omakase-inquiry-reference">${q.reference}</dd></div>
    <div class="omakase-row"><dt>${msg("omakaseInquiryField_category")}</dt><dd id="omakase-inquiry-sent-category">${msg(q.categoryKey)}</dd></div>
  </dl>
  <p class="omakase-note" id="omakase-inquiry-receipt-note">${msg("omakaseInquirySentReceipt")}</p>
  <#if q.lockHelp>
    <section class="omakase-inquiry-lock-help" id="omakase-inquiry-lock-help" aria-labelledby="omakase-inquiry-lock-help-title">
      <h2 id="omakase-inquiry-lock-help-title">${msg("omakaseInquiryLockHelpTitle")}</h2>
      <p>${msg("omakaseInquiryLockHelp")}</p>
      <ol>
        <li>${msg("omakaseInquiryLockHelpStep1")}</li>
        <li>${msg("omakaseInquiryLockHelpStep2")}</li>
        <li>${msg("omakaseInquiryLockHelpStep3")}</li>
      </ol>
      <p class="omakase-note">${msg("omakaseInquiryLockHelpNote")}</p>
    </section>
  </#if>
<#else>
  <#if q.formError?? || q.problems?has_content>
    <div class="omakase-console-errors" id="omakase-inquiry-errors" role="alert">
      <p>${msg("omakaseInquiryErrorSummary")}</p>
      <ul>
        <#if q.formError??><li id="omakase-inquiry-form-error">${msg(q.formError)}</li></#if>
        <#list q.problems as p><li><a href="#omakase-inquiry-${p.field()}">${msg(p.labelKey())}: ${msg(p.key())}</a></li></#list>
      </ul>
    </div>
  </#if>
  <p class="omakase-note" id="omakase-inquiry-intro">${msg("omakaseInquiryIntro")}</p>
  <form id="omakase-inquiry-form" class="omakase-console-form omakase-inquiry-form" method="post" action="${q.action}" novalidate>
    <input type="hidden" name="${q.csrfField}" value="${q.csrf}">
    <#list q.fields as f>
      <#assign fid = "omakase-inquiry-" + f>
      <#assign required = f != "company">
      <div class="omakase-console-field ${properties.kcFormGroupClass!}">
        <label for="${fid}" class="${properties.kcLabelClass!}">${msg(q.fieldKey(f))}<#if required> <span class="omakase-required">${msg("omakaseInquiryRequired")}</span></#if></label>
        <#if f == "category">
          <select id="${fid}" name="${f}" class="${properties.kcInputClass!}" <#if required>required</#if>
                  <#if q.errors[f]??>aria-invalid="true" aria-describedby="${fid}-error"</#if>>
            <option value="">${msg("omakaseInquiryChoose")}</option>
            <#list q.categories as c>
              <option value="${c.value()}" <#if c.selected()>selected</#if>>${msg(c.labelKey())}</option>
            </#list>
          </select>
        <#elseif f == "text">
          <textarea id="${fid}" name="${f}" rows="8" maxlength="${q.max(f)?c}" class="${properties.kcInputClass!}" required
                    <#if q.errors[f]??>aria-invalid="true" aria-describedby="${fid}-error"</#if>>${q.values[f]}</textarea>
        <#else>
          <input type="${(f == "email")?then("email", "text")}" id="${fid}" name="${f}" value="${q.values[f]}" maxlength="${q.max(f)?c}"
                 class="${properties.kcInputClass!}" <#if f == "email">autocomplete="email"<#elseif f == "name">autocomplete="name"<#else>autocomplete="organization"</#if>
                 <#if required>required</#if> <#if q.errors[f]??>aria-invalid="true" aria-describedby="${fid}-error"</#if>>
        </#if>
        <#if q.errors[f]??><span class="omakase-field-error" id="${fid}-error">${msg(q.errors[f])}</span></#if>
      </div>
    </#list>
    <p class="omakase-note" id="omakase-inquiry-privacy">${msg("omakaseInquiryPrivacyNote")}</p>
    <div class="omakase-console-actions">
      <button type="submit" id="omakase-inquiry-submit" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} omakase-button">${msg("omakaseInquirySubmit")}</button>
    </div>
  </form>
</#if>
