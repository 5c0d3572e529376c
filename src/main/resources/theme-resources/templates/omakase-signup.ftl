<#-- template: omakase-signup.ftl (macros shared by the sign-up pages; no literal text) -->
<#macro progress>
  <ol class="omakase-steps" aria-label="${msg("omakaseSignupProgress")}">
    <#list omakaseSignup.steps as step>
      <li class="omakase-step omakase-step-${step.state}" <#if step.state == "current">aria-current="step"</#if>>
        <span class="omakase-step-number">${step.number}</span>
        <#-- U+200B in the bundle marks where the label may break: shown as <wbr>, the words themselves never break -->
        <span class="omakase-step-label"><#list msg(step.labelKey)?split("\x200B") as part>${part}<#sep><wbr></#sep></#list></span>
      </li>
    </#list>
  </ol>
</#macro>

<#macro error name>
  <#if messagesPerField.existsError(name)>
    <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
      <span id="input-error-${name}" class="${properties.kcInputErrorMessageClass!} omakase-field-error">${kcSanitize(messagesPerField.get(name))?no_esc}</span>
    </div>
  </#if>
</#macro>

<#macro input name label value="" type="text" required=true autocomplete="off" maxlength=255 hint="">
  <div class="${properties.kcFormGroupClass!} omakase-field">
    <label for="${name}" class="${properties.kcLabelClass!} omakase-label">${msg(label)}<#if required> <span class="omakase-required">${msg("omakaseSignupRequired")}</span></#if></label>
    <span class="${properties.kcInputClass!} <#if messagesPerField.existsError(name)>${properties.kcError!}</#if>">
      <input id="${name}" name="${name}" type="${type}" value="${value}" autocomplete="${autocomplete}" maxlength="${maxlength?c}"
             aria-invalid="<#if messagesPerField.existsError(name)>true<#else>false</#if>"/>
    </span>
    <#if hint?has_content><div class="omakase-hint">${msg(hint)}</div></#if>
    <@error name=name/>
  </div>
</#macro>

<#macro checkbox name label checked=false>
  <div class="${properties.kcFormGroupClass!} omakase-field omakase-consent">
    <label class="omakase-checkbox" for="${name}">
      <input id="${name}" name="${name}" type="checkbox" <#if checked>checked</#if> data-omakase-enables="omakase-next"
             aria-invalid="<#if messagesPerField.existsError(name)>true<#else>false</#if>"/>
      <span>${msg(label)}</span>
    </label>
    <@error name=name/>
  </div>
</#macro>

<#-- A document (terms, policy) in a scrollable box: title, version, text (the operator's file, sanitised). -->
<#macro document id doc short=false>
  <div id="${id}" class="omakase-document<#if short> omakase-document-short</#if>" tabindex="0" role="region" aria-label="${doc.title}"
       data-document="${doc.id}" data-version="${doc.version}">
    <h2 class="omakase-subtitle">${doc.title}</h2>
    <p class="omakase-version">${msg("omakaseSignupVersionLabel", doc.version)}</p>
    ${kcSanitize(doc.html)?no_esc}
  </div>
</#macro>

<#macro row label value>
  <div class="omakase-row"><dt>${msg(label)}</dt><dd>${value}</dd></div>
</#macro>

<#macro submit name label primary=true id="">
  <button type="submit" name="${name}" value="true" <#if id?has_content>id="${id}"</#if>
          class="<#if primary>${properties.kcButtonPrimaryClass!}<#else>${properties.kcButtonSecondaryClass!}</#if> ${properties.kcButtonBlockClass!} omakase-button">${msg(label)}</button>
</#macro>

<#-- Enables the "next" button only while every consent box is ticked (the server checks again). -->
<#macro consentScript>
  <script>
    (function () {
      var boxes = document.querySelectorAll('[data-omakase-enables]');
      function sync() {
        var all = true;
        boxes.forEach(function (b) { all = all && b.checked; });
        var next = document.getElementById('omakase-next');
        if (next) { next.disabled = !all; }
      }
      boxes.forEach(function (b) { b.addEventListener('change', sync); });
      sync();
    })();
  </script>
</#macro>
