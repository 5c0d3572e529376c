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
 * Admin events of グループ管理, written in the transaction of the change, with Keycloak's own resource types and paths
 * (as its Organization admin API writes them): {@code ORGANIZATION_GROUP} at {@code organizations/<tenant>/groups/<id>},
 * {@code ORGANIZATION_GROUP_MEMBERSHIP} at {@code …/groups/<id>/members/<user>}; the tenant administrator as the actor;
 * representation {@code {"tenantId","change",…}}: ids only, never a name.
 */
final class GroupEvents {

    private GroupEvents() {
    }

    /** A change of the group itself ({@code created}, {@code renamed}, {@code deleted}). */
    static void group(ConsoleAccess.Granted access, OperationType operation, String groupId, String change, Map<String, Object> details) {
        record(access, operation, ResourceType.ORGANIZATION_GROUP, path(access, groupId), change, details);
    }

    /** A membership change ({@code member-added}, {@code member-removed}). */
    static void membership(ConsoleAccess.Granted access, OperationType operation, String groupId, String userId, String change) {
        record(access, operation, ResourceType.ORGANIZATION_GROUP_MEMBERSHIP, path(access, groupId) + "/members/" + userId, change,
                Map.of("groupId", groupId, "userId", userId));
    }

    private static String path(ConsoleAccess.Granted access, String groupId) {
        return "organizations/" + access.tenant().getId() + "/groups/" + groupId;
    }

    private static void record(ConsoleAccess.Granted access, OperationType operation, ResourceType type, String path, String change,
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
