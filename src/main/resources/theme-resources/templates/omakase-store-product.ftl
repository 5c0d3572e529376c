<#-- template: omakase-store-product.ftl (product page of おまかせログイン) -->
<#import "template.ftl" as layout>
<#import "omakase-store.ftl" as store>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("omakaseOrderProductName")}
  <#elseif section = "form">
    <p class="omakase-lead" id="omakase-product-description">${msg("omakaseOrderProductDescription")}</p>
    <ul class="omakase-note">
      <li>${msg("omakaseOrderProductNoteFree")}</li>
      <li>${msg("omakaseOrderProductNoteInternet")}</li>
    </ul>
    <@store.summary/>
    <a id="omakase-add-to-cart" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} omakase-button" href="${omakaseStore.base}cart">${msg("omakaseOrderAddToCart")}</a>
  </#if>
</@layout.registrationLayout>
