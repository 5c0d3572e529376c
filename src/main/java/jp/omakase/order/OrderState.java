package jp.omakase.order;

/**
 * An order's life: ORDERED, then PROVISIONING while the tenant is made, then ACTIVE; or FAILED with a reason. HELD: the
 * Business ID already had as many open contracts as allowed; the order waits, unprovisioned, until an operator
 * releases it (the admin re-drive endpoint makes it ORDERED).
 */
public enum OrderState {
    ORDERED, PROVISIONING, ACTIVE, FAILED, HELD
}
