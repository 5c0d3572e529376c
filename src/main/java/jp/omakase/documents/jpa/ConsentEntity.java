package jp.omakase.documents.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One consent: which user agreed to which text (document, version, language, SHA-256 of the file), when, where
 * (sign-up, store member terms, order) and for which order: table {@code OMK_CONSENT}. Kept when the user is deleted
 * (evidence), so no foreign key to the user.
 */
@Entity(name = "OmakaseConsent")
@Table(name = "OMK_CONSENT")
@NamedQueries({
        @NamedQuery(name = "omakase.consentsByUser",
                query = "select c from OmakaseConsent c where c.realmId = :realmId and c.userId = :userId"
                        + " order by c.acceptedAt, c.documentId")
})
public class ConsentEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "DOCUMENT_ID", length = 64, nullable = false)
    private String documentId;

    @Column(name = "VERSION", length = 64, nullable = false)
    private String version;

    @Column(name = "LANGUAGE", length = 35, nullable = false)
    private String language;

    @Column(name = "SHA256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "ACCEPTED_AT", nullable = false)
    private long acceptedAt;

    /** Where it was given: {@code signup}, {@code store-member}, {@code order}. */
    @Column(name = "CONTEXT", length = 16, nullable = false)
    private String context;

    /** The order the consent belongs to (final confirmation's 上記内容に同意する), else null. */
    @Column(name = "ORDER_ID", length = 36)
    private String orderId;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getDocumentId() { return documentId; }
    public void setDocumentId(String documentId) { this.documentId = documentId; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getSha256() { return sha256; }
    public void setSha256(String sha256) { this.sha256 = sha256; }
    public long getAcceptedAt() { return acceptedAt; }
    public void setAcceptedAt(long acceptedAt) { this.acceptedAt = acceptedAt; }
    public String getContext() { return context; }
    public void setContext(String context) { this.context = context; }
    public String getOrderId() { return orderId; }
    public void setOrderId(String orderId) { this.orderId = orderId; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsentEntity other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
