package jp.omakase.mail;

import java.time.Instant;

import org.keycloak.models.KeycloakSession;

import jp.omakase.support.AfterCommit;

/** The outbox in the session's JPA transaction; after its commit the mail gets one attempt on the worker's thread. */
final class JpaMailOutboxProvider implements MailOutboxProvider {

    private final KeycloakSession session;
    private final MailOutboxWorker worker;

    JpaMailOutboxProvider(KeycloakSession session, MailOutboxWorker worker) {
        this.session = session;
        this.worker = worker;
    }

    @Override
    public String add(MailRenderer.Rendered mail, Instant expiresAt) {
        long now = System.currentTimeMillis();
        long expiry = expiresAt != null ? expiresAt.toEpochMilli() : now + worker.settings().expiry() * 1000L;
        String id = MailOutboxStore.of(session).add(mail, expiry, now);
        AfterCommit.run(session, () -> worker.submit(id));
        return id;
    }
}
