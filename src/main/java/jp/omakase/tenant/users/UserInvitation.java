package jp.omakase.tenant.users;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.omakase.mail.MailOutboxProvider;
import jp.omakase.provisioning.AdminFirstLoginLink;
import jp.omakase.mail.MailRenderer;
import jp.omakase.support.JapanTime;
import jp.omakase.support.PublicUrls;

/**
 * 招待メール: the first-login link of a user the administrator added, made by the administrator's own link maker
 * ({@link AdminFirstLoginLink#issue}: Keycloak's execute-actions token, UPDATE_PASSWORD, of the tenant pages' client,
 * opened through the tenant pages' {@code first-login} entry), valid for the provisioning's link lifespan (24 hours), sent through the service realm's
 * mail settings (the service sender) by the mail outbox after the commit. A new invitation revokes the previous one: the
 * user keeps only the single-use key and expiry of the newest link, never the link itself.
 */
public final class UserInvitation {

    private static final Logger LOG = Logger.getLogger(UserInvitation.class);
    static final String KEY_ATTRIBUTE = "omakaseInviteKey";
    static final String EXPIRY_ATTRIBUTE = "omakaseInviteExpiry";
    static final String SUBJECT = "omakaseUserInviteSubject";
    static final String TEMPLATE = "omakase-user-invite.ftl";
    static final String ADMIN_SUBJECT = "omakaseAdminChangeSubject";
    static final String ADMIN_TEMPLATE = "omakase-admin-change.ftl";
    static final String RESET_SUBJECT = "omakasePasswordResetSubject";
    static final String RESET_TEMPLATE = "omakase-password-reset.ftl";

    private final String clientId;
    private final int lifespan;

    public UserInvitation(String clientId, int lifespanSeconds) {
        this.clientId = clientId;
        this.lifespan = lifespanSeconds;
    }

    /** Issues a new link for {@code user} and queues the mail; false (nothing sent) when the realm has no public URL. */
    public boolean send(KeycloakSession session, RealmModel realm, OrganizationModel tenant, UserModel user) {
        return send(session, realm, tenant, user, SUBJECT, TEMPLATE);
    }

    /**
     * 管理者の変更: the administrator the contractor named gets its first-login link (same link, lifespan and revocation)
     * in the mail 「テナント管理者登録のお知らせ」; answers false (nothing sent) when the realm has no public URL.
     */
    public boolean sendAdministrator(KeycloakSession session, RealmModel realm, OrganizationModel tenant, UserModel user) {
        return send(session, realm, tenant, user, ADMIN_SUBJECT, ADMIN_TEMPLATE);
    }

    /**
     * パスワード再設定: the same link (UPDATE_PASSWORD through {@code first-login}, same lifespan, revoking the previous
     * one) in the password-reset mail; the current password keeps working until the user sets a new one.
     */
    public boolean sendReset(KeycloakSession session, RealmModel realm, OrganizationModel tenant, UserModel user) {
        return send(session, realm, tenant, user, RESET_SUBJECT, RESET_TEMPLATE);
    }

    private boolean send(KeycloakSession session, RealmModel realm, OrganizationModel tenant, UserModel user, String subject,
                         String template) {
        Optional<URI> base = PublicUrls.configured().base(realm);
        if (base.isEmpty()) {
            LOG.error(PublicUrls.missing(realm));
            return false;
        }
        revoke(session, user, Time.currentTime());
        AdminFirstLoginLink.Issued issued = AdminFirstLoginLink.issue(session, realm, base.get(), user, clientId, lifespan);
        String link = issued.link();
        int expiry = issued.expiry();
        user.setSingleAttribute(KEY_ATTRIBUTE, issued.key());
        user.setSingleAttribute(EXPIRY_ATTRIBUTE, Integer.toString(expiry));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("tenantName", tenant.getName());
        attributes.put("userEmail", user.getEmail());
        attributes.put("inviteLink", link);
        attributes.put("linkHours", lifespan / 3600);
        attributes.put("linkExpiry", JapanTime.minute(Instant.ofEpochSecond(expiry)));
        try {
            MailRenderer.Rendered mail = MailRenderer.render(session, realm, user, user.getEmail(), null, subject, template, attributes);
            session.getProvider(MailOutboxProvider.class).add(mail, Instant.ofEpochSecond(expiry));
        } catch (EmailException e) {
            throw new IllegalStateException(template + " of user " + user.getId() + " could not be rendered ("
                    + MailRenderer.causes(e) + ")");
        }
        return true;
    }

    /** The user's current invitation stops working (if it still could). */
    public static void revoke(KeycloakSession session, UserModel user, int now) {
        String key = user.getFirstAttribute(KEY_ATTRIBUTE);
        String expiry = user.getFirstAttribute(EXPIRY_ATTRIBUTE);
        if (key != null && expiry != null && expiry.matches("\\d{1,10}") && Long.parseLong(expiry) > now) {
            session.revokedTokens().put(key, Long.parseLong(expiry) - now + 60);
        }
    }
}
