<#-- template: omakase-store-terms-complete.ftl (会員登録完了, after the store member terms; 「戻る」 continues the login) -->
<#import "template.ftl" as layout>
<#import "omakase-signup.ftl" as signup>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseStoreMemberCompleteTitle")}
  <#elseif section = "form">
    <p class="omakase-lead" id="omakase-member-complete">${msg("omakaseStoreMemberCompleteMessage")}</p>
    <form id="omakase-store-terms-complete" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <@signup.submit name="back" label="omakaseStoreMemberBack" id="omakase-back"/>
    </form>
  </#if>
</@layout.registrationLayout>
