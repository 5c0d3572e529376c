package jp.omakase.mail.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A rendered mail waiting for the SMTP server, table {@code OMK_MAIL_OUTBOX}. Read and written only through
 * {@code jp.omakase.mail.MailOutboxStore}. Times are epoch milliseconds.
 */
@Entity(name = "OmakaseMailOutbox")
@Table(name = "OMK_MAIL_OUTBOX")
@NamedQueries({
        @NamedQuery(name = "omakase.mailsDue",
                query = "select m.id from OmakaseMailOutbox m where m.nextAttemptAt <= :now and m.expiresAt > :now"
                        + " and (m.leaseUntil is null or m.leaseUntil < :now) order by m.nextAttemptAt"),
        @NamedQuery(name = "omakase.mailsExpired",
                query = "select m.id, m.realmId, m.template, m.attempts from OmakaseMailOutbox m where m.expiresAt <= :now"
                        + " and (m.leaseUntil is null or m.leaseUntil < :now)"),
        @NamedQuery(name = "omakase.claimMail",
                query = "update OmakaseMailOutbox m set m.leaseUntil = :lease where m.id = :id and m.nextAttemptAt <= :now"
                        + " and m.expiresAt > :now and (m.leaseUntil is null or m.leaseUntil < :now)"),
        @NamedQuery(name = "omakase.deleteLeasedMail",
                query = "delete from OmakaseMailOutbox m where m.id = :id and m.leaseUntil = :lease"),
        @NamedQuery(name = "omakase.deleteExpiredMail",
                query = "delete from OmakaseMailOutbox m where m.id = :id and m.expiresAt <= :now"
                        + " and (m.leaseUntil is null or m.leaseUntil < :now)"),
        @NamedQuery(name = "omakase.retryMail",
                query = "update OmakaseMailOutbox m set m.nextAttemptAt = :next, m.leaseUntil = null, m.attempts = m.attempts + 1"
                        + " where m.id = :id and m.leaseUntil = :lease")
})
public class MailOutboxEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "TEMPLATE", length = 100, nullable = false)
    private String template;

    @Column(name = "RECIPIENT", length = 255, nullable = false)
    private String recipient;

    @Column(name = "LANGUAGE", length = 35)
    private String language;

    @Column(name = "SUBJECT", nullable = false)
    private String subject;

    @Column(name = "TEXT_BODY")
    private String textBody;

    @Column(name = "HTML_BODY")
    private String htmlBody;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private long nextAttemptAt;

    @Column(name = "LEASE_UNTIL")
    private Long leaseUntil;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public void setTextBody(String textBody) {
        this.textBody = textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public void setHtmlBody(String htmlBody) {
        this.htmlBody = htmlBody;
    }

    public long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(long expiresAt) {
        this.expiresAt = expiresAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public long getNextAttemptAt() {
        return nextAttemptAt;
    }

    public void setNextAttemptAt(long nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
    }

    public Long getLeaseUntil() {
        return leaseUntil;
    }

    public void setLeaseUntil(Long leaseUntil) {
        this.leaseUntil = leaseUntil;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailOutboxEntity other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
