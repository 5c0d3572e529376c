package jp.omakase.documents.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One (document, version, language) ever served, with the SHA-256 of its text: table {@code OMK_DOCUMENT_VERSION}. */
@Entity(name = "OmakaseDocumentVersion")
@Table(name = "OMK_DOCUMENT_VERSION")
@NamedQueries({
        @NamedQuery(name = "omakase.documentVersions", query = "select v from OmakaseDocumentVersion v")
})
public class DocumentVersionEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DOCUMENT_ID", length = 64, nullable = false)
    private String documentId;

    @Column(name = "VERSION", length = 64, nullable = false)
    private String version;

    @Column(name = "LANGUAGE", length = 35, nullable = false)
    private String language;

    @Column(name = "SHA256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "TITLE", length = 255, nullable = false)
    private String title;

    @Column(name = "FIRST_SEEN_AT", nullable = false)
    private long firstSeenAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getDocumentId() { return documentId; }
    public void setDocumentId(String documentId) { this.documentId = documentId; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getSha256() { return sha256; }
    public void setSha256(String sha256) { this.sha256 = sha256; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public long getFirstSeenAt() { return firstSeenAt; }
    public void setFirstSeenAt(long firstSeenAt) { this.firstSeenAt = firstSeenAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentVersionEntity other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
