package jp.omakase.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;

import org.keycloak.common.ClientConnection;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Admin events of provisioning, written in the transaction of the step they describe. The actor is the contractor's
 * Business ID (on whose order the server acts) through the Business ID realm's {@code realm-management} client.
 * Representations carry ids, states and error classes: never an address, a token or a link.
 */
public final class ProvisioningEvents {

    /** Resource type of the Business ID realm's events: one per step and outcome of an order's provisioning. */
    static final String RESOURCE = "OMAKASE_PROVISIONING";

    private ProvisioningEvents() {
    }

    public static AdminEventBuilder builder(KeycloakSession session, RealmModel eventRealm, RealmModel actorRealm, UserModel actor) {
        return builder(session, eventRealm, actorRealm, actor, SERVER);
    }

    /** As above, for an event of a request: its client's address. */
    public static AdminEventBuilder builder(KeycloakSession session, RealmModel eventRealm, RealmModel actorRealm, UserModel actor,
                                            ClientConnection connection) {
        ClientModel client = actorRealm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        AdminAuth auth = new AdminAuth(actorRealm, new AccessToken(), actor, client);
        return new AdminEventBuilder(eventRealm, auth, session, connection == null ? SERVER : connection);
    }

    /** An {@code OMAKASE_PROVISIONING} event on {@code omakase/orders/<id>} of the Business ID realm. */
    static void step(KeycloakSession session, RealmModel bizid, UserModel actor, String orderId, String contractId,
                     OperationType operation, String step, String outcome, Map<String, Object> details) {
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("orderId", orderId);
        representation.put("contractId", contractId);
        representation.put("step", step);
        representation.put("outcome", outcome);
        representation.putAll(details);
        builder(session, bizid, bizid, actor).operation(operation).resource(RESOURCE)
                .resourcePath("omakase/orders/" + orderId).representation(representation).success();
    }

    /** The server itself, as the "client address" of events written outside a request. */
    private static final ClientConnection SERVER = new ClientConnection() {
        @Override
        public String getRemoteAddr() {
            return "127.0.0.1";
        }

        @Override
        public String getRemoteHost() {
            return "127.0.0.1";
        }
    };
}
