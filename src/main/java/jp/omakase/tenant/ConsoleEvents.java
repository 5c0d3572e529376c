package jp.omakase.tenant;

import java.util.LinkedHashMap;
import java.util.Map;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * The one way the tenant console writes an admin event, in the transaction of the change: the tenant administrator as
 * the actor (through the realm's {@code realm-management} client, as Keycloak's admin API records it) and a
 * representation {@code {"tenantId","change",…details}}. Callers pass ids and field names only, never a value.
 */
public final class ConsoleEvents {

    private ConsoleEvents() {
    }

    /** Records {@code change} on {@code type} at {@code path} for the tenant of {@code access}. */
    public static void record(ConsoleAccess.Granted access, OperationType operation, ResourceType type, String path, String change,
                              Map<String, Object> details) {
        ClientModel client = access.realm().getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        AdminAuth auth = new AdminAuth(access.realm(), new AccessToken(), access.admin(), client);
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("tenantId", access.tenant().getId());
        representation.put("change", change);
        representation.putAll(details);
        new AdminEventBuilder(access.realm(), auth, access.session(), access.session().getContext().getConnection())
                .operation(operation).resource(type).resourcePath(path)
                .representation(representation).success();
    }
}
