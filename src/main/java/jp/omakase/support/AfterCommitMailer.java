package jp.omakase.support;

import java.time.Instant;
import java.util.Map;

import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.omakase.mail.MailOutboxProvider;
import jp.omakase.mail.MailRenderer;

/**
 * Mails of the sign-up and the store: rendered in the request ({@link MailRenderer}) and written to the persistent
 * outbox ({@link jp.omakase.mail.MailOutboxProvider}) in the request's transaction: no mail leaves for a transaction
 * that rolled back, and an SMTP outage or a restart delays a mail, never loses it. Right after the commit one attempt
 * is made on the outbox's thread, so the page never waits for SMTP and answers in the same time whatever the address
 * and whatever the mail server does. The realm's SMTP settings are read when the mail is sent, never stored.
 */
public final class AfterCommitMailer implements AutoCloseable {

    /** {@code threadName} is no longer used (the outbox sends on its own thread); kept for the callers. */
    public AfterCommitMailer(String threadName) {
    }

    /**
     * Renders now (template errors are thrown here) and puts the mail into the outbox of the session's transaction; it
     * is kept until sent, or for the outbox's {@code expiry-seconds} (a mail without a link). {@code user} may be null
     * for an address without an account; {@code locale} then chooses the language.
     */
    public void sendAfterCommit(KeycloakSession session, RealmModel realm, UserModel user, String address, String locale,
                                String subjectKey, String template, Map<String, Object> attributes) throws EmailException {
        sendAfterCommit(session, realm, user, address, locale, subjectKey, template, attributes, null);
    }

    /** As above, for a mail whose link expires at {@code expiresAt}: the mail is dropped, not sent, after that. */
    public void sendAfterCommit(KeycloakSession session, RealmModel realm, UserModel user, String address, String locale,
                                String subjectKey, String template, Map<String, Object> attributes, Instant expiresAt)
            throws EmailException {
        MailRenderer.Rendered mail = MailRenderer.render(session, realm, user, address, locale, subjectKey, template, attributes);
        session.getProvider(MailOutboxProvider.class).add(mail, expiresAt);
    }

    @Override
    public void close() {
    }
}
