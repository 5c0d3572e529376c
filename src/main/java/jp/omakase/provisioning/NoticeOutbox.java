package jp.omakase.provisioning;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.mail.MailRenderer;
import jp.omakase.order.Contract;
import jp.omakase.order.ContractStore;
import jp.omakase.order.NoticeKind;
import jp.omakase.order.Order;
import jp.omakase.order.OrderStore;

/**
 * The outbox of a contract's mail to its administrator (the mail itself: {@link ServiceMail}). One attempt claims the
 * PENDING mail for a lease and renders it in one transaction, hands it to the SMTP server outside any transaction,
 * then records SENT, or the next attempt after the backoff, by a conditional update that applies only while it still
 * holds the lease. A crash between SMTP and the record sends the mail again after the lease (with a new link): a mail
 * may arrive twice, it is never lost. The lease is provisioning's {@code claim-lease-seconds}: a node that died holding a
 * mail gives it to another within seconds (an SMTP exchange longer than the lease may send it twice). Reasons in events and logs are exception classes only (SMTP messages may carry
 * the address).
 */
final class NoticeOutbox {

    private static final Logger LOG = Logger.getLogger(NoticeOutbox.class);

    private final ProvisioningSettings settings;
    private final ServiceMail mail;

    NoticeOutbox(ProvisioningSettings settings) {
        this.settings = settings;
        this.mail = new ServiceMail(settings);
    }

    /** A claimed, rendered mail. */
    private record Prepared(String bizidRealmId, String orderId, NoticeKind kind, long lease, MailRenderer.Rendered mail) {
    }

    /** Sends the contract's pending mail if it is due and no other attempt is under way. */
    void send(KeycloakSessionFactory factory, String contractId) {
        Prepared prepared;
        try {
            prepared = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> prepare(s, contractId));
        } catch (RuntimeException e) {
            notPrepared(factory, contractId, e);
            return;
        }
        if (prepared == null) {
            return;
        }
        EmailException failure = null;
        try {
            MailRenderer.send(factory, prepared.mail());
        } catch (EmailException e) {
            failure = e;
        }
        record(factory, contractId, prepared, failure);
    }

    private Prepared prepare(KeycloakSession s, String contractId) {
        long now = System.currentTimeMillis();
        long lease = now + settings.claimLease() * 1000L;
        Contract contract = ContractStore.of(s).claimMail(contractId, now, lease).orElse(null);
        if (contract == null) {
            return null;
        }
        Order order = OrderStore.of(s).find(contract.orderId()).orElseThrow();
        return new Prepared(contract.realmId(), order.id(), contract.noticeKind(), lease, mail.render(s, contract, order));
    }

    /**
     * The outcome of one attempt, recorded only while the attempt still owns the mail (its lease): a reissue asked for
     * meanwhile took the lease away, and its newer mail stays pending.
     */
    private void record(KeycloakSessionFactory factory, String contractId, Prepared prepared, EmailException failure) {
        long now = System.currentTimeMillis();
        String reason = failure == null ? null : MailRenderer.causes(failure);
        KeycloakModelUtils.runJobInTransaction(factory, s -> {
            ContractStore contracts = ContractStore.of(s);
            Contract contract = contracts.find(contractId).orElseThrow();
            int attempt = contract.noticeAttempts() + 1;
            long next = now + settings.mailRetryDelay(attempt) * 1000L;
            boolean updated = failure == null ? contracts.mailSent(contractId, now, prepared.lease())
                    : contracts.mailRetry(contractId, now, prepared.lease(), next);
            Map<String, Object> details = new HashMap<>();
            details.put("kind", prepared.kind().name());
            details.put("attempt", attempt);
            if (failure != null) {
                details.put("reason", reason);
                if (updated) {
                    details.put("nextAttemptAt", Instant.ofEpochMilli(next).toString());
                }
            }
            event(s, prepared.bizidRealmId(), contract, prepared.orderId(), failure == null ? "sent" : "retry", details);
            if (failure == null) {
                LOG.infof("Mail %s of contract %s (order %s) sent, attempt %d%s", prepared.kind(), contractId, prepared.orderId(),
                        attempt, updated ? "" : "; a newer mail was asked for meanwhile and stays pending");
            } else {
                LOG.errorf("Mail %s of contract %s (order %s) not sent, attempt %d, next at %s: %s", prepared.kind(), contractId,
                        prepared.orderId(), attempt, updated ? Instant.ofEpochMilli(next) : "-", reason);
            }
        });
    }

    /** A mail that could not even be prepared (no administrator, no URL...): waits like a refused one, and says why. */
    private void notPrepared(KeycloakSessionFactory factory, String contractId, RuntimeException cause) {
        long now = System.currentTimeMillis();
        String reason = TenantProvisioner.reason(cause);
        try {
            KeycloakModelUtils.runJobInTransaction(factory, s -> {
                ContractStore contracts = ContractStore.of(s);
                Contract contract = contracts.find(contractId).orElse(null);
                if (contract == null) {
                    return;
                }
                int attempt = contract.noticeAttempts() + 1;
                long next = now + settings.mailRetryDelay(attempt) * 1000L;
                contracts.mailNotPrepared(contractId, now, next);
                event(s, contract.realmId(), contract, contract.orderId(), "retry",
                        Map.of("kind", String.valueOf(contract.noticeKind()), "attempt", attempt, "reason", reason,
                                "nextAttemptAt", Instant.ofEpochMilli(next).toString()));
                LOG.errorf("Mail of contract %s could not be prepared (attempt %d, next at %s): %s", contractId, attempt,
                        Instant.ofEpochMilli(next), reason);
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Mail of contract %s could not be prepared (%s) and the failure could not be recorded", contractId, reason);
        }
    }

    private static void event(KeycloakSession s, String bizidRealmId, Contract contract, String orderId, String outcome,
                              Map<String, Object> details) {
        RealmModel bizid = s.realms().getRealm(bizidRealmId);
        s.getContext().setRealm(bizid);
        UserModel actor = s.users().getUserById(bizid, contract.userId());
        if (actor != null) {
            ProvisioningEvents.step(s, bizid, actor, orderId, contract.id(), OperationType.ACTION, "mail", outcome, details);
        }
    }
}
