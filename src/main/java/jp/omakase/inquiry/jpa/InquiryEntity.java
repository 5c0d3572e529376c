package jp.omakase.inquiry.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One inquiry (問い合わせ) as it was sent (table {@code OMK_INQUIRY}): the category, the sender's name, address, company
 * and text, the realm it was sent in, its reference number, and, when sent from the tenant console, the tenant and the
 * administrator. Only {@code jp.omakase.inquiry.InquiryStore} reads and writes it.
 */
@Entity(name = "OmakaseInquiry")
@Table(name = "OMK_INQUIRY")
@NamedQueries({
        @NamedQuery(name = "omakase.inquiryByReference",
                query = "select i from OmakaseInquiry i where i.realmId = :realmId and i.reference = :reference"),
        @NamedQuery(name = "omakase.inquiryDeleteByTenantOrUser",
                query = "delete from OmakaseInquiry i where i.tenantId = :tenantId or i.userId = :userId")
})
public class InquiryEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "REFERENCE", length = 32, nullable = false)
    private String reference;

    @Column(name = "CATEGORY", length = 32, nullable = false)
    private String category;

    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    @Column(name = "EMAIL", length = 254, nullable = false)
    private String email;

    @Column(name = "COMPANY", length = 200)
    private String company;

    @Column(name = "BODY", length = 4000, nullable = false)
    private String body;

    @Column(name = "LANGUAGE", length = 16)
    private String language;

    @Column(name = "TENANT_ID", length = 36)
    private String tenantId;

    @Column(name = "USER_ID", length = 36)
    private String userId;

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

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InquiryEntity other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
