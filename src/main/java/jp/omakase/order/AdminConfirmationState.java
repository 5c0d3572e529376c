package jp.omakase.order;

/**
 * {@code ADMIN_CONFIRMATION} of a contract whose administrator is an account that existed before the order: PENDING
 * until its owner confirms (no membership, no role in the tenant yet), then CONFIRMED; null when no confirmation was
 * needed (a new account).
 */
public enum AdminConfirmationState {
    PENDING, CONFIRMED
}
