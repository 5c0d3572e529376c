package jp.omakase.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import jp.omakase.order.Contract;
import jp.omakase.order.ContractStore;
import jp.omakase.order.Order;
import jp.omakase.order.OrderState;
import jp.omakase.order.OrderStore;
import jp.omakase.support.AfterCommit;

/**
 * {@code POST /admin/realms/{realm}/omakase/orders/{id}/provisioning} (manage-realm): provisions the order now, or
 * sends its pending mail now. A FAILED order starts again from ORDERED with its attempts reset; a HELD order (the
 * Business ID's open contracts were at the limit) is released the same way. Calling it while
 * the order is being provisioned, or twice, changes nothing: the claims decide. Answers 202 with the order's state.
 */
public class ProvisioningAdminResource {

    private static final Logger LOG = Logger.getLogger(ProvisioningAdminResource.class);

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final ProvisioningWorker worker;

    public ProvisioningAdminResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent,
                                     ProvisioningWorker worker) {
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.worker = worker;
    }

    @POST
    @Path("{orderId}/provisioning")
    @Produces(MediaType.APPLICATION_JSON)
    public Response redrive(@PathParam("orderId") String orderId) {
        auth.realm().requireManageRealm();
        RealmModel realm = session.getContext().getRealm();
        Order order = OrderStore.of(session).find(orderId).filter(o -> o.realmId().equals(realm.getId()))
                .orElseThrow(() -> new NotFoundException("order not found"));
        boolean released = order.state() == OrderState.HELD;
        order.restart(System.currentTimeMillis());
        // due now; an attempt under way keeps its lease and records its own outcome
        Contract contract = ContractStore.of(session).lockByOrder(orderId).orElse(null);
        boolean mail = contract != null && contract.mailDueNow(System.currentTimeMillis());
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("orderId", orderId);
        representation.put("step", "redrive");
        representation.put("outcome", "requested");
        representation.put("state", order.state().name());
        if (released) {
            representation.put("released", true);
        }
        adminEvent.operation(OperationType.ACTION).resource(ProvisioningEvents.RESOURCE)
                .resourcePath("omakase/orders/" + orderId).representation(representation).success();
        LOG.infof("Provisioning of order %s re-driven by an administrator (state %s)", orderId, order.state());
        String contractId = contract == null ? null : contract.id();
        AfterCommit.run(session, () -> {
            worker.order(orderId);
            if (mail) {
                worker.mail(contractId);
            }
        });
        return Response.accepted(representation).build();
    }
}
