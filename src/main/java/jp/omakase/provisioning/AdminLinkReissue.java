package jp.omakase.provisioning;

import java.util.Map;

import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.jpa.entities.UserEntity;

import jp.omakase.order.Contract;
import jp.omakase.order.ContractStore;
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

    private final ProvisioningSettings settings;
    private final ProvisioningWorker worker;

    public AdminLinkReissue(ProvisioningSettings settings, ProvisioningWorker worker) {
        this.settings = settings;
        this.worker = worker;
    }

    /**
     * What a request did: a new link is on its way; one was just sent or is pending (wait); a daily limit is reached;
     * the contract is not an ACTIVE contract of the caller (nothing done, nothing told).
     */
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
    public Outcome request(KeycloakSession session, RealmModel bizid, UserModel contractor, String contractId) {
        session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .find(UserEntity.class, contractor.getId(), LockModeType.PESSIMISTIC_WRITE);
        ContractStore contracts = ContractStore.of(session);
        Contract contract = contracts.lock(contractId).orElse(null);
        if (contract == null || !contract.realmId().equals(bizid.getId()) || !contract.userId().equals(contractor.getId())
                || !contract.reissuable()) {
            return Outcome.NOT_FOUND;
        }
        long now = System.currentTimeMillis();
        boolean newWindow = contract.reissueWindowAt() == null || now - contract.reissueWindowAt() >= DAY_MILLIS;
        long ofBusinessId = contracts.reissuesOf(bizid.getId(), contractor.getId(), now - DAY_MILLIS);
        if (limited(contract.reissueWindowAt(), contract.reissueCount(), ofBusinessId, now, settings)) {
            ProvisioningEvents.step(session, bizid, contractor, contract.orderId(), contract.id(), OperationType.ACTION,
                    "admin-link", "reissue-limited", Map.of());
            LOG.infof("First-login link reissue of contract %s refused: daily limit reached", contract.id());
            return Outcome.LIMIT;
        }
        // a second request while a reissued mail is pending, or within a minute of one sent, waits
        if (contract.reissueWaits(now)) {
            return Outcome.WAIT;
        }
        AdminFirstLoginLink.revokePrevious(session, contract, Time.currentTime());
        contract.queueReissue(now);
        contract.countReissue(newWindow, now);
        ProvisioningEvents.step(session, bizid, contractor, contract.orderId(), contract.id(), OperationType.ACTION,
                "admin-link", "reissue-requested", Map.of("kind", contract.noticeKind().name()));
        LOG.infof("First-login link of contract %s reissued by its contractor %s", contract.id(), contractor.getId());
        AfterCommit.run(session, () -> worker.mail(contractId));
        return Outcome.REQUESTED;
    }
}
