package jp.omakase.tenant.groups;

import java.util.Map;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleEvents;

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
        ConsoleEvents.record(access, operation, ResourceType.ORGANIZATION_GROUP, path(access, groupId), change, details);
    }

    /** A membership change ({@code member-added}, {@code member-removed}). */
    static void membership(ConsoleAccess.Granted access, OperationType operation, String groupId, String userId, String change) {
        ConsoleEvents.record(access, operation, ResourceType.ORGANIZATION_GROUP_MEMBERSHIP,
                path(access, groupId) + "/members/" + userId, change, Map.of("groupId", groupId, "userId", userId));
    }

    private static String path(ConsoleAccess.Granted access, String groupId) {
        return "organizations/" + access.tenant().getId() + "/groups/" + groupId;
    }
}
