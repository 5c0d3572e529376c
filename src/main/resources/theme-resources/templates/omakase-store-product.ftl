<#-- template: omakase-store-product.ftl (the store's top page: its one product, seed 2(1)-3) -->
<#import "omakase-store.ftl" as store>
<@store.page titleKey="omakaseStoreProductsTitle">
  <section class="omakase-store-product" aria-labelledby="omakase-product-name">
    <h2 id="omakase-product-name" class="omakase-store-product-name">${msg("omakaseOrderProductName")}</h2>
    <p class="omakase-lead" id="omakase-product-description">${msg("omakaseOrderProductDescription")}</p>
    <p class="omakase-note" id="omakase-product-notes">${msg("omakaseOrderProductNoteFree")} ${msg("omakaseOrderProductNoteInternet")}</p>
    <a id="omakase-product-details" class="${properties.kcButtonSecondaryClass!} omakase-button" href="${omakaseStore.base}product">${msg("omakaseOrderProductDetails")}</a>
  </section>
</@store.page>
