package jp.omakase.provisioning;

import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;

/** Keycloak's timer runs this every {@code redrive-interval-seconds}: see {@link ProvisioningWorker#redrive}. */
final class ProvisioningRedriveTask implements ScheduledTask {

    static final String NAME = "omakase-provisioning-redrive";

    private final ProvisioningWorker worker;

    ProvisioningRedriveTask(ProvisioningWorker worker) {
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
