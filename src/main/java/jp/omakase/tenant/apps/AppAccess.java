package jp.omakase.tenant.apps;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The one rule of who may use a tenant's app, asked by the access gate (every way into a token or an assertion) and by
 * the portal (which apps to show): a client that is no tenant's app is not this rule's business; for an app, the user
 * must be enabled, an enabled member of the app's enabled tenant, and assigned (the app is for all members, or the
 * user holds its {@link TenantApps#ACCESS_ROLE}, directly or through a group).
 */
public final class AppAccess {

    /** The answer and why (the why goes to the event's error detail, never to the page). */
    public enum Decision {
        NOT_AN_APP(true), ALLOWED(true), APP_DISABLED(false), USER_DISABLED(false), NOT_MEMBER(false), NOT_ASSIGNED(false);

        private final boolean allowed;

        Decision(boolean allowed) {
            this.allowed = allowed;
        }

        public boolean allowed() {
            return allowed;
        }
    }

    private AppAccess() {
    }

    public static Decision check(KeycloakSession session, ClientModel client, UserModel user) {
        String tenantId = TenantApps.tenantOf(client);
        if (tenantId == null) {
            return Decision.NOT_AN_APP;
        }
        if (!client.isEnabled()) {
            return Decision.APP_DISABLED;
        }
        if (user == null || !user.isEnabled()) {
            return Decision.USER_DISABLED;
        }
        OrganizationProvider orgs = session.getProvider(OrganizationProvider.class);
        OrganizationModel tenant = orgs == null ? null : orgs.getById(tenantId);
        if (tenant == null || !tenant.isEnabled() || !orgs.isMember(tenant, user)) {
            return Decision.NOT_MEMBER;
        }
        if (TenantApps.assignedToAll(client)) {
            return Decision.ALLOWED;
        }
        RoleModel role = client.getRole(TenantApps.ACCESS_ROLE);
        if (role == null) {
            return Decision.NOT_ASSIGNED;
        }
        // the tenant's groups are Organization groups: their roles are asked of the groups the member is in (and their parents)
        return user.hasRole(role) || orgs.getOrganizationGroupsByMember(tenant, user).anyMatch(g -> g.hasRole(role))
                ? Decision.ALLOWED : Decision.NOT_ASSIGNED;
    }
}
