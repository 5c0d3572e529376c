package jp.omakase.gate;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import jp.omakase.tenant.MemberTenants;
import jp.omakase.tenant.security.TenantNetworks;

/**
 * {@code omakase-allowed-networks}: placed REQUIRED after the login in the service realm's browser and direct grant
 * flows, it refuses a tenant member signing in from an address outside the tenant's allowed networks
 * ({@link TenantNetworks}; for every tenant the user is in). The address is Keycloak's own view of the client
 * ({@code ClientConnection}): the peer, or the forwarded address only when Keycloak is started with
 * {@code --proxy-headers} (and, if set, the request comes from {@code --proxy-trusted-addresses}); a header Keycloak
 * does not trust is never read here. Refused: a {@code LOGIN_ERROR} event {@code omakase_network_not_allowed} naming
 * the address (the event's IP address and the detail {@link #DETAIL}), and a page saying so (browser) or an OAuth error
 * (direct grant). A challenge, not a failure: it does not count toward the brute-force lockout.
 */
public class AllowedNetworksAuthenticator implements Authenticator {

    public static final String ERROR = "omakase_network_not_allowed";
    public static final String DETAIL = "omakase_client_address";
    static final String MESSAGE = "omakaseNetworkRefusedMessage";
    static final String OAUTH_DESCRIPTION = "Sign-in from this network is not allowed";

    private final String adminRole;

    AllowedNetworksAuthenticator(String adminRole) {
        this.adminRole = adminRole;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String address = context.getConnection().getRemoteAddr();
        if (user == null || allowed(context.getSession(), context.getRealm(), user, address)) {
            context.success();
            return;
        }
        context.getEvent().user(user).detail(DETAIL, address).detail(Details.REASON, ERROR).error(ERROR);
        context.challenge(AccessGateAuthenticator.DIRECT_GRANT_PATH.equals(context.getFlowPath())
                ? Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("error", GateDecisions.OAUTH_ERROR, "error_description", OAUTH_DESCRIPTION)).build()
                : context.form().setError(MESSAGE, address).createErrorPage(Response.Status.FORBIDDEN));
    }

    /** True when every enabled tenant of {@code user} lets {@code address} in. */
    boolean allowed(KeycloakSession session, RealmModel realm, UserModel user, String address) {
        OrganizationProvider orgs = session.getProvider(OrganizationProvider.class);
        if (orgs == null || !orgs.isEnabled()) {
            return true;
        }
        Boolean[] administrator = {null};
        return MemberTenants.of(session, user).stream().filter(OrganizationModel::isEnabled).map(TenantNetworks::of).filter(TenantNetworks::restricts)
                .allMatch(n -> n.allows(address, administrator[0] != null ? administrator[0]
                        : (administrator[0] = isAdministrator(realm, user))));
    }

    private boolean isAdministrator(RealmModel realm, UserModel user) {
        RoleModel role = realm.getRole(adminRole);
        return role != null && user.hasRole(role);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
