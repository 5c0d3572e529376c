package jp.omakase.order.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.omakase.order.AdminConfirmationState;
import jp.omakase.order.ContractState;
import jp.omakase.order.NoticeKind;
import jp.omakase.order.NoticeState;

/**
 * The contract an order opens, table {@code OMK_CONTRACT}: written with the order (PENDING); provisioning fills in the
 * tenant (Organization) and its administrator and makes it ACTIVE; termination ends it.
 */
@Entity(name = "OmakaseContract")
@Table(name = "OMK_CONTRACT")
@NamedQueries({
        @NamedQuery(name = "omakase.contractByOrder", query = "select c from OmakaseContract c where c.orderId = :orderId"),
        @NamedQuery(name = "omakase.contractsWithOrdersByUser",
                query = "select c, o from OmakaseContract c, OmakaseOrder o where o.id = c.orderId and c.realmId = :realmId"
                        + " and c.userId = :userId order by c.createdAt desc"),
        @NamedQuery(name = "omakase.noticesDue",
                query = "select c.id from OmakaseContract c where c.noticeState = jp.omakase.order.NoticeState.PENDING and c.noticeNextAt <= :now"
                        + " and (c.noticeLeaseUntil is null or c.noticeLeaseUntil < :now) order by c.noticeNextAt"),
        @NamedQuery(name = "omakase.claimNotice",
                query = "update OmakaseContract c set c.noticeLeaseUntil = :lease where c.id = :id and c.noticeState = jp.omakase.order.NoticeState.PENDING"
                        + " and c.noticeNextAt <= :now and (c.noticeLeaseUntil is null or c.noticeLeaseUntil < :now)"),
        @NamedQuery(name = "omakase.noticeSent",
                query = "update OmakaseContract c set c.noticeState = jp.omakase.order.NoticeState.SENT, c.noticeSentAt = :now, c.noticeNextAt = null,"
                        + " c.noticeLeaseUntil = null, c.noticeAttempts = c.noticeAttempts + 1, c.updatedAt = :now"
                        + " where c.id = :id and c.noticeLeaseUntil = :lease"),
        @NamedQuery(name = "omakase.noticeRetry",
                query = "update OmakaseContract c set c.noticeNextAt = :next, c.noticeLeaseUntil = null,"
                        + " c.noticeAttempts = c.noticeAttempts + 1, c.updatedAt = :now where c.id = :id and c.noticeLeaseUntil = :lease"),
        @NamedQuery(name = "omakase.noticeNotPrepared",
                query = "update OmakaseContract c set c.noticeNextAt = :next, c.noticeAttempts = c.noticeAttempts + 1,"
                        + " c.updatedAt = :now where c.id = :id and c.noticeState = jp.omakase.order.NoticeState.PENDING"),
        @NamedQuery(name = "omakase.openContractsOfUser",
                query = "select count(c) from OmakaseContract c where c.realmId = :realmId and c.userId = :userId"
                        + " and c.state <> jp.omakase.order.ContractState.TERMINATED and c.state <> jp.omakase.order.ContractState.PURGED"),
        @NamedQuery(name = "omakase.contractsOfLifecycle",
                query = "select c.id from OmakaseContract c where (c.state = jp.omakase.order.ContractState.TERMINATION_REQUESTED"
                        + " and c.endAt <= :now) or (c.state = jp.omakase.order.ContractState.TERMINATED and c.purgeAt <= :now)"
                        + " or (c.state = jp.omakase.order.ContractState.ACTIVE and c.pendingAdminUserId is not null) order by c.updatedAt"),
        @NamedQuery(name = "omakase.contractsWithOrdersOfRealm",
                query = "select c, o from OmakaseContract c, OmakaseOrder o where o.id = c.orderId and c.realmId = :realmId"
                        + " order by c.createdAt desc"),
        @NamedQuery(name = "omakase.contractsWithOrdersOfRealmInState",
                query = "select c, o from OmakaseContract c, OmakaseOrder o where o.id = c.orderId and c.realmId = :realmId"
                        + " and c.state = :state order by c.createdAt desc"),
        @NamedQuery(name = "omakase.reissuesOfUser",
                query = "select coalesce(sum(c.reissueCount), 0) from OmakaseContract c where c.realmId = :realmId"
                        + " and c.userId = :userId and c.reissueWindowAt > :since")
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

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 32, nullable = false)
    private ContractState state;

    @Column(name = "TENANT_NAME", length = 255)
    private String tenantName;

    @Column(name = "ADMIN_EMAIL", length = 254)
    private String adminEmail;

    /** The outbox of the contract's mail: null (none), PENDING, SENT. */
    @Enumerated(EnumType.STRING)
    @Column(name = "NOTICE_STATE", length = 16)
    private NoticeState noticeState;

    /** START (サービス利用開始通知) or REISSUE (a new first-login link). */
    @Enumerated(EnumType.STRING)
    @Column(name = "NOTICE_KIND", length = 16)
    private NoticeKind noticeKind;

    @Column(name = "NOTICE_ATTEMPTS", nullable = false)
    private int noticeAttempts;

    @Column(name = "NOTICE_NEXT_AT")
    private Long noticeNextAt;

    @Column(name = "NOTICE_SENT_AT")
    private Long noticeSentAt;

    /** Until when the attempt under way owns the mail (null: none); only that attempt may record its outcome. */
    @Column(name = "NOTICE_LEASE_UNTIL")
    private Long noticeLeaseUntil;

    /** The single-use key of the newest first-login link (not the link itself). */
    @Column(name = "ADMIN_LINK_KEY", length = 255)
    private String adminLinkKey;

    @Column(name = "ADMIN_LINK_EXPIRES_AT")
    private Long adminLinkExpiresAt;

    /** PENDING while an existing account named as administrator has not confirmed (no role in the tenant yet). */
    @Enumerated(EnumType.STRING)
    @Column(name = "ADMIN_CONFIRMATION", length = 16)
    private AdminConfirmationState adminConfirmation;

    /** Start of the current 24-hour window of first-login link reissues, and their count in it. */
    @Column(name = "REISSUE_WINDOW_AT")
    private Long reissueWindowAt;

    @Column(name = "REISSUE_COUNT", nullable = false)
    private int reissueCount;

    /** The contractor's information as last changed in the contractor portal (JSON); null: as ordered. */
    @Column(name = "CONTRACTOR", length = 4000)
    private String contractor;

    /** 利用開始日: the first activation. */
    @Column(name = "ACTIVATED_AT")
    private Long activatedAt;

    /** When the service ends (TERMINATION_REQUESTED): 0:00 Japan time of the day after the chosen end date. */
    @Column(name = "END_AT")
    private Long endAt;

    @Column(name = "TERMINATED_AT")
    private Long terminatedAt;

    /** When the tenant's data is deleted (TERMINATED + the retention period). */
    @Column(name = "PURGE_AT")
    private Long purgeAt;

    /** The administrator the contractor named who has not logged in yet; the current one keeps the role until then. */
    @Column(name = "PENDING_ADMIN_USER_ID", length = 36)
    private String pendingAdminUserId;

    @Column(name = "PENDING_ADMIN_EMAIL", length = 254)
    private String pendingAdminEmail;

    @Column(name = "ADMIN_CHANGED_AT")
    private Long adminChangedAt;

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
    public ContractState getState() { return state; }
    public void setState(ContractState state) { this.state = state; }
    public String getTenantName() { return tenantName; }
    public void setTenantName(String tenantName) { this.tenantName = tenantName; }
    public String getAdminEmail() { return adminEmail; }
    public void setAdminEmail(String adminEmail) { this.adminEmail = adminEmail; }
    public NoticeState getNoticeState() { return noticeState; }
    public void setNoticeState(NoticeState noticeState) { this.noticeState = noticeState; }
    public NoticeKind getNoticeKind() { return noticeKind; }
    public void setNoticeKind(NoticeKind noticeKind) { this.noticeKind = noticeKind; }
    public int getNoticeAttempts() { return noticeAttempts; }
    public void setNoticeAttempts(int noticeAttempts) { this.noticeAttempts = noticeAttempts; }
    public Long getNoticeNextAt() { return noticeNextAt; }
    public void setNoticeNextAt(Long noticeNextAt) { this.noticeNextAt = noticeNextAt; }
    public Long getNoticeSentAt() { return noticeSentAt; }
    public void setNoticeSentAt(Long noticeSentAt) { this.noticeSentAt = noticeSentAt; }
    public Long getNoticeLeaseUntil() { return noticeLeaseUntil; }
    public void setNoticeLeaseUntil(Long noticeLeaseUntil) { this.noticeLeaseUntil = noticeLeaseUntil; }
    public String getAdminLinkKey() { return adminLinkKey; }
    public void setAdminLinkKey(String adminLinkKey) { this.adminLinkKey = adminLinkKey; }
    public Long getAdminLinkExpiresAt() { return adminLinkExpiresAt; }
    public void setAdminLinkExpiresAt(Long adminLinkExpiresAt) { this.adminLinkExpiresAt = adminLinkExpiresAt; }
    public AdminConfirmationState getAdminConfirmation() { return adminConfirmation; }
    public void setAdminConfirmation(AdminConfirmationState adminConfirmation) { this.adminConfirmation = adminConfirmation; }
    public Long getReissueWindowAt() { return reissueWindowAt; }
    public void setReissueWindowAt(Long reissueWindowAt) { this.reissueWindowAt = reissueWindowAt; }
    public int getReissueCount() { return reissueCount; }
    public void setReissueCount(int reissueCount) { this.reissueCount = reissueCount; }
    public String getContractor() { return contractor; }
    public void setContractor(String contractor) { this.contractor = contractor; }
    public Long getActivatedAt() { return activatedAt; }
    public void setActivatedAt(Long activatedAt) { this.activatedAt = activatedAt; }
    public Long getEndAt() { return endAt; }
    public void setEndAt(Long endAt) { this.endAt = endAt; }
    public Long getTerminatedAt() { return terminatedAt; }
    public void setTerminatedAt(Long terminatedAt) { this.terminatedAt = terminatedAt; }
    public Long getPurgeAt() { return purgeAt; }
    public void setPurgeAt(Long purgeAt) { this.purgeAt = purgeAt; }
    public String getPendingAdminUserId() { return pendingAdminUserId; }
    public void setPendingAdminUserId(String pendingAdminUserId) { this.pendingAdminUserId = pendingAdminUserId; }
    public String getPendingAdminEmail() { return pendingAdminEmail; }
    public void setPendingAdminEmail(String pendingAdminEmail) { this.pendingAdminEmail = pendingAdminEmail; }
    public Long getAdminChangedAt() { return adminChangedAt; }
    public void setAdminChangedAt(Long adminChangedAt) { this.adminChangedAt = adminChangedAt; }
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
