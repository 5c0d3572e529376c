package jp.omakase.provisioning;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;
import jp.omakase.support.AfterCommitMailer;

/**
 * The outbox of a contract's mail to its administrator: 【おまかせログイン】サービス利用開始通知 after provisioning, or the
 * reissued first-login link. One attempt claims the PENDING mail for a lease, makes a new first-login link (revoking
 * the previous one) and renders the mail in one transaction, hands it to the SMTP server outside any transaction,
 * then records SENT, or the next attempt after a doubling backoff. A crash between SMTP and the record sends the mail
 * again after the lease (with a new link): a mail may arrive twice, it is never lost.
 */
final class ServiceNotice {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String START = "START";
    static final String REISSUE = "REISSUE";
    private static final long LEASE_MILLIS = 120_000;
    private static final Logger LOG = Logger.getLogger(ServiceNotice.class);
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private final ProvisioningSettings settings;

    ServiceNotice(ProvisioningSettings settings) {
        this.settings = settings;
    }

    /** A claimed, rendered mail. */
    private record Prepared(String serviceRealmId, String bizidRealmId, String orderId, String kind, long lease,
                            AfterCommitMailer.Rendered mail) {
    }

    /** Sends the contract's pending mail if it is due and nobody else is sending it. */
    void send(KeycloakSessionFactory factory, String contractId) {
        Prepared prepared;
        try {
            prepared = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> prepare(s, contractId));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Mail of contract %s could not be prepared; the re-drive task tries again", contractId);
            return;
        }
        if (prepared == null) {
            return;
        }
        RuntimeException failure = null;
        try {
            KeycloakModelUtils.runJobInTransaction(factory, s -> {
                s.getContext().setRealm(s.realms().getRealm(prepared.serviceRealmId()));
                AfterCommitMailer.Rendered m = prepared.mail();
                try {
                    s.getProvider(EmailSenderProvider.class).send(m.smtp(), m.address(), m.subject(), m.text(), m.html());
                } catch (EmailException e) {
                    throw new IllegalStateException(TenantProvisioner.reason(e.getCause() != null ? e.getCause() : e), e);
                }
            });
        } catch (RuntimeException e) {
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
        String base = order.getFrontendUrl() != null ? order.getFrontendUrl() : settings.frontendUrl();
        if (base == null) {
            throw new IllegalStateException("order " + order.getId() + " has no frontend URL: set --spi-events-listener--omakase-provisioning--frontend-url");
        }
        URI baseUri = URI.create(base);
        String link = AdminFirstLoginLink.issue(s, service, admin, contract, baseUri, settings);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("tenantName", contract.getTenantName());
        attributes.put("orderNumber", order.getOrderNumber());
        attributes.put("adminLink", link);
        attributes.put("adminEmail", contract.getAdminEmail());
        attributes.put("contractorUrl", contractorPortal(baseUri, bizid.getName()).toString());
        attributes.put("linkHours", settings.adminLinkLifespan() / 3600);
        attributes.put("linkExpiry", EXPIRY.format(Instant.ofEpochSecond(contract.getAdminLinkExpiresAt())));
        boolean start = START.equals(contract.getNoticeKind());
        AfterCommitMailer.Rendered mail;
        try {
            mail = AfterCommitMailer.render(s, service, admin, contract.getAdminEmail(), null,
                    start ? "omakaseServiceStartSubject" : "omakaseAdminLinkSubject",
                    start ? "omakase-service-start.ftl" : "omakase-admin-link.ftl", attributes);
        } catch (EmailException e) {
            throw new IllegalStateException("mail of contract " + contractId + " could not be rendered", e);
        }
        return new Prepared(service.getId(), bizid.getId(), order.getId(), contract.getNoticeKind(), lease, mail);
    }

    private void record(KeycloakSessionFactory factory, String contractId, Prepared prepared, RuntimeException failure) {
        long now = System.currentTimeMillis();
        KeycloakModelUtils.runJobInTransaction(factory, s -> {
            ContractEntity contract = TenantProvisioner.em(s).find(ContractEntity.class, contractId);
            contract.setNoticeAttempts(contract.getNoticeAttempts() + 1);
            // a reissue asked for while this mail was on its way moved NOTICE_NEXT_AT: that newer mail stays pending
            boolean ours = Objects.equals(contract.getNoticeNextAt(), prepared.lease());
            Long next = null;
            if (ours && failure == null) {
                contract.setNoticeState(SENT);
                contract.setNoticeSentAt(now);
                contract.setNoticeNextAt(null);
            } else if (ours) {
                next = now + settings.mailRetryDelay(contract.getNoticeAttempts()) * 1000L;
                contract.setNoticeNextAt(next);
            }
            contract.setUpdatedAt(now);
            RealmModel bizid = s.realms().getRealm(prepared.bizidRealmId());
            s.getContext().setRealm(bizid);
            UserModel actor = s.users().getUserById(bizid, contract.getUserId());
            Map<String, Object> details = new HashMap<>();
            details.put("kind", prepared.kind());
            details.put("attempt", contract.getNoticeAttempts());
            if (failure != null) {
                details.put("reason", TenantProvisioner.reason(failure));
                if (next != null) {
                    details.put("nextAttemptAt", Instant.ofEpochMilli(next).toString());
                }
            }
            if (actor != null) {
                ProvisioningEvents.step(s, bizid, actor, prepared.orderId(), contractId, OperationType.ACTION, "mail",
                        failure == null ? "sent" : "retry", details);
            }
            if (failure == null) {
                LOG.infof("Mail %s of contract %s (order %s) sent, attempt %d", prepared.kind(), contractId, prepared.orderId(),
                        contract.getNoticeAttempts());
            } else {
                LOG.errorf("Mail %s of contract %s (order %s) not sent, attempt %d, next at %s: %s", prepared.kind(), contractId,
                        prepared.orderId(), contract.getNoticeAttempts(), next == null ? "-" : Instant.ofEpochMilli(next),
                        TenantProvisioner.reason(failure));
            }
        });
    }

    /**
     * The contractor asked for a new first-login link: the current one stops working now, and a new one goes out with
     * the REISSUE mail. Runs in the caller's transaction; the caller submits the mail after the commit.
     */
    static void requestReissue(KeycloakSession session, ContractEntity contract) {
        AdminFirstLoginLink.revokePrevious(session, contract, Time.currentTime());
        long now = System.currentTimeMillis();
        contract.setAdminLinkKey(null);
        contract.setAdminLinkExpiresAt(null);
        contract.setNoticeState(PENDING);
        contract.setNoticeKind(REISSUE);
        contract.setNoticeAttempts(0);
        contract.setNoticeNextAt(now);
        contract.setUpdatedAt(now);
    }

    static URI contractorPortal(URI baseUri, String bizidRealm) {
        return UriBuilder.fromUri(baseUri).path("realms").path(bizidRealm).path("omakase/contracts/").build();
    }
}
