package jp.omakase.tenant.bulk.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One bulk file of a tenant's users (table {@code OMK_CSV_JOB}): checked, then applied in the background. The state and
 * the counts are written in the transaction of each batch of rows, so any node shows the progress and a crash leaves
 * exactly what was applied. No file content and no address is kept here (the rows' outcomes are in
 * {@link CsvJobRowEntity}).
 */
@Entity(name = "OmakaseCsvJob")
@Table(name = "OMK_CSV_JOB")
@NamedQueries({
        @NamedQuery(name = "omakase.csvJobsOfTenantBefore",
                query = "select j.id from OmakaseCsvJob j where j.tenantId = :tenantId and j.createdAt < :before"),
        @NamedQuery(name = "omakase.csvJobsRunning",
                query = "select count(j) from OmakaseCsvJob j where j.tenantId = :tenantId and j.state in :states"
                        + " and j.updatedAt >= :alive")
})
public class CsvJobEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "TENANT_ID", length = 36, nullable = false)
    private String tenantId;

    @Column(name = "ADMIN_ID", length = 36, nullable = false)
    private String adminId;

    @Column(name = "STATE", length = 16, nullable = false)
    private String state;

    @Column(name = "TOTAL_ROWS", nullable = false)
    private int totalRows;

    @Column(name = "DONE_ROWS", nullable = false)
    private int doneRows;

    @Column(name = "ADDED", nullable = false)
    private int added;

    @Column(name = "CHANGED", nullable = false)
    private int changed;

    @Column(name = "UNCHANGED", nullable = false)
    private int unchanged;

    @Column(name = "DELETED", nullable = false)
    private int deleted;

    @Column(name = "FAILED", nullable = false)
    private int failed;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

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

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getAdminId() {
        return adminId;
    }

    public void setAdminId(String adminId) {
        this.adminId = adminId;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public void setTotalRows(int totalRows) {
        this.totalRows = totalRows;
    }

    public int getDoneRows() {
        return doneRows;
    }

    public void setDoneRows(int doneRows) {
        this.doneRows = doneRows;
    }

    public int getAdded() {
        return added;
    }

    public void setAdded(int added) {
        this.added = added;
    }

    public int getChanged() {
        return changed;
    }

    public void setChanged(int changed) {
        this.changed = changed;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public void setUnchanged(int unchanged) {
        this.unchanged = unchanged;
    }

    public int getDeleted() {
        return deleted;
    }

    public void setDeleted(int deleted) {
        this.deleted = deleted;
    }

    public int getFailed() {
        return failed;
    }

    public void setFailed(int failed) {
        this.failed = failed;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvJobEntity other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
