package jp.omakase.order;

/**
 * A contract's life: PENDING until its tenant exists, ACTIVE while in use, TERMINATION_REQUESTED once the contractor (or
 * the operator) asked for 利用終了 (cancellable until its end), TERMINATED when the tenant is disabled, PURGED when the
 * tenant's data is deleted (the contract and order records stay).
 */
public enum ContractState {
    PENDING, ACTIVE, TERMINATION_REQUESTED, TERMINATED, PURGED
}
