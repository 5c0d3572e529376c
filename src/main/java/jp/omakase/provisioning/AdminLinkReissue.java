package jp.omakase.provisioning;

import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.jpa.entities.UserEntity;

import jp.omakase.order.ContractState;
import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.support.AfterCommit;

/**
 * 管理者用初回ログインURLの再発行 (contractor portal): the contract's current first-login link stops working at once,
 * and a new one (full lifespan) is mailed to the administrator after the commit. Reissues are limited per contract
 * and per Business ID in 24 hours (options); the counts are columns of the contracts, so they hold across restarts
 * and nodes, and the Business ID's row lock makes simultaneous requests count one after the other.
 */
public final class AdminLinkReissue {

    static final long DAY_MILLIS = 86_400_000L;
    private static final Logger LOG = Logger.getLogger(AdminLinkReissue.class);

    private AdminLinkReissue() {
    }

    /** What a request did: a new link is on its way; one was just sent or is pending (wait); a daily limit is reached; no such contract. */
    public enum Outcome { REQUESTED, WAIT, LIMIT, NOT_FOUND }

    /**
     * True when one more reissue is not allowed: the contract's count in its 24-hour window (which started at
     * {@code windowAt}; a window over 24 hours old counts nothing) or the Business ID's count in the last 24 hours is at
     * its limit.
     */
    static boolean limited(Long windowAt, int count, long ofBusinessId, long now, ProvisioningSettings settings) {
        boolean windowOpen = windowAt != null && now - windowAt < DAY_MILLIS;
        return (windowOpen && count >= settings.reissuesPerContract()) || ofBusinessId >= settings.reissuesPerBusinessId();
    }

    /** {@code NOT_FOUND} when {@code contractId} is not an ACTIVE contract of {@code contractor} in {@code bizid}. */
    public static Outcome request(KeycloakSession session, RealmModel bizid, UserModel contractor, String contractId) {
        EntityManager em = TenantProvisioner.em(session);
        em.find(UserEntity.class, contractor.getId(), LockModeType.PESSIMISTIC_WRITE);
        ContractEntity contract = contractId == null ? null : em.find(ContractEntity.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null || !contract.getRealmId().equals(bizid.getId()) || !contract.getUserId().equals(contractor.getId())
                || !ContractState.ACTIVE.name().equals(contract.getState()) || contract.getAdminUserId() == null) {
            return Outcome.NOT_FOUND;
        }
        ProvisioningSettings settings = ProvisioningEventListenerProviderFactory.settings(session);
        long now = System.currentTimeMillis();
        boolean newWindow = contract.getReissueWindowAt() == null || now - contract.getReissueWindowAt() >= DAY_MILLIS;
        long ofBusinessId = em.createNamedQuery("omakase.reissuesOfUser", Number.class).setParameter("realmId", bizid.getId())
                .setParameter("userId", contractor.getId()).setParameter("since", now - DAY_MILLIS).getSingleResult().longValue();
        if (limited(contract.getReissueWindowAt(), contract.getReissueCount(), ofBusinessId, now, settings)) {
            ProvisioningEvents.step(session, bizid, contractor, contract.getOrderId(), contract.getId(), OperationType.ACTION,
                    "admin-link", "reissue-limited", Map.of());
            LOG.infof("First-login link reissue of contract %s refused: daily limit reached", contract.getId());
            return Outcome.LIMIT;
        }
        if (ServiceNotice.requestReissue(session, contract) == ServiceNotice.Reissue.WAIT) {
            return Outcome.WAIT;
        }
        contract.setReissueWindowAt(newWindow ? now : contract.getReissueWindowAt());
        contract.setReissueCount(newWindow ? 1 : contract.getReissueCount() + 1);
        ProvisioningEvents.step(session, bizid, contractor, contract.getOrderId(), contract.getId(), OperationType.ACTION,
                "admin-link", "reissue-requested", Map.of("kind", contract.getNoticeKind()));
        LOG.infof("First-login link of contract %s reissued by its contractor %s", contract.getId(), contractor.getId());
        ProvisioningWorker worker = ProvisioningEventListenerProviderFactory.worker(session);
        AfterCommit.run(session, () -> worker.mail(contractId));
        return Outcome.REQUESTED;
    }
}
