package jp.omakase.order;

/** An order's life: ORDERED, then PROVISIONING while the tenant is made, then ACTIVE; or FAILED with a reason. */
public enum OrderState {
    ORDERED, PROVISIONING, ACTIVE, FAILED
}
