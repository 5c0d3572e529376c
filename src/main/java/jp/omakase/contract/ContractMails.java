package jp.omakase.contract;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.omakase.mail.MailOutboxProvider;
import jp.omakase.mail.MailRenderer;
import jp.omakase.order.Contract;
import jp.omakase.order.Order;
import jp.omakase.support.JapanTime;
import jp.omakase.support.PublicUrls;

/**
 * The mails of a contract's life, one template pair ({@code omakase-contract-notice.ftl}) with one
 * {@code …Subject}/{@code …Body}/{@code …BodyHtml} key set per mail. Each is rendered in the transaction of the step
 * it tells about and written to the mail outbox there: the step and its mail commit together, so a step that is done
 * again after a crash never mails twice, and a mail is never lost.
 */
final class ContractMails {

    static final String TEMPLATE = "omakase-contract-notice.ftl";

    /** The mails, by the prefix of their keys. */
    enum Kind {
        /** 【おまかせログイン】ご契約内容変更のお知らせ */
        CHANGED("omakaseContractChanged"),
        /** 【おまかせログイン】利用終了お申し込み受付のお知らせ */
        TERMINATION_REQUESTED("omakaseTerminationRequested"),
        /** 【おまかせログイン】利用終了お申し込み取消のお知らせ */
        TERMINATION_CANCELLED("omakaseTerminationCancelled"),
        /** 【おまかせログイン】ご契約終了のお知らせ (contractor and administrators) */
        ENDED("omakaseContractEnded"),
        /** 【おまかせログイン】データ削除完了のお知らせ */
        PURGED("omakaseContractPurged");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private ContractMails() {
    }

    /** The mail {@code kind} to the contract's contractor (its Business ID's address), if the Business ID still exists. */
    static void toContractor(KeycloakSession s, Contract c, Order order, Kind kind) {
        RealmModel bizid = s.realms().getRealm(c.realmId());
        RealmModel previous = s.getContext().getRealm();
        s.getContext().setRealm(bizid);
        try {
            UserModel contractor = s.users().getUserById(bizid, c.userId());
            if (contractor != null && contractor.getEmail() != null) {
                URI portal = PublicUrls.configured().base(bizid).map(b -> UriBuilder.fromUri(b).path("realms").path(bizid.getName())
                        .path("omakase/contracts/").build()).orElse(null);
                to(s, bizid, contractor, c, order, kind, portal);
            }
        } finally {
            s.getContext().setRealm(previous);
        }
    }

    /** The mail {@code kind} to {@code user} of {@code realm} (the session's realm must be {@code realm}). */
    static void to(KeycloakSession s, RealmModel realm, UserModel user, Contract c, Order order, Kind kind, URI portal) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("bodyKey", kind.key + "Body");
        attributes.put("tenantName", c.tenantName() == null ? "" : c.tenantName());
        attributes.put("orderNumber", order.orderNumber());
        attributes.put("endDate", c.endAt() == null ? "-" : TerminationDates.shown(c.endAt()));
        attributes.put("purgeDate", c.purgeAt() == null ? "-" : JapanTime.date(Instant.ofEpochMilli(c.purgeAt())));
        attributes.put("portalUrl", portal == null ? "" : portal.toString());
        try {
            MailRenderer.Rendered mail = MailRenderer.render(s, realm, user, user.getEmail(), null, kind.key + "Subject", TEMPLATE,
                    attributes);
            s.getProvider(MailOutboxProvider.class).add(mail, null);
        } catch (EmailException e) {
            throw new IllegalStateException(TEMPLATE + " (" + kind + ") of contract " + c.id() + " could not be rendered ("
                    + MailRenderer.causes(e) + ")");
        }
    }
}
