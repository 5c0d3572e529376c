package jp.omakase.mail;

import java.time.Instant;

import org.keycloak.provider.Provider;


/**
 * The persistent outbox of the sign-up and store mails ({@code session.getProvider(MailOutboxProvider.class)}): a mail
 * added here is written in the session's transaction, tried once right after the commit, retried with a doubling
 * backoff by a scheduled task on any node until the SMTP server takes it (then deleted) or it expires (then dropped).
 */
public interface MailOutboxProvider extends Provider {

    /**
     * Adds a rendered mail to the session's transaction (a rollback leaves no mail); answers its id. {@code expiresAt}:
     * the expiry of the mail's link, after which the mail is useless; null for a mail without a link (the option
     * {@code expiry-seconds}).
     */
    String add(MailRenderer.Rendered mail, Instant expiresAt);

    @Override
    default void close() {
    }
}
