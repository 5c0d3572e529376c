package jp.omakase.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.support.DaemonPool;

/**
 * Sends the outbox's mails, one attempt at a time per mail. An attempt claims the mail for a lease (conditional update,
 * own transaction), hands it to the realm's SMTP server outside any transaction (the settings read then), and records the
 * outcome while it still holds the lease: sent or permanently refused, the row is deleted; otherwise the next attempt
 * is set after a doubling backoff. A crash between SMTP and the record sends the mail again after the lease: a mail
 * may arrive twice, it is never lost. Logs name the mail's id, template and realm, never the address or a link.
 */
final class MailOutboxWorker implements AutoCloseable {

    static final long LEASE_MILLIS = 120_000;
    private static final int BATCH = 100;
    private static final int QUEUE = 10_000;
    private static final Logger LOG = Logger.getLogger(MailOutboxWorker.class);

    private final KeycloakSessionFactory factory;
    private final MailOutboxSettings settings;
    private final ThreadPoolExecutor pool = DaemonPool.create("omakase-mail-outbox", 1, QUEUE);
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    MailOutboxWorker(KeycloakSessionFactory factory, MailOutboxSettings settings) {
        this.factory = factory;
        this.settings = settings;
    }

    MailOutboxSettings settings() {
        return settings;
    }

    /** Queues one attempt of the mail (once: a mail already queued is not queued twice on this node). */
    void submit(String id) {
        if (!waiting.add(id)) {
            return;
        }
        try {
            pool.execute(() -> {
                waiting.remove(id);
                try {
                    attempt(id);
                } catch (RuntimeException e) {
                    LOG.errorf("Mail %s: attempt failed (%s); the re-drive task tries again", id, MailRenderer.causes(e));
                }
            });
        } catch (RejectedExecutionException e) {
            waiting.remove(id);
            LOG.warnf("Mail %s not queued (%d waiting); the re-drive task takes it", id, pool.getQueue().size());
        }
    }

    /** The re-drive task: drops the expired mails, queues the due ones. */
    void redrive(KeycloakSession session) {
        long now = System.currentTimeMillis();
        MailOutboxStore store = MailOutboxStore.of(session);
        for (MailOutboxStore.Expired e : store.expired(now, BATCH)) {
            if (store.deleteExpired(e.id(), now)) {
                LOG.errorf("Mail %s (%s, realm %s) dropped: it expired after %d attempt(s) without reaching the SMTP server",
                        e.id(), e.template(), e.realmId(), e.attempts());
            }
        }
        List<String> due = store.due(now, BATCH);
        if (!due.isEmpty()) {
            LOG.debugf("Mail outbox re-drive: %d mail(s) due", due.size());
        }
        due.forEach(this::submit);
    }

    /** One attempt: claim, send, record. Does nothing when the mail is not due, expired, gone or held by another attempt. */
    void attempt(String id) {
        long now = System.currentTimeMillis();
        long lease = now + LEASE_MILLIS;
        MailOutboxStore.Claimed claimed = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> {
            MailOutboxStore.Claimed c = MailOutboxStore.of(s).claim(id, now, lease);
            if (c != null && s.realms().getRealm(c.realmId()) == null) {
                // the realm was deleted: nothing can send this mail any more
                MailOutboxStore.of(s).deleteLeased(id, lease);
                LOG.errorf("Mail %s (%s, realm %s) dropped: the realm no longer exists", id, c.template(), c.realmId());
                return null;
            }
            return c;
        });
        if (claimed == null) {
            return;
        }
        EmailException failure = null;
        try {
            MailRenderer.send(factory, claimed.mail());
        } catch (EmailException e) {
            failure = e;
        }
        record(claimed, failure);
    }

    private void record(MailOutboxStore.Claimed c, EmailException failure) {
        int attempt = c.attempts() + 1;
        if (failure == null) {
            boolean held = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> MailOutboxStore.of(s).deleteLeased(c.id(), c.lease()));
            if (held) {
                LOG.infof("Mail %s (%s, realm %s) sent, attempt %d", c.id(), c.template(), c.realmId(), attempt);
            } else {
                LOG.warnf("Mail %s (%s, realm %s) sent, attempt %d, after its lease ran out: another attempt may send it again",
                        c.id(), c.template(), c.realmId(), attempt);
            }
            return;
        }
        String reason = MailRenderer.causes(failure);
        if (MailFailures.permanent(failure)) {
            KeycloakModelUtils.runJobInTransaction(factory, s -> MailOutboxStore.of(s).deleteLeased(c.id(), c.lease()));
            LOG.errorf("Mail %s (%s, realm %s) dropped: the SMTP server refused it for good, attempt %d: %s", c.id(), c.template(),
                    c.realmId(), attempt, reason);
            return;
        }
        long next = System.currentTimeMillis() + settings.retryDelay(attempt) * 1000L;
        boolean held = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> MailOutboxStore.of(s).retry(c.id(), c.lease(), next));
        LOG.warnf("Mail %s (%s, realm %s) not sent, attempt %d, next at %s: %s", c.id(), c.template(), c.realmId(), attempt,
                held ? Instant.ofEpochMilli(next) : "-", reason);
    }

    /**
     * Queued attempts are not waited for (their mails stay in the database and the next start sends them); the attempt
     * under way gets up to 10 seconds to record its outcome, so a mail just sent is not sent again after the restart.
     */
    @Override
    public void close() {
        List<Runnable> queued = new ArrayList<>();
        pool.getQueue().drainTo(queued);
        int running = DaemonPool.stop(pool);
        if (!queued.isEmpty() || running > 0) {
            LOG.infof("%d queued mail attempt(s) left at shutdown; the mails stay in the outbox", queued.size() + running);
        }
    }
}
