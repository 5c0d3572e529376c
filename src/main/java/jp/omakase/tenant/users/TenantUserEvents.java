package jp.omakase.tenant.users;

import java.util.LinkedHashMap;
import java.util.Map;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import jp.omakase.tenant.ConsoleAccess;

/**
 * Admin events of the tenant console, written in the transaction of the change: resource type {@code USER}, path
 * {@code users/<id>} (so the admin console's user filter finds them), the tenant administrator as the actor, and a
 * representation with the tenant id, the change and the changed fields' names: never a value, an address or a link.
 */
final class TenantUserEvents {

    private TenantUserEvents() {
    }

    static void record(ConsoleAccess.Granted access, OperationType operation, String userId, String change, Map<String, Object> details) {
        ClientModel client = access.realm().getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        AdminAuth auth = new AdminAuth(access.realm(), new AccessToken(), access.admin(), client);
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("tenantId", access.tenant().getId());
        representation.put("change", change);
        representation.putAll(details);
        new AdminEventBuilder(access.realm(), auth, access.session(), access.session().getContext().getConnection())
                .operation(operation).resource(ResourceType.USER).resourcePath("users/" + userId)
                .representation(representation).success();
    }
}
