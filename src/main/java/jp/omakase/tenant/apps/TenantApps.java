package jp.omakase.tenant.apps;

import java.util.stream.Stream;

import org.keycloak.models.ClientModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

/**
 * The vocabulary of a tenant's SaaS app (SaaS設定): an app is a client of the service realm ({@code omakase}) that
 * belongs to exactly one tenant, marked by client attributes, never by its client id (a SAML app's client id is the
 * SP's entity ID, which the SaaS chooses):
 * <ul>
 *   <li>{@link #TENANT} the Organization id of the owning tenant (only apps carry it; the service's own clients such as
 *       the tenant console and the portal do not, so the access gate leaves them alone);</li>
 *   <li>{@link #TEMPLATE} the catalogue template the app was made from ({@code google-workspace}, {@code custom-saml}…);</li>
 *   <li>{@link #ASSIGNMENT} {@link #ASSIGN_ALL} (every member of the tenant) or {@link #ASSIGN_CHOSEN} (the groups and
 *       users holding the app's client role {@link #ACCESS_ROLE}, directly or through a group);</li>
 *   <li>{@link #DISPLAY_NAME} the name the tenant gave the app, shown in the console and the portal.</li>
 * </ul>
 */
public final class TenantApps {

    public static final String TENANT = "omakase.tenant";
    public static final String TEMPLATE = "omakase.template";
    public static final String ASSIGNMENT = "omakase.assignment";
    public static final String DISPLAY_NAME = "omakase.displayName";
    public static final String ASSIGN_ALL = "all";
    public static final String ASSIGN_CHOSEN = "chosen";
    /** The client role of an app that its chosen groups and users hold. */
    public static final String ACCESS_ROLE = "omakase-access";

    private TenantApps() {
    }

    /** The owning tenant's id, or null when {@code client} is not a tenant's app. */
    public static String tenantOf(ClientModel client) {
        return client == null ? null : client.getAttribute(TENANT);
    }

    /** True when {@code client} is an app of {@code tenant}. */
    public static boolean belongsTo(ClientModel client, OrganizationModel tenant) {
        return tenant != null && tenant.getId().equals(tenantOf(client));
    }

    /** The apps of {@code tenant}: clients searched by the tenant attribute (never all clients of the realm). */
    public static Stream<ClientModel> of(RealmModel realm, OrganizationModel tenant) {
        return realm.searchClientByAttributes(java.util.Map.of(TENANT, tenant.getId()), null, null);
    }

    /** True when every member may use the app (the default when the attribute is missing). */
    public static boolean assignedToAll(ClientModel client) {
        return !ASSIGN_CHOSEN.equals(client.getAttribute(ASSIGNMENT));
    }
}
