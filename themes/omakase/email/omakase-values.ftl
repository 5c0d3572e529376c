<#-- template: omakase-values.ftl (what a user typed, as it may appear in a mail: one line of plain text) -->
<#--
  Imported by the html/ and text/ templates as "/omakase-values.ftl". Every value from an order, the sign-up or the
  contractor (company, tenant and person names, order number, addresses) goes through line() in text/ and through
  mark()/fill() in html/. line(): control characters (line breaks, tabs) and Unicode line/paragraph separators become a
  space, format characters (bidi controls, zero-width) and private-use characters are dropped, and a URL scheme is
  written "https[:]//" so that mail programs do not turn it into a link. html/: kcSanitize decodes every entity before
  it sanitizes (and keeps <a> and <img>), so a value escaped before it would be live again; the message is therefore
  sanitized with markers in the values' places, and fill() then puts each value, escaped as text, in its marker's place.
  A marker is made of private-use characters, which line() removes from values: a value never contains one.
-->
<#function line value="">
  <#local v = (value!"")?string>
  <#local v = v?replace(r"[\p{Cf}\p{Co}]+", "", "r")>
  <#local v = v?replace(r"[\p{Cc}\p{Zl}\p{Zp}]+", " ", "r")?trim>
  <#return v?replace(r"\b([A-Za-z][A-Za-z0-9+.\-]*):(?=//)", "$1[:]", "r")>
</#function>
<#function html value="">
  <#return line(value)?esc?markup_string>
</#function>
<#function mark n>
  <#return "\xE000" + n?c + "\xE001">
</#function>
<#-- the sanitized message with marker i replaced by values[i] as escaped text -->
<#function fill sanitized values>
  <#local out = sanitized>
  <#list values as value>
    <#local out = out?replace(mark(value?index), html(value))>
  </#list>
  <#return out>
</#function>
