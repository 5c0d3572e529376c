package jp.omakase.tenant;

import java.util.List;

import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.models.UserModel;

import jp.omakase.pages.PageRequest;

/**
 * View bean {@code omakaseConsole}: the layout every tenant console page shares (DESIGN.md "one look"): the tenant's
 * name, the signed-in administrator with the logout link, the left navigation in the design's order with the current
 * item, the page's form token and the one-line result of the last change. Areas not built yet are listed without a
 * link, so the navigation does not move when they arrive.
 */
public final class ConsoleView {

    /** The navigation in the design's order: message key suffix, path under the tenant ("" = home), built yet. */
    public enum Area {
        HOME("Home", "", true),
        USERS("Users", "users", true),
        GROUPS("Groups", "groups", true),
        APPS("Apps", "apps", true),
        SECURITY("Security", "security", true),
        SIGN_INS("SignIns", "sign-ins", true),
        INQUIRY("Inquiry", "inquiry", true);

        private final String key;
        private final String path;
        private final boolean built;

        Area(String key, String path, boolean built) {
            this.key = key;
            this.path = path;
            this.built = built;
        }

        public boolean built() {
            return built;
        }
    }

    /** One navigation entry; {@code href} is null for an area not built yet. */
    public record NavItem(String id, String labelKey, String href, boolean current) {
    }

    private final ConsoleAccess.Granted access;
    private final Area area;
    private final String result;

    private ConsoleView(ConsoleAccess.Granted access, Area area, String result) {
        this.access = access;
        this.area = area;
        this.result = result;
    }

    /** The layout of a page of {@code area}; {@code resultKey} (may be null) names the one-line result of the last change. */
    public static ConsoleView of(ConsoleAccess.Granted access, Area area, String resultKey) {
        return new ConsoleView(access, area, ConsoleResults.known(resultKey));
    }

    public String getTenantName() {
        return access.tenant().getName();
    }

    /** The signed-in administrator: family and given name, else the e-mail. */
    public String getAdmin() {
        UserModel u = access.admin();
        String name = ((u.getLastName() == null ? "" : u.getLastName()) + " " + (u.getFirstName() == null ? "" : u.getFirstName())).strip();
        return name.isEmpty() ? (u.getEmail() == null ? u.getUsername() : u.getEmail()) : name;
    }

    /** The console's root URL of this tenant, ending with a slash. */
    public String getBase() {
        return access.pages().url(access.path("")).toString();
    }

    public String getLogoutUrl() {
        return UriBuilder.fromUri(access.session().getContext().getUri().getBaseUri()).path("realms")
                .path(access.realm().getName()).path("protocol/openid-connect/logout").build().toString();
    }

    public String getCsrf() {
        return access.pages().csrf(access.who());
    }

    public String getCsrfField() {
        return PageRequest.CSRF_FIELD;
    }

    /** The message key of the last change's result, or null. */
    public String getResult() {
        return result;
    }

    public List<NavItem> getNav() {
        String base = getBase();
        return java.util.Arrays.stream(Area.values()).map(a -> new NavItem("omakase-console-nav-" + a.name().toLowerCase().replace('_', '-'),
                "omakaseConsoleNav" + a.key, a.built ? base + a.path : null, a == area)).toList();
    }
}
