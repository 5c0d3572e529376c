package jp.omakase.order;

/** A contract's life: PENDING until its tenant exists, ACTIVE while in use, TERMINATED after 利用終了. */
public enum ContractState {
    PENDING, ACTIVE, TERMINATED
}
