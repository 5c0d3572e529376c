package jp.omakase.provisioning;

import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;

import jp.omakase.order.OrderService;
import jp.omakase.support.AfterCommit;

/**
 * Thin: a new order ({@code OMAKASE_ORDER} CREATE admin event of the realm it is enabled on) is handed to the
 * provisioning worker once its transaction has committed. Everything else is ignored.
 */
public class ProvisioningEventListenerProvider implements EventListenerProvider {

    private final KeycloakSession session;
    private final ProvisioningWorker worker;

    ProvisioningEventListenerProvider(KeycloakSession session, ProvisioningWorker worker) {
        this.session = session;
        this.worker = worker;
    }

    @Override
    public void onEvent(Event event) {
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (event.getOperationType() != OperationType.CREATE || !OrderService.EVENT_RESOURCE.equals(event.getResourceTypeAsString())
                || event.getResourcePath() == null) {
            return;
        }
        String path = event.getResourcePath();
        String orderId = path.substring(path.lastIndexOf('/') + 1);
        AfterCommit.run(session, () -> worker.order(orderId));
    }

    @Override
    public void close() {
    }
}
