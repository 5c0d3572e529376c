package jp.omakase.tenant;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.managers.AuthenticationManager;

import jp.omakase.pages.PageRequest;

/**
 * The one access check of every tenant console route ({@code /realms/{service}/omakase/tenant/{tenant}/…}), its first
 * line: the caller is logged in (else the page client's login, back to the page), is a member of the enabled
 * Organization {@code {tenant}} (else 404, the same page as for a tenant that does not exist, so nobody learns whether
 * another tenant exists) and holds the realm role of tenant administrators (else 403). Objects named in a URL are
 * looked up only among the tenant's members ({@link Granted#member}), so another tenant's user is a 404 as well.
 */
public final class ConsoleAccess {

    /** What a granted request works on: the administrator, the tenant and the organizations of the realm. */
    public record Granted(KeycloakSession session, RealmModel realm, AuthenticationManager.AuthResult who,
                         OrganizationModel tenant, OrganizationProvider orgs, PageRequest pages, RoleModel adminRole) {

        /** The signed-in administrator. */
        public UserModel admin() {
            return who.getUser();
        }

        /** The member {@code userId} of this tenant, or null (unknown id, another tenant's user, not a member). */
        public UserModel member(String userId) {
            if (userId == null || userId.isBlank() || userId.length() > 36) {
                return null;
            }
            return orgs.getMemberById(tenant, userId);
        }

        /**
         * The tenant as a background job of {@code admin} works on it (a bulk file applied after the request): no page
         * and no login session; the admin events still name {@code admin}.
         */
        public static Granted forJob(KeycloakSession session, RealmModel realm, UserModel admin, OrganizationModel tenant,
                                     RoleModel adminRole) {
            return new Granted(session, realm, new AuthenticationManager.AuthResult(admin, null, null, null), tenant,
                    session.getProvider(OrganizationProvider.class), null, adminRole);
        }

        /** {@code {tenant}/{path}} under the tenant pages. */
        public String path(String path) {
            return tenant.getId() + "/" + path;
        }
    }

    private final Granted granted;
    private final Response denied;

    private ConsoleAccess(Granted granted, Response denied) {
        this.granted = granted;
        this.denied = denied;
    }

    /** Checks the caller for {@code tenantId}; {@code path} is the page (under the tenant) a stranger returns to. */
    public static ConsoleAccess check(KeycloakSession session, PageRequest pages, String adminRoleName, String tenantId, String path) {
        AuthenticationManager.AuthResult who = pages.who();
        String tenantPath = tenantId == null ? "" : tenantId + "/";
        if (who == null) {
            boolean get = HttpMethod.GET.equals(session.getContext().getHttpRequest().getHttpMethod());
            return new ConsoleAccess(null, pages.login(get ? tenantPath + path : tenantPath));
        }
        RealmModel realm = session.getContext().getRealm();
        OrganizationProvider orgs = session.getProvider(OrganizationProvider.class);
        UserModel user = who.getUser();
        OrganizationModel tenant = orgs == null || tenantId == null || tenantId.length() > 36 ? null : orgs.getById(tenantId);
        if (tenant == null || !tenant.isEnabled() || !orgs.isMember(tenant, user)) {
            return new ConsoleAccess(null, error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound"));
        }
        RoleModel role = realm.getRole(adminRoleName);
        if (role == null || !user.hasRole(role)) {
            return new ConsoleAccess(null, error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden"));
        }
        return new ConsoleAccess(new Granted(session, realm, who, tenant, orgs, pages, role), null);
    }

    /** The page of a refused request: the status and one line, nothing about the tenant or object asked for. */
    public static Response error(PageRequest pages, Response.Status status, String messageKey) {
        return pages.form().setError(messageKey).createErrorPage(status);
    }

    public boolean denied() {
        return denied != null;
    }

    public Response response() {
        return denied;
    }

    public Granted granted() {
        return granted;
    }
}
