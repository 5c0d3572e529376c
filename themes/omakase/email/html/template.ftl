<#-- template: template.ftl (omakase e-mail layout) -->
<#-- the header names the realm the mail comes from (おまかせビジネスID / おまかせログイン); footer=false: the mail ends with its own send-only sentence (the manual's wording), so the layout adds none -->
<#macro emailLayout footer=true>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<body style="margin:0;padding:0;background:#f5f3ee;font-family:'Hiragino Kaku Gothic ProN','Hiragino Sans','Noto Sans CJK JP',Meiryo,sans-serif;color:#222;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f3ee;">
  <tr><td align="center" style="padding:24px 12px;">
    <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-top:4px solid #d9462f;">
      <tr><td style="padding:20px 28px;background:#1f3a68;color:#ffffff;font-size:18px;font-weight:bold;letter-spacing:0.08em;">${msg("omakaseEmailHeader", realmName!msg("omakaseEmailBrand"))}</td></tr>
      <tr><td style="padding:24px 28px;font-size:15px;line-height:1.7;">
        <#nested>
      </td></tr>
      <#if footer>
      <tr><td style="padding:16px 28px;border-top:1px solid #e4dfd3;font-size:12px;color:#666;">${msg("omakaseEmailFooter")}</td></tr>
      </#if>
    </table>
  </td></tr>
</table>
</body>
</html>
</#macro>
