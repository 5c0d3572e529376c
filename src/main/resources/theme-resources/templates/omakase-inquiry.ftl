<#-- template: omakase-inquiry.ftl (お問い合わせ: the public form of either realm, and its answer) -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg(omakaseInquiry.reference???then("omakaseInquirySentTitle", "omakaseInquiryTitle"))}
  <#elseif section = "form">
    <#include "omakase-inquiry-body.ftl">
  </#if>
</@layout.registrationLayout>
