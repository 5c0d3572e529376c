package jp.omakase.tenant.apps;

import java.util.Map;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleEvents;

/**
 * Admin events of SaaS設定, in the transaction of the change, with Keycloak's own resource types and paths: {@code CLIENT}
 * at {@code clients/<id>} for the app, {@code CLIENT_ROLE_MAPPING} at {@code groups|users/<id>/role-mappings/clients/<id>}
 * for an assignment; representation {@code {"tenantId","change",…}}: ids and choices only, never a URL, a name or a secret.
 */
final class AppEvents {

    private AppEvents() {
    }

    /** {@code created}, {@code updated}, {@code enabled}, {@code disabled}, {@code deleted}, {@code secret-rotated}, {@code assignment}. */
    static void app(ConsoleAccess.Granted access, OperationType operation, String appId, String change, Map<String, Object> details) {
        ConsoleEvents.record(access, operation, ResourceType.CLIENT, "clients/" + appId, change, details);
    }

    /** {@code access-granted} / {@code access-revoked} for a group or a user ({@code kind} {@code groups} or {@code users}). */
    static void access(ConsoleAccess.Granted access, OperationType operation, String kind, String holderId, String appId, String change) {
        ConsoleEvents.record(access, operation, ResourceType.CLIENT_ROLE_MAPPING, kind + "/" + holderId + "/role-mappings/clients/" + appId,
                change, Map.of("appId", appId, "users".equals(kind) ? "userId" : "groupId", holderId));
    }
}
