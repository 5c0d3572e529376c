package jp.omakase.tenant.apps;

import java.util.List;

/** View bean {@code omakaseCatalogue}: the templates as tiles, each a link to its form, with the vendor's guide. */
public record CatalogueView(List<Tile> tiles) {

    /** One template: id, name in the page's language, protocol word, icon, the form's URL, the guide (may be empty). */
    public record Tile(String id, String name, String protocol, String iconLetter, String iconColor, String href, String guideUrl) {
    }
}
