package jp.omakase.order;

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
