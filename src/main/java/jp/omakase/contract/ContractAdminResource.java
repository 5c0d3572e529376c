package jp.omakase.contract;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import jp.omakase.order.Contract;
import jp.omakase.order.ContractState;
import jp.omakase.order.ContractStore;
import jp.omakase.support.AfterCommit;

/**
 * {@code /admin/realms/{bizid}/omakase/contracts}: the operator's view of the contracts. {@code GET} (view-realm) lists
 * them with their states and dates ({@code ?state=&first=&max=}); {@code POST {id}/termination} (manage-realm) ends one
 * now (non-payment…): TERMINATION_REQUESTED ending now, the lifecycle task then stops the tenant at once;
 * {@code POST lifecycle} (manage-realm) runs the lifecycle's due steps now and answers what it did ({@code ?at=}, an
 * ISO instant to run as at, only with the option {@code contract-test-clock}). Changes emit {@code OMAKASE_CONTRACT}
 * admin events.
 */
public class ContractAdminResource {

    private static final Logger LOG = Logger.getLogger(ContractAdminResource.class);
    private static final int MAX = 500;

    /** One contract as the operator sees it (no personal data beyond the administrator's address while it exists). */
    public record ContractRecord(String id, String orderId, String orderNumber, String state, String tenantName,
                                 String organizationId, String adminEmail, Long activatedAt, Long endAt, Long terminatedAt,
                                 Long purgeAt, long createdAt) {
    }

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final ContractLifecycle lifecycle;

    public ContractAdminResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent,
                                 ContractLifecycle lifecycle) {
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.lifecycle = lifecycle;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ContractRecord> list(@QueryParam("state") String state, @QueryParam("first") Integer first,
                                     @QueryParam("max") Integer max) {
        auth.realm().requireViewRealm();
        ContractState filter;
        try {
            filter = state == null || state.isBlank() ? null : ContractState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown state");
        }
        int from = first == null || first < 0 ? 0 : first;
        int size = max == null || max < 1 || max > MAX ? 100 : max;
        RealmModel realm = session.getContext().getRealm();
        return ContractStore.of(session).withOrdersOfRealm(realm.getId(), filter, from, size).stream().map(row -> {
            Contract c = row.contract();
            return new ContractRecord(c.id(), c.orderId(), row.order().orderNumber(), c.state().name(), c.tenantName(),
                    c.organizationId(), c.adminEmail(), c.activatedAt(), c.endAt(), c.terminatedAt(), c.purgeAt(),
                    row.order().createdAt());
        }).toList();
    }

    @POST
    @Path("{contractId}/termination")
    @Produces(MediaType.APPLICATION_JSON)
    public Response terminate(@PathParam("contractId") String contractId) {
        auth.realm().requireManageRealm();
        RealmModel realm = session.getContext().getRealm();
        Contract c = ContractStore.of(session).lock(contractId).filter(x -> x.realmId().equals(realm.getId()))
                .orElseThrow(() -> new NotFoundException("contract not found"));
        long now = System.currentTimeMillis();
        boolean ended = c.endNow(now);
        Map<String, Object> representation = ContractEvents.representation(c, "termination",
                Map.of("outcome", ended ? "requested" : "not_in_use", "by", "operator"));
        if (ended) {
            adminEvent.operation(OperationType.ACTION).resource(ContractEvents.RESOURCE).resourcePath(ContractEvents.path(c.id()))
                    .representation(representation).success();
            LOG.infof("Contract %s terminated now by an operator", c.id());
            AfterCommit.run(session, () -> lifecycle.kick(contractId));
        }
        return Response.status(ended ? Response.Status.ACCEPTED : Response.Status.CONFLICT).entity(representation).build();
    }

    @POST
    @Path("lifecycle")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> runNow(@QueryParam("at") String at) {
        auth.realm().requireManageRealm();
        long when = System.currentTimeMillis();
        if (at != null && !at.isBlank()) {
            if (!lifecycle.settings().testClock()) {
                throw new BadRequestException("'at' needs the option " + ContractLifecycleSettings.TEST_CLOCK);
            }
            try {
                when = Instant.parse(at.strip()).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new BadRequestException("'at' is not an ISO instant");
            }
        }
        Map<String, String> done = lifecycle.runNow(when);
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("step", "lifecycle");
        representation.put("at", Instant.ofEpochMilli(when).toString());
        representation.put("contracts", done);
        adminEvent.operation(OperationType.ACTION).resource(ContractEvents.RESOURCE).resourcePath("omakase/contracts/lifecycle")
                .representation(representation).success();
        return representation;
    }
}
