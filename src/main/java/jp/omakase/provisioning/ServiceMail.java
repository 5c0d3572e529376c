package jp.omakase.provisioning;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.omakase.inquiry.InquiryLinks;
import jp.omakase.mail.MailRenderer;
import jp.omakase.order.Contract;
import jp.omakase.order.NoticeKind;
import jp.omakase.order.Order;
import jp.omakase.support.JapanTime;
import jp.omakase.support.PublicUrls;

/**
 * The mail of a contract to its administrator, made in the transaction that claimed it: 【おまかせログイン】サービス利用開始通知
 * (START), the reissued first-login link (REISSUE), or, for an existing account named as administrator, the request to
 * confirm. A new link is made for each (revoking the previous one) and the mail is rendered in the administrator's
 * language with the realms' configured public URLs, never a URL stored from a request.
 */
final class ServiceMail {

    private static final Logger LOG = Logger.getLogger(ServiceMail.class);

    private final ProvisioningSettings settings;

    ServiceMail(ProvisioningSettings settings) {
        this.settings = settings;
    }

    /** The rendered mail of {@code contract} (its order: {@code order}); throws when it cannot be made now. */
    MailRenderer.Rendered render(KeycloakSession s, Contract contract, Order order) {
        RealmModel bizid = s.realms().getRealm(contract.realmId());
        RealmModel service = s.realms().getRealmByName(settings.serviceRealm());
        if (service == null) {
            throw new IllegalStateException("service realm '" + settings.serviceRealm() + "' is missing");
        }
        s.getContext().setRealm(service);
        UserModel admin = s.users().getUserById(service, contract.adminUserId());
        if (admin == null) {
            throw new IllegalStateException("administrator " + contract.adminUserId() + " of contract " + contract.id() + " no longer exists");
        }
        URI serviceBase = publicBase(service);
        URI bizidBase = publicBase(bizid);
        // an existing account named as administrator is asked to confirm (issue 12, item 6), never sent a password link
        boolean confirm = contract.awaitingConfirmation();
        String link = confirm ? AdminConfirmation.issue(s, service, admin, contract, serviceBase, settings)
                : AdminFirstLoginLink.issue(s, service, admin, contract, serviceBase, settings);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("tenantName", contract.tenantName());
        attributes.put("orderNumber", order.orderNumber());
        attributes.put("adminLink", link);
        attributes.put("adminEmail", contract.adminEmail());
        attributes.put("contractorUrl", contractorPortal(bizidBase, bizid.getName()).toString());
        attributes.put("linkHours", settings.adminLinkLifespan() / 3600);
        attributes.put("linkExpiry", JapanTime.minute(Instant.ofEpochSecond(contract.adminLinkExpiresAt())));
        // the operator's inquiry form, else the service realm's own (issue 18)
        InquiryLinks.or(settings.inquiryUrl(), service).ifPresent(url -> attributes.put("inquiryUrl", url));
        boolean start = contract.noticeKind() == NoticeKind.START;
        try {
            return MailRenderer.render(s, service, admin, contract.adminEmail(), null,
                    confirm ? "omakaseAdminConfirmSubject" : start ? "omakaseServiceStartSubject" : "omakaseAdminLinkSubject",
                    confirm ? "omakase-admin-confirm.ftl" : start ? "omakase-service-start.ftl" : "omakase-admin-link.ftl", attributes);
        } catch (EmailException e) {
            throw new IllegalStateException("mail of contract " + contract.id() + " could not be rendered (" + MailRenderer.causes(e) + ")");
        }
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
