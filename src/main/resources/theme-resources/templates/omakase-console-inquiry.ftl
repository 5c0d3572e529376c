<#-- template: omakase-console-inquiry.ftl (テナント管理: お問い合わせ, the form filled in for the administrator) -->
<#import "omakase-console.ftl" as console>
<@console.page titleKey=omakaseInquiry.reference???then("omakaseInquirySentTitle", "omakaseInquiryTitle")>
  <#include "omakase-inquiry-body.ftl">
</@console.page>
