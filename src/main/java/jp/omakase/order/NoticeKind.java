package jp.omakase.order;

/** Which mail a contract's outbox holds: START (サービス利用開始通知) or REISSUE (a new first-login link). */
public enum NoticeKind {
    START, REISSUE
}
