package jp.omakase.order;

import java.io.IOException;

import org.keycloak.util.JsonSerialization;

import jp.omakase.order.jpa.ContractEntity;

/**
 * One contract row, as the other packages see it: its state, its tenant, and the outbox of its mail to the
 * administrator. It moves only through the transitions below (the row belongs to {@link ContractStore}); changes join
 * the transaction of the session that loaded it.
 */
public final class Contract {

    /** A second reissue within this time of a sent reissue waits. */
    public static final long REISSUE_PAUSE_MILLIS = 60_000;

    private final ContractEntity e;

    Contract(ContractEntity e) {
        this.e = e;
    }

    public String id() { return e.getId(); }
    public String realmId() { return e.getRealmId(); }
    public String orderId() { return e.getOrderId(); }
    public String userId() { return e.getUserId(); }
    public String organizationId() { return e.getOrganizationId(); }
    public String adminUserId() { return e.getAdminUserId(); }
    public ContractState state() { return e.getState(); }
    public String tenantName() { return e.getTenantName(); }
    public String adminEmail() { return e.getAdminEmail(); }
    public NoticeState noticeState() { return e.getNoticeState(); }
    public NoticeKind noticeKind() { return e.getNoticeKind(); }
    public int noticeAttempts() { return e.getNoticeAttempts(); }
    public String adminLinkKey() { return e.getAdminLinkKey(); }
    public Long adminLinkExpiresAt() { return e.getAdminLinkExpiresAt(); }
    public AdminConfirmationState adminConfirmation() { return e.getAdminConfirmation(); }
    public Long reissueWindowAt() { return e.getReissueWindowAt(); }
    public int reissueCount() { return e.getReissueCount(); }
    public Long activatedAt() { return e.getActivatedAt(); }
    public Long endAt() { return e.getEndAt(); }
    public Long terminatedAt() { return e.getTerminatedAt(); }
    public Long purgeAt() { return e.getPurgeAt(); }
    public String pendingAdminUserId() { return e.getPendingAdminUserId(); }
    public String pendingAdminEmail() { return e.getPendingAdminEmail(); }
    public Long adminChangedAt() { return e.getAdminChangedAt(); }

    /** ACTIVE or TERMINATION_REQUESTED: the tenant is in use, its contractor may change it. */
    public boolean inUse() {
        return e.getState() == ContractState.ACTIVE || e.getState() == ContractState.TERMINATION_REQUESTED;
    }

    /** The contractor's information now: as last changed in the contractor portal, else as in {@code order}. */
    public Contractor contractor(Order order) {
        if (e.getContractor() == null) {
            return order.contractor();
        }
        try {
            return JsonSerialization.readValue(e.getContractor(), Contractor.class);
        } catch (IOException ex) {
            throw new IllegalStateException("contract " + e.getId() + " has an unreadable contractor", ex);
        }
    }

    /** ご契約内容変更: the contractor's information from now on (normalized); the order keeps what was ordered. */
    public void changeContractor(Contractor contractor, long now) {
        try {
            e.setContractor(JsonSerialization.writeValueAsString(contractor.normalized()));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        e.setUpdatedAt(now);
    }

    /** 利用終了の申込: ACTIVE → TERMINATION_REQUESTED, the service ending at {@code endAt}; false in any other state. */
    public boolean requestTermination(long endAt, long now) {
        if (e.getState() != ContractState.ACTIVE) {
            return false;
        }
        e.setState(ContractState.TERMINATION_REQUESTED);
        e.setEndAt(endAt);
        e.setUpdatedAt(now);
        return true;
    }

    /** 利用終了の取消: TERMINATION_REQUESTED before its end → ACTIVE; false otherwise. */
    public boolean cancelTermination(long now) {
        if (e.getState() != ContractState.TERMINATION_REQUESTED || e.getEndAt() == null || now >= e.getEndAt()) {
            return false;
        }
        e.setState(ContractState.ACTIVE);
        e.setEndAt(null);
        e.setUpdatedAt(now);
        return true;
    }

    /** The operator ends the contract now (ACTIVE or TERMINATION_REQUESTED): the lifecycle task disables the tenant. */
    public boolean endNow(long now) {
        if (!inUse()) {
            return false;
        }
        e.setState(ContractState.TERMINATION_REQUESTED);
        e.setEndAt(now);
        e.setUpdatedAt(now);
        return true;
    }

    /** The tenant is disabled: TERMINATED, its data to be deleted at {@code purgeAt}. */
    public void terminated(long now, long purgeAt) {
        e.setState(ContractState.TERMINATED);
        e.setTerminatedAt(now);
        e.setPurgeAt(purgeAt);
        e.setPendingAdminUserId(null);
        e.setPendingAdminEmail(null);
        e.setUpdatedAt(now);
    }

    /**
     * The tenant's data is deleted: PURGED. The record keeps the contract (dates, tenant name, order) and loses the
     * tenant users' personal data (the administrator's e-mail and account) and the first-login link's key.
     */
    public void purged(long now) {
        e.setState(ContractState.PURGED);
        e.setAdminEmail(null);
        e.setAdminUserId(null);
        e.setPendingAdminUserId(null);
        e.setPendingAdminEmail(null);
        linkIssued(null, null);
        e.setUpdatedAt(now);
    }

    /** 管理者の変更: {@code userId} becomes the administrator once it has logged in; the current one keeps the role until then. */
    public void nameAdministrator(String userId, String email, long now) {
        e.setPendingAdminUserId(userId);
        e.setPendingAdminEmail(email);
        e.setAdminChangedAt(now);
        e.setUpdatedAt(now);
    }

    /** The named administrator has logged in: it is the contract's administrator now. */
    public void administratorChanged(long now) {
        e.setAdminUserId(e.getPendingAdminUserId());
        e.setAdminEmail(e.getPendingAdminEmail());
        e.setPendingAdminUserId(null);
        e.setPendingAdminEmail(null);
        e.setUpdatedAt(now);
    }

    public boolean active() {
        return e.getState() == ContractState.ACTIVE;
    }

    /** An ACTIVE contract with an administrator: its first-login link may be reissued. */
    public boolean reissuable() {
        return active() && e.getAdminUserId() != null;
    }

    public boolean awaitingConfirmation() {
        return e.getAdminConfirmation() == AdminConfirmationState.PENDING;
    }

    /** The mail pending or sent is the reissued link. */
    public boolean reissue() {
        return e.getNoticeKind() == NoticeKind.REISSUE;
    }

    /**
     * The tenant exists: ACTIVE with its organization and administrator; the first activation queues the
     * サービス利用開始通知. Idempotent: a second call changes the names only.
     */
    public void activate(String organizationId, String adminUserId, String tenantName, String adminEmail, long now) {
        if (e.getState() != ContractState.ACTIVE) {
            e.setState(ContractState.ACTIVE);
            e.setActivatedAt(now);
            queue(NoticeKind.START, now);
        }
        e.setOrganizationId(organizationId);
        e.setAdminUserId(adminUserId);
        e.setTenantName(tenantName);
        e.setAdminEmail(adminEmail);
        e.setUpdatedAt(now);
    }

    /** The administrator is an existing account: it becomes administrator only when its owner confirms. */
    public void awaitConfirmation() {
        e.setAdminConfirmation(AdminConfirmationState.PENDING);
    }

    /** The owner confirmed: the confirmation link is spent. */
    public void confirmed(long now) {
        e.setAdminConfirmation(AdminConfirmationState.CONFIRMED);
        linkIssued(null, null);
        e.setUpdatedAt(now);
    }

    /** The newest link's single-use key and expiry (epoch seconds); nulls: no live link. */
    public void linkIssued(String key, Long expiresAt) {
        e.setAdminLinkKey(key);
        e.setAdminLinkExpiresAt(expiresAt);
    }

    /** True when a reissue must wait: a reissued mail is pending, or one was sent less than a minute ago. */
    public boolean reissueWaits(long now) {
        boolean pending = e.getNoticeState() == NoticeState.PENDING && reissue();
        boolean justSent = reissue() && e.getNoticeSentAt() != null && now - e.getNoticeSentAt() < REISSUE_PAUSE_MILLIS;
        return pending || justSent;
    }

    /**
     * A new link is to go out now: a サービス利用開始通知 still pending stays that mail (it will carry the new link), else
     * a REISSUE is queued; an attempt under way loses its lease. The caller has revoked the previous link.
     */
    public void queueReissue(long now) {
        boolean startPending = e.getNoticeState() == NoticeState.PENDING && e.getNoticeKind() == NoticeKind.START;
        linkIssued(null, null);
        queue(startPending ? NoticeKind.START : NoticeKind.REISSUE, now);
        e.setNoticeLeaseUntil(null);
        e.setUpdatedAt(now);
    }

    /** Counts one reissue in the contract's 24-hour window ({@code newWindow}: a new window starts now). */
    public void countReissue(boolean newWindow, long now) {
        e.setReissueWindowAt(newWindow ? now : e.getReissueWindowAt());
        e.setReissueCount(newWindow ? 1 : e.getReissueCount() + 1);
    }

    /** A pending mail becomes due now (an operator asked); an attempt under way keeps its lease. */
    public boolean mailDueNow(long now) {
        if (e.getNoticeState() != NoticeState.PENDING) {
            return false;
        }
        e.setNoticeNextAt(Math.min(e.getNoticeNextAt() == null ? Long.MAX_VALUE : e.getNoticeNextAt(), now));
        return true;
    }

    private void queue(NoticeKind kind, long now) {
        e.setNoticeState(NoticeState.PENDING);
        e.setNoticeKind(kind);
        e.setNoticeAttempts(0);
        e.setNoticeNextAt(now);
    }
}
