<#-- template: omakase-contracts.ftl (契約者ポータル: ご契約一覧) -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("omakaseContractsTitle")}
  <#elseif section = "form">
    <p class="omakase-note" id="omakase-contracts-who">${msg("omakaseContractsLoggedInAs", omakasePortal.email)}</p>
    <#if omakaseContracts?has_content>
      <#list omakaseContracts as c>
        <section class="omakase-contract" id="omakase-contract-${c.id()}">
          <h2 class="omakase-contract-tenant"><a href="${omakasePortal.base}${c.id()}/">${c.tenantName()!msg("omakaseContractsTenantPending")}</a></h2>
          <dl class="omakase-summary">
            <div class="omakase-row"><dt>${msg("omakaseContractsState")}</dt><dd class="omakase-contract-state">${msg("omakaseContractState_" + c.state())}</dd></div>
            <div class="omakase-row"><dt>${msg("omakaseOrderNumber")}</dt><dd class="omakase-contract-order">${c.orderNumber()}</dd></div>
            <div class="omakase-row"><dt>${msg("omakaseOrderDate")}</dt><dd class="omakase-contract-date">${c.orderedAt()}</dd></div>
            <div class="omakase-row"><dt>${msg("omakaseContractsAdminEmail")}</dt><dd class="omakase-contract-admin">${c.adminEmail()!'-'}</dd></div>
            <#if c.linkExpiresAt()??>
              <div class="omakase-row"><dt>${msg("omakaseContractsLinkExpiry")}</dt><dd class="omakase-contract-expiry">${c.linkExpiresAt()}</dd></div>
            </#if>
          </dl>
          <#if c.reissuable()>
            <form method="post" action="${omakasePortal.base}${c.id()}/admin-link" class="omakase-reissue">
              <input type="hidden" name="csrf" value="${omakasePortal.csrf}">
              <p class="omakase-note">${msg("omakaseContractsReissueNote")}</p>
              <button type="submit" class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!} ${properties.kcButtonBlockClass!} omakase-button" name="reissue">${msg("omakaseContractsReissue")}</button>
            </form>
          </#if>
        </section>
      </#list>
    <#else>
      <p id="omakase-contracts-empty" class="omakase-note">${msg("omakaseContractsEmpty")}</p>
    </#if>
    <p class="omakase-note"><a id="omakase-contracts-inquiry" href="${omakasePortal.base}../inquiry">${msg("omakaseInquiryLink")}</a></p>
  </#if>
</@layout.registrationLayout>
