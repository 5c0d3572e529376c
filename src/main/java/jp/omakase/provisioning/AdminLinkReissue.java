package jp.omakase.provisioning;

import java.util.Map;

import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.omakase.order.ContractState;
import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.support.AfterCommit;

/**
 * 管理者用初回ログインURLの再発行 (contractor portal): the contract's current first-login link stops working at once,
 * and a new one (full lifespan) is mailed to the administrator after the commit.
 */
public final class AdminLinkReissue {

    private static final Logger LOG = Logger.getLogger(AdminLinkReissue.class);

    private AdminLinkReissue() {
    }

    /** What a request did: a new link is on its way; one was just sent or is pending (wait); no such contract. */
    public enum Outcome { REQUESTED, WAIT, NOT_FOUND }

    /** {@code NOT_FOUND} when {@code contractId} is not an ACTIVE contract of {@code contractor} in {@code bizid}. */
    public static Outcome request(KeycloakSession session, RealmModel bizid, UserModel contractor, String contractId) {
        ContractEntity contract = contractId == null ? null
                : TenantProvisioner.em(session).find(ContractEntity.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null || !contract.getRealmId().equals(bizid.getId()) || !contract.getUserId().equals(contractor.getId())
                || !ContractState.ACTIVE.name().equals(contract.getState()) || contract.getAdminUserId() == null) {
            return Outcome.NOT_FOUND;
        }
        if (ServiceNotice.requestReissue(session, contract) == ServiceNotice.Reissue.WAIT) {
            return Outcome.WAIT;
        }
        ProvisioningEvents.step(session, bizid, contractor, contract.getOrderId(), contract.getId(), OperationType.ACTION,
                "admin-link", "reissue-requested", Map.of("kind", contract.getNoticeKind()));
        LOG.infof("First-login link of contract %s reissued by its contractor %s", contract.getId(), contractor.getId());
        ProvisioningWorker worker = ProvisioningEventListenerProviderFactory.worker(session);
        AfterCommit.run(session, () -> worker.mail(contractId));
        return Outcome.REQUESTED;
    }
}
