package jp.omakase.order;

/** The outbox state of a contract's mail to its administrator: none (null), PENDING until sent, SENT. */
public enum NoticeState {
    PENDING, SENT
}
