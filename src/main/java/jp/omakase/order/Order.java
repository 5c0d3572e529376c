package jp.omakase.order;

import java.io.IOException;

import org.keycloak.util.JsonSerialization;

import jp.omakase.order.jpa.OrderEntity;

/**
 * One order row, as the other packages see it: read it, and move it through its states only by the transitions below
 * (the row itself belongs to {@link OrderStore}). Changes join the transaction of the session that loaded it.
 */
public final class Order {

    private final OrderEntity e;

    Order(OrderEntity e) {
        this.e = e;
    }

    OrderEntity entity() {
        return e;
    }

    public String id() { return e.getId(); }
    public String realmId() { return e.getRealmId(); }
    public String storeClient() { return e.getStoreClient(); }
    public String orderNumber() { return e.getOrderNumber(); }
    public String userId() { return e.getUserId(); }
    public OrderState state() { return e.getState(); }
    public int retryCount() { return e.getRetryCount(); }
    public long createdAt() { return e.getCreatedAt(); }
    public long updatedAt() { return e.getUpdatedAt(); }

    /** The contractor as ordered. */
    public Contractor contractor() {
        try {
            return JsonSerialization.readValue(e.getContractor(), Contractor.class);
        } catch (IOException ex) {
            throw new IllegalStateException("order " + e.getId() + " has an unreadable contractor", ex);
        }
    }

    /** True while the provisioning claim made at {@code claimedAt} still holds this order. */
    public boolean claimedAt(long claimedAt) {
        return e.getState() == OrderState.PROVISIONING && e.getUpdatedAt() == claimedAt;
    }

    /** The tenant exists: ACTIVE, the last failure forgotten. */
    public void activated(long now) {
        e.setState(OrderState.ACTIVE);
        e.setFailureReason(null);
        e.setUpdatedAt(now);
    }

    /** An attempt failed with {@code reason} (a code); the last one makes the order FAILED. */
    public void attemptFailed(String reason, boolean last, long now) {
        e.setFailureReason(reason);
        e.setUpdatedAt(now);
        if (last) {
            e.setState(OrderState.FAILED);
        }
    }

    /** An operator re-drives the order: a HELD or FAILED order starts again from ORDERED with its attempts reset. */
    public void restart(long now) {
        if (e.getState() == OrderState.HELD || e.getState() == OrderState.FAILED) {
            e.setState(OrderState.ORDERED);
            e.setRetryCount(0);
            e.setUpdatedAt(now);
        }
    }
}
