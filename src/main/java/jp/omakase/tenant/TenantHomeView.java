package jp.omakase.tenant;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import jp.omakase.pages.PageLogin;

/**
 * View bean {@code omakaseTenantHome} of the tenant administrator's top page: who is logged in and the tenants
 * (Organizations) they administer: member of the organization and holder of the tenant-administrator role.
 */
public final class TenantHomeView {

    /** A tenant the user administers. */
    public record Tenant(String id, String name, String alias) {
    }

    private final String user;
    private final List<Tenant> tenants;
    private final String base;
    private final String portal;

    private TenantHomeView(String user, List<Tenant> tenants, String base, String portal) {
        this.user = user;
        this.tenants = tenants;
        this.base = base;
        this.portal = portal;
    }

    static TenantHomeView of(KeycloakSession session, RealmModel realm, UserModel user, String adminRole, String base) {
        RoleModel role = realm.getRole(adminRole);
        OrganizationProvider orgs = session.getProvider(OrganizationProvider.class);
        List<Tenant> tenants = role == null || orgs == null || !user.hasRole(role) ? List.of()
                : orgs.getByMember(user).filter(OrganizationModel::isEnabled)
                        .map(o -> new Tenant(o.getId(), o.getName(), o.getAlias())).toList();
        return new TenantHomeView(user.getEmail() == null ? user.getUsername() : user.getEmail(), tenants, base,
                PageLogin.url(session, "portal", "").toString());
    }

    /** The logged-in administrator: e-mail, or the username when there is none. */
    public String getUser() {
        return user;
    }

    /** The tenant pages' root (ending with a slash): a tenant's console is {@code base + id + "/"}. */
    public String getBase() {
        return base;
    }

    /** The users' portal (the apps of the user), for everyone who lands here. */
    public String getPortal() {
        return portal;
    }

    public List<Tenant> getTenants() {
        return tenants;
    }
}
