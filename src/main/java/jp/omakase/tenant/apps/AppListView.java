package jp.omakase.tenant.apps;

import java.util.List;

/**
 * View bean {@code omakaseApps}: the tenant's apps (SaaS設定) by name, each with its icon tile, template, protocol, state
 * and assignment, and the link to the catalogue.
 */
public record AppListView(List<Row> rows, String addUrl) {

    /** One app; {@code protocol} {@code saml}/{@code oidc}, {@code assignment} {@code all}/{@code chosen}. */
    public record Row(String id, String name, String templateName, String protocol, boolean enabled, String assignment,
                      String iconLetter, String iconColor, String href) {
    }
}
