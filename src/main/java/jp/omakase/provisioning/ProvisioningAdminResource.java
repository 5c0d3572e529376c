package jp.omakase.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.LockModeType;
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

import jp.omakase.order.OrderState;
import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;
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

    public ProvisioningAdminResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @POST
    @Path("{orderId}/provisioning")
    @Produces(MediaType.APPLICATION_JSON)
    public Response redrive(@PathParam("orderId") String orderId) {
        auth.realm().requireManageRealm();
        RealmModel realm = session.getContext().getRealm();
        OrderEntity order = TenantProvisioner.em(session).find(OrderEntity.class, orderId);
        if (order == null || !order.getRealmId().equals(realm.getId())) {
            throw new NotFoundException("order not found");
        }
        boolean released = OrderState.HELD.name().equals(order.getState());
        if (released || OrderState.FAILED.name().equals(order.getState())) {
            order.setState(OrderState.ORDERED.name());
            order.setRetryCount(0);
            order.setUpdatedAt(System.currentTimeMillis());
        }
        ContractEntity contract = TenantProvisioner.em(session).createNamedQuery("omakase.contractByOrder", ContractEntity.class)
                .setParameter("orderId", orderId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        boolean mail = contract != null && ServiceNotice.PENDING.equals(contract.getNoticeState());
        if (mail) {
            // due now; an attempt under way keeps its lease and records its own outcome
            contract.setNoticeNextAt(Math.min(contract.getNoticeNextAt() == null ? Long.MAX_VALUE : contract.getNoticeNextAt(),
                    System.currentTimeMillis()));
        }
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("orderId", orderId);
        representation.put("step", "redrive");
        representation.put("outcome", "requested");
        representation.put("state", order.getState());
        if (released) {
            representation.put("released", true);
        }
        adminEvent.operation(OperationType.ACTION).resource(ProvisioningEvents.RESOURCE)
                .resourcePath("omakase/orders/" + orderId).representation(representation).success();
        LOG.infof("Provisioning of order %s re-driven by an administrator (state %s)", orderId, order.getState());
        ProvisioningWorker worker = ProvisioningEventListenerProviderFactory.worker(session);
        String contractId = contract == null ? null : contract.getId();
        AfterCommit.run(session, () -> {
            worker.order(orderId);
            if (mail) {
                worker.mail(contractId);
            }
        });
        return Response.accepted(representation).build();
    }
}
