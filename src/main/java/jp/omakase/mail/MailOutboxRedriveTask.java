package jp.omakase.mail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;

/** Keycloak's timer runs this every {@code redrive-interval-seconds} on every node: see {@link MailOutboxWorker#redrive}. */
final class MailOutboxRedriveTask implements ScheduledTask {

    static final String NAME = "omakase-mail-outbox-redrive";

    private final MailOutboxWorker worker;

    MailOutboxRedriveTask(MailOutboxWorker worker) {
        this.worker = worker;
    }

    @Override
    public void run(KeycloakSession session) {
        worker.redrive(session);
    }

    @Override
    public String getTaskName() {
        return NAME;
    }
}
