<#-- template: omakase-store-product-detail.ftl (the product page of おまかせログイン with 「カートに入れる」, seed 2(1)-4) -->
<#import "omakase-store.ftl" as store>
<@store.page titleKey="omakaseOrderProductName">
  <p class="omakase-lead" id="omakase-product-description">${msg("omakaseOrderProductDescription")}</p>
  <ul class="omakase-note" id="omakase-product-notes">
    <li>${msg("omakaseOrderProductNoteFree")}</li>
    <li>${msg("omakaseOrderProductNoteInternet")}</li>
  </ul>
  <@store.summary/>
  <@store.actions>
    <a id="omakase-back-to-products" class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakaseStore.base}">${msg("omakaseOrderBackToShop")}</a>
    <a id="omakase-add-to-cart" class="${properties.kcButtonPrimaryClass!} omakase-button" href="${omakaseStore.base}cart">${msg("omakaseOrderAddToCart")}</a>
  </@store.actions>
</@store.page>
