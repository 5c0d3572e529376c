<#-- template: omakase-contract.ftl (契約者ポータル: ご契約内容の詳細) -->
<#import "template.ftl" as layout>
<#import "omakase-store.ftl" as store>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("omakaseContractTitle")}
  <#elseif section = "form">
    <#assign c = omakaseContract>
    <p class="omakase-note"><a id="omakase-contracts-back" href="${omakasePortal.base}">${msg("omakaseContractBackToList")}</a></p>
    <h2 class="omakase-subtitle">${msg("omakaseContractSummary")}</h2>
    <dl class="omakase-summary" id="omakase-contract-summary">
      <div class="omakase-row"><dt>${msg("omakaseContractNumber")}</dt><dd id="omakase-contract-number">${c.id()}</dd></div>
      <div class="omakase-row"><dt>${msg("omakaseOrderNumber")}</dt><dd id="omakase-contract-order">${c.orderNumber()}</dd></div>
      <div class="omakase-row"><dt>${msg("omakaseContractService")}</dt><dd>${msg("omakaseOrderProductName")}</dd></div>
      <div class="omakase-row"><dt>${msg("omakaseContractOrderedAt")}</dt><dd id="omakase-contract-ordered">${c.orderedAt()}</dd></div>
      <div class="omakase-row"><dt>${msg("omakaseContractActivatedAt")}</dt><dd id="omakase-contract-activated">${c.activatedAt()!'-'}</dd></div>
      <div class="omakase-row"><dt>${msg("omakaseContractsState")}</dt><dd id="omakase-contract-state">${msg("omakaseContractState_" + c.state())}</dd></div>
      <#if c.endDate()??>
        <div class="omakase-row"><dt>${msg("omakaseContractEndDate")}</dt><dd id="omakase-contract-end">${c.endDate()}</dd></div>
      </#if>
      <#if c.purgeDate()??>
        <div class="omakase-row"><dt>${msg("omakaseContractPurgeDate")}</dt><dd id="omakase-contract-purge">${c.purgeDate()}</dd></div>
      </#if>
      <div class="omakase-row"><dt>${msg("omakaseContractTenantName")}</dt><dd id="omakase-contract-tenant">${c.tenantName()!msg("omakaseContractsTenantPending")}</dd></div>
      <div class="omakase-row"><dt>${msg("omakaseContractsAdminEmail")}</dt><dd id="omakase-contract-admins"><#list c.adminEmails() as a>${a}<#sep>、</#list><#if !c.adminEmails()?has_content>-</#if></dd></div>
      <#if c.pendingAdminEmail()??>
        <div class="omakase-row"><dt>${msg("omakaseContractPendingAdmin")}</dt><dd id="omakase-contract-pending-admin">${c.pendingAdminEmail()}</dd></div>
      </#if>
      <#if c.linkExpiresAt()??>
        <div class="omakase-row"><dt>${msg("omakaseContractsLinkExpiry")}</dt><dd>${c.linkExpiresAt()}</dd></div>
      </#if>
    </dl>
    <h2 class="omakase-subtitle">${msg("omakaseOrderContractorFormTitle")}</h2>
    <dl class="omakase-summary" id="omakase-contractor"><@store.contractorRows c=c.contractor()/></dl>
    <#if c.changeable()>
      <h2 class="omakase-subtitle">${msg("omakaseContractActions")}</h2>
      <ul class="omakase-links" id="omakase-contract-actions">
        <li><a id="omakase-change-contractor" href="${omakasePortal.contract}contractor">${msg("omakaseContractChangeContractor")}</a></li>
        <li><a id="omakase-change-admin" href="${omakasePortal.contract}administrator">${msg("omakaseContractChangeAdmin")}</a></li>
        <#if c.terminable()>
          <li><a id="omakase-terminate" href="${omakasePortal.contract}termination">${msg("omakaseContractTerminate")}</a></li>
        </#if>
      </ul>
    </#if>
    <#if c.reissuable()>
      <form method="post" action="${omakasePortal.contract}admin-link" class="omakase-reissue">
        <input type="hidden" name="csrf" value="${omakasePortal.csrf}">
        <p class="omakase-note">${msg("omakaseContractsReissueNote")}</p>
        <button type="submit" class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!} ${properties.kcButtonBlockClass!} omakase-button" name="reissue">${msg("omakaseContractsReissue")}</button>
      </form>
    </#if>
    <#if c.cancellable()>
      <form method="post" action="${omakasePortal.contract}termination/cancel" class="omakase-cancel" id="omakase-cancel-form">
        <input type="hidden" name="csrf" value="${omakasePortal.csrf}">
        <p class="omakase-note">${msg("omakaseContractCancelNote", c.endDate())}</p>
        <button type="submit" class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!} ${properties.kcButtonBlockClass!} omakase-button" name="cancel">${msg("omakaseContractCancel")}</button>
      </form>
    </#if>
  </#if>
</@layout.registrationLayout>
