package jp.omakase.contract;

import java.util.LinkedHashMap;
import java.util.Map;

import org.keycloak.common.ClientConnection;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import jp.omakase.order.Contract;
import jp.omakase.provisioning.ProvisioningEvents;

/**
 * Admin events of a contract's life, in the Business ID realm, resource type {@link #RESOURCE} on
 * {@code omakase/contracts/<id>}: the contractor's changes (actor: its Business ID) and the lifecycle task's steps
 * (actor: the contractor, on whose contract the server acts). Representations carry ids, states and dates, never an
 * address or a name.
 */
final class ContractEvents {

    static final String RESOURCE = "OMAKASE_CONTRACT";

    private ContractEvents() {
    }

    static String path(String contractId) {
        return "omakase/contracts/" + contractId;
    }

    static Map<String, Object> representation(Contract c, String step, Map<String, Object> details) {
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("contractId", c.id());
        representation.put("orderId", c.orderId());
        representation.put("step", step);
        representation.put("state", c.state().name());
        representation.putAll(details);
        return representation;
    }

    /** An event of {@code step} with the contractor {@code actor} as its author; {@code connection} null outside a request. */
    static void record(KeycloakSession s, RealmModel bizid, UserModel actor, ClientConnection connection, Contract c,
                       OperationType operation, String step, Map<String, Object> details) {
        AdminEventBuilder builder = ProvisioningEvents.builder(s, bizid, bizid, actor, connection);
        builder.operation(operation).resource(RESOURCE).resourcePath(path(c.id()))
                .representation(representation(c, step, details)).success();
    }
}
