package jp.omakase.tenant.groups;

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
 * Admin events of グループ管理, written in the transaction of the change: resource type {@code GROUP}, path
 * {@code groups/<id>}, the tenant administrator as the actor, representation {@code {"tenantId","change",…}}: ids
 * only, never a name.
 */
final class GroupEvents {

    private GroupEvents() {
    }

    static void record(ConsoleAccess.Granted access, OperationType operation, String groupId, String change, Map<String, Object> details) {
        ClientModel client = access.realm().getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        AdminAuth auth = new AdminAuth(access.realm(), new AccessToken(), access.admin(), client);
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("tenantId", access.tenant().getId());
        representation.put("change", change);
        representation.putAll(details);
        new AdminEventBuilder(access.realm(), auth, access.session(), access.session().getContext().getConnection())
                .operation(operation).resource(ResourceType.GROUP).resourcePath("groups/" + groupId)
                .representation(representation).success();
    }
}
