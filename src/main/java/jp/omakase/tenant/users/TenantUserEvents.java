package jp.omakase.tenant.users;

import java.util.Map;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleEvents;

/**
 * Admin events of the tenant console, written in the transaction of the change: resource type {@code USER}, path
 * {@code users/<id>} (so the admin console's user filter finds them), the tenant administrator as the actor, and a
 * representation with the tenant id, the change and the changed fields' names: never a value, an address or a link.
 */
final class TenantUserEvents {

    private TenantUserEvents() {
    }

    static void record(ConsoleAccess.Granted access, OperationType operation, String userId, String change, Map<String, Object> details) {
        ConsoleEvents.record(access, operation, ResourceType.USER, "users/" + userId, change, details);
    }
}
