package jp.omakase.provisioning;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;
import jp.omakase.support.AfterCommitMailer;
import jp.omakase.support.JapanTime;
import jp.omakase.support.PublicUrls;

/**
 * The outbox of a contract's mail to its administrator: 【おまかせログイン】サービス利用開始通知 after provisioning, or the
 * reissued first-login link. One attempt claims the PENDING mail for a lease, makes a new first-login link (revoking
 * the previous one) and renders the mail in one transaction, hands it to the SMTP server outside any transaction,
 * then records SENT, or the next attempt after a doubling backoff, if it still holds the lease. A crash between SMTP
 * and the record sends the mail again after the lease (with a new link): a mail may arrive twice, it is never lost.
 * Reasons in events and logs are exception classes only (SMTP messages may carry the address).
 */
final class ServiceNotice {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String START = "START";
    static final String REISSUE = "REISSUE";
    private static final long LEASE_MILLIS = 120_000;
    static final long REISSUE_PAUSE_MILLIS = 60_000;
    private static final Logger LOG = Logger.getLogger(ServiceNotice.class);

    private final ProvisioningSettings settings;

    ServiceNotice(ProvisioningSettings settings) {
        this.settings = settings;
    }

    /** A claimed, rendered mail. */
    private record Prepared(String bizidRealmId, String orderId, String kind, long lease, AfterCommitMailer.Rendered mail) {
    }

    /** What a reissue request did. */
    enum Reissue { REQUESTED, WAIT, NOT_FOUND }

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
            AfterCommitMailer.send(factory, prepared.mail());
        } catch (EmailException e) {
            failure = e;
        }
        record(factory, contractId, prepared, failure);
    }

    private Prepared prepare(KeycloakSession s, String contractId) {
        long now = System.currentTimeMillis();
        long lease = now + LEASE_MILLIS;
        EntityManager em = TenantProvisioner.em(s);
        int claimed = em.createNamedQuery("omakase.claimNotice").setParameter("id", contractId).setParameter("now", now)
                .setParameter("lease", lease).executeUpdate();
        if (claimed == 0) {
            return null;
        }
        ContractEntity contract = em.find(ContractEntity.class, contractId);
        em.refresh(contract);
        OrderEntity order = em.find(OrderEntity.class, contract.getOrderId());
        RealmModel bizid = s.realms().getRealm(contract.getRealmId());
        RealmModel service = s.realms().getRealmByName(settings.serviceRealm());
        if (service == null) {
            throw new IllegalStateException("service realm '" + settings.serviceRealm() + "' is missing");
        }
        s.getContext().setRealm(service);
        UserModel admin = s.users().getUserById(service, contract.getAdminUserId());
        if (admin == null) {
            throw new IllegalStateException("administrator " + contract.getAdminUserId() + " of contract " + contractId + " no longer exists");
        }
        // each realm's configured public URL (Frontend URL or --hostname), never a URL stored from a request
        URI serviceBase = publicBase(service);
        URI bizidBase = publicBase(bizid);
        // an existing account named as administrator is asked to confirm (issue 12, item 6), never sent a password link
        boolean confirm = TenantProvisioner.CONFIRMATION_PENDING.equals(contract.getAdminConfirmation());
        String link = confirm ? AdminConfirmation.issue(s, service, admin, contract, serviceBase, settings)
                : AdminFirstLoginLink.issue(s, service, admin, contract, serviceBase, settings);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("tenantName", contract.getTenantName());
        attributes.put("orderNumber", order.getOrderNumber());
        attributes.put("adminLink", link);
        attributes.put("adminEmail", contract.getAdminEmail());
        attributes.put("contractorUrl", contractorPortal(bizidBase, bizid.getName()).toString());
        attributes.put("linkHours", settings.adminLinkLifespan() / 3600);
        attributes.put("linkExpiry", JapanTime.minute(Instant.ofEpochSecond(contract.getAdminLinkExpiresAt())));
        boolean start = START.equals(contract.getNoticeKind());
        AfterCommitMailer.Rendered mail;
        try {
            mail = AfterCommitMailer.render(s, service, admin, contract.getAdminEmail(), null,
                    confirm ? "omakaseAdminConfirmSubject" : start ? "omakaseServiceStartSubject" : "omakaseAdminLinkSubject",
                    confirm ? "omakase-admin-confirm.ftl" : start ? "omakase-service-start.ftl" : "omakase-admin-link.ftl", attributes);
        } catch (EmailException e) {
            throw new IllegalStateException("mail of contract " + contractId + " could not be rendered (" + AfterCommitMailer.causes(e) + ")");
        }
        return new Prepared(bizid.getId(), order.getId(), contract.getNoticeKind(), lease, mail);
    }

    /**
     * The outcome of one attempt, recorded only while the attempt still owns the mail (its lease): a reissue asked for
     * meanwhile took the lease away, and its newer mail stays pending.
     */
    private void record(KeycloakSessionFactory factory, String contractId, Prepared prepared, EmailException failure) {
        long now = System.currentTimeMillis();
        String reason = failure == null ? null : AfterCommitMailer.causes(failure);
        KeycloakModelUtils.runJobInTransaction(factory, s -> {
            EntityManager em = TenantProvisioner.em(s);
            ContractEntity contract = em.find(ContractEntity.class, contractId);
            int attempt = contract.getNoticeAttempts() + 1;
            Long next = failure == null ? null : now + settings.mailRetryDelay(attempt) * 1000L;
            int updated = (failure == null ? em.createNamedQuery("omakase.noticeSent")
                    : em.createNamedQuery("omakase.noticeRetry").setParameter("next", next))
                    .setParameter("id", contractId).setParameter("now", now).setParameter("lease", prepared.lease()).executeUpdate();
            Map<String, Object> details = new HashMap<>();
            details.put("kind", prepared.kind());
            details.put("attempt", attempt);
            if (failure != null) {
                details.put("reason", reason);
                if (updated == 1) {
                    details.put("nextAttemptAt", Instant.ofEpochMilli(next).toString());
                }
            }
            event(s, prepared.bizidRealmId(), contract, prepared.orderId(), failure == null ? "sent" : "retry", details);
            if (failure == null) {
                LOG.infof("Mail %s of contract %s (order %s) sent, attempt %d%s", prepared.kind(), contractId, prepared.orderId(),
                        attempt, updated == 1 ? "" : "; a newer mail was asked for meanwhile and stays pending");
            } else {
                LOG.errorf("Mail %s of contract %s (order %s) not sent, attempt %d, next at %s: %s", prepared.kind(), contractId,
                        prepared.orderId(), attempt, updated == 1 ? Instant.ofEpochMilli(next) : "-", reason);
            }
        });
    }

    /** A mail that could not even be prepared (no administrator, no URL...): waits like a refused one, and says why. */
    private void notPrepared(KeycloakSessionFactory factory, String contractId, RuntimeException cause) {
        long now = System.currentTimeMillis();
        String reason = TenantProvisioner.reason(cause);
        try {
            KeycloakModelUtils.runJobInTransaction(factory, s -> {
                EntityManager em = TenantProvisioner.em(s);
                ContractEntity contract = em.find(ContractEntity.class, contractId);
                if (contract == null) {
                    return;
                }
                int attempt = contract.getNoticeAttempts() + 1;
                long next = now + settings.mailRetryDelay(attempt) * 1000L;
                em.createNamedQuery("omakase.noticeNotPrepared").setParameter("id", contractId).setParameter("now", now)
                        .setParameter("next", next).executeUpdate();
                OrderEntity order = em.find(OrderEntity.class, contract.getOrderId());
                event(s, contract.getRealmId(), contract, order.getId(), "retry",
                        Map.of("kind", String.valueOf(contract.getNoticeKind()), "attempt", attempt, "reason", reason,
                                "nextAttemptAt", Instant.ofEpochMilli(next).toString()));
                LOG.errorf("Mail of contract %s could not be prepared (attempt %d, next at %s): %s", contractId, attempt,
                        Instant.ofEpochMilli(next), reason);
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Mail of contract %s could not be prepared (%s) and the failure could not be recorded", contractId, reason);
        }
    }

    private static void event(KeycloakSession s, String bizidRealmId, ContractEntity contract, String orderId, String outcome,
                              Map<String, Object> details) {
        RealmModel bizid = s.realms().getRealm(bizidRealmId);
        s.getContext().setRealm(bizid);
        UserModel actor = s.users().getUserById(bizid, contract.getUserId());
        if (actor != null) {
            ProvisioningEvents.step(s, bizid, actor, orderId, contract.getId(), OperationType.ACTION, "mail", outcome, details);
        }
    }

    /**
     * The contractor asked for a new first-login link (the caller holds the contract's row lock): the current link
     * stops working now and a new one goes out; a サービス利用開始通知 still pending stays that mail (it will carry the
     * new link). An attempt under way loses its lease, so its outcome cannot mark the new mail sent. A second request
     * while a reissued mail is pending, or within {@link #REISSUE_PAUSE_MILLIS} of one sent, waits.
     */
    static Reissue requestReissue(KeycloakSession session, ContractEntity contract) {
        long now = System.currentTimeMillis();
        boolean reissuePending = PENDING.equals(contract.getNoticeState()) && REISSUE.equals(contract.getNoticeKind());
        boolean justSent = REISSUE.equals(contract.getNoticeKind()) && contract.getNoticeSentAt() != null
                && now - contract.getNoticeSentAt() < REISSUE_PAUSE_MILLIS;
        if (reissuePending || justSent) {
            return Reissue.WAIT;
        }
        AdminFirstLoginLink.revokePrevious(session, contract, Time.currentTime());
        boolean startPending = PENDING.equals(contract.getNoticeState()) && START.equals(contract.getNoticeKind());
        contract.setAdminLinkKey(null);
        contract.setAdminLinkExpiresAt(null);
        contract.setNoticeState(PENDING);
        contract.setNoticeKind(startPending ? START : REISSUE);
        contract.setNoticeAttempts(0);
        contract.setNoticeNextAt(now);
        contract.setNoticeLeaseUntil(null);
        contract.setUpdatedAt(now);
        return Reissue.REQUESTED;
    }

    /** The realm's public base URL; without one the mail waits (retried like a refused one) and the log says what to set. */
    private static URI publicBase(RealmModel realm) {
        Optional<URI> base = PublicUrls.configured().base(realm);
        if (base.isEmpty()) {
            LOG.error(PublicUrls.missing(realm));
            throw new IllegalStateException("no public URL for realm " + realm.getName());
        }
        return base.get();
    }

    static URI contractorPortal(URI baseUri, String bizidRealm) {
        return UriBuilder.fromUri(baseUri).path("realms").path(bizidRealm).path("omakase/contracts/").build();
    }
}
