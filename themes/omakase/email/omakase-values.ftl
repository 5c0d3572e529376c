<#-- template: omakase-values.ftl (what a user typed, as it may appear in a mail: one line of plain text) -->
<#--
  Imported by the html/ and text/ templates as "/omakase-values.ftl". A value from an order, the sign-up or the
  contractor (company, tenant and person names, order number, addresses) goes through line() in text/ and html() in
  html/: control characters (line breaks, tabs), Unicode line separators and bidi controls become a space, a URL scheme
  is written "https[:]//" so mail programs do not turn it into a link, and html() escapes it as text before the message
  reaches kcSanitize (which keeps <a> and <img>). Our own values (links we built, dates, amounts) are not passed here.
-->
<#function line value="">
  <#local v = (value!"")?string>
  <#local v = v?replace(r"[\p{Cc}\p{Zl}\p{Zp}\x{200E}\x{200F}\x{202A}-\x{202E}\x{2066}-\x{2069}]+", " ", "r")?trim>
  <#return v?replace(r"\b([A-Za-z][A-Za-z0-9+.\-]*):(?=//)", "$1[:]", "r")>
</#function>
<#function html value="">
  <#return line(value)?esc?markup_string>
</#function>
