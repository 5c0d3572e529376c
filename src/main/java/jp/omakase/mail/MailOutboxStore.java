package jp.omakase.mail;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.mail.jpa.MailOutboxEntity;

/**
 * The only reader and writer of {@code OMK_MAIL_OUTBOX}, in the transaction of the session it is given. Every change
 * of a row that may be under way elsewhere is a conditional update (or delete) that answers whether it applied: a claim
 * takes the row for a lease only when it is due and no other lease is running; only the holder of the lease records
 * the outcome.
 */
final class MailOutboxStore {

    /** A mail taken for one attempt. */
    record Claimed(String id, String realmId, String template, int attempts, long lease, MailRenderer.Rendered mail) {
    }

    /** An expired mail, as its drop is logged. */
    record Expired(String id, String realmId, String template, int attempts) {
    }

    private final EntityManager em;

    private MailOutboxStore(EntityManager em) {
        this.em = em;
    }

    static MailOutboxStore of(KeycloakSession session) {
        return new MailOutboxStore(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    /** Adds a mail, due now, to the session's transaction; answers its id. */
    String add(MailRenderer.Rendered mail, long expiresAt, long now) {
        MailOutboxEntity e = new MailOutboxEntity();
        e.setId(KeycloakModelUtils.generateId());
        e.setRealmId(mail.realmId());
        e.setTemplate(mail.template());
        e.setRecipient(mail.address());
        e.setLanguage(mail.language());
        e.setSubject(mail.subject());
        e.setTextBody(mail.text());
        e.setHtmlBody(mail.html());
        e.setExpiresAt(expiresAt);
        e.setAttempts(0);
        e.setNextAttemptAt(now);
        e.setCreatedAt(now);
        em.persist(e);
        return e.getId();
    }

    /** Takes the mail until {@code lease} if it is due, not expired and not taken; null when it is not to be sent now. */
    Claimed claim(String id, long now, long lease) {
        int claimed = em.createNamedQuery("omakase.claimMail").setParameter("id", id).setParameter("now", now)
                .setParameter("lease", lease).executeUpdate();
        if (claimed == 0) {
            return null;
        }
        MailOutboxEntity e = em.find(MailOutboxEntity.class, id);
        if (e == null) {
            return null;
        }
        em.refresh(e);
        return new Claimed(e.getId(), e.getRealmId(), e.getTemplate(), e.getAttempts(), lease,
                new MailRenderer.Rendered(e.getRealmId(), e.getTemplate(), e.getRecipient(), e.getLanguage(), e.getSubject(),
                        e.getTextBody(), e.getHtmlBody()));
    }

    /** Deletes a mail the attempt holding {@code lease} sent (or gave up); false when that attempt lost its lease. */
    boolean deleteLeased(String id, long lease) {
        return em.createNamedQuery("omakase.deleteLeasedMail").setParameter("id", id).setParameter("lease", lease)
                .executeUpdate() == 1;
    }

    /** Records a failed attempt and when to try next; false when that attempt lost its lease. */
    boolean retry(String id, long lease, long next) {
        return em.createNamedQuery("omakase.retryMail").setParameter("id", id).setParameter("lease", lease)
                .setParameter("next", next).executeUpdate() == 1;
    }

    /** Ids of the mails due at {@code now}, oldest first. */
    List<String> due(long now, int max) {
        return em.createNamedQuery("omakase.mailsDue", String.class).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Expired mails that no attempt holds (what the log of a drop names; not the bodies). */
    List<Expired> expired(long now, int max) {
        return em.createNamedQuery("omakase.mailsExpired", Object[].class).setParameter("now", now).setMaxResults(max)
                .getResultList().stream()
                .map(r -> new Expired((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue())).toList();
    }

    /** Deletes a mail if it is still expired and not held by an attempt. */
    boolean deleteExpired(String id, long now) {
        return em.createNamedQuery("omakase.deleteExpiredMail").setParameter("id", id).setParameter("now", now)
                .executeUpdate() == 1;
    }
}
