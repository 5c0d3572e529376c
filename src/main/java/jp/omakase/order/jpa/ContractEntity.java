package jp.omakase.order.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The contract an order opens, table {@code OMK_CONTRACT}: written with the order (PENDING); provisioning fills in the
 * tenant (Organization) and its administrator and makes it ACTIVE; termination ends it.
 */
@Entity(name = "OmakaseContract")
@Table(name = "OMK_CONTRACT")
@NamedQueries({
        @NamedQuery(name = "omakase.contractByOrder", query = "select c from OmakaseContract c where c.orderId = :orderId")
})
public class ContractEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ORDER_ID", length = 36, nullable = false)
    private String orderId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "ORGANIZATION_ID", length = 36)
    private String organizationId;

    @Column(name = "ADMIN_USER_ID", length = 36)
    private String adminUserId;

    @Column(name = "STATE", length = 16, nullable = false)
    private String state;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getOrderId() { return orderId; }
    public void setOrderId(String orderId) { this.orderId = orderId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getOrganizationId() { return organizationId; }
    public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }
    public String getAdminUserId() { return adminUserId; }
    public void setAdminUserId(String adminUserId) { this.adminUserId = adminUserId; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
    public long getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(long updatedAt) { this.updatedAt = updatedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContractEntity other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
