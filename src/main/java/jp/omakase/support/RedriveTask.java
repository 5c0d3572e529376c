package jp.omakase.support;

import java.util.function.Consumer;

import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;

/**
 * A task Keycloak's timer runs every few seconds on every node: the re-drive of an outbox or a state machine (provisioning,
 * mail outbox). What it does must be safe on several nodes at once (claims by conditional update).
 */
public record RedriveTask(String name, Consumer<KeycloakSession> redrive) implements ScheduledTask {

    @Override
    public void run(KeycloakSession session) {
        redrive.accept(session);
    }

    @Override
    public String getTaskName() {
        return name;
    }
}
