package jp.omakase.order;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;

/**
 * The only reader and writer of {@code OMK_ORDER}, in the transaction of the session it is given. The provisioning
 * claim is a conditional update that answers whether it applied.
 */
public final class OrderStore {

    /** The JPA entities of the order package, for the one entity provider ({@code persistence}). */
    public static final List<Class<?>> ENTITIES = List.of(OrderEntity.class, ContractEntity.class);

    private final EntityManager em;

    private OrderStore(EntityManager em) {
        this.em = em;
    }

    public static OrderStore of(KeycloakSession session) {
        return new OrderStore(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public Optional<Order> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(OrderEntity.class, id)).map(Order::new);
    }

    /** The order, its row locked until the transaction ends. */
    public Optional<Order> lock(String id) {
        return Optional.ofNullable(id == null ? null : em.find(OrderEntity.class, id, LockModeType.PESSIMISTIC_WRITE)).map(Order::new);
    }

    /**
     * Claims the order for provisioning: ORDERED, or PROVISIONING under a claim whose lease ran out (made before
     * {@code leaseStale}: its node died or hangs), or after a failed attempt made before {@code retryStale}; true if it
     * applied. Any node may claim: the claim is the only thing that says who works on an order.
     */
    public boolean claim(String id, long now, long leaseStale, long retryStale) {
        return em.createNamedQuery("omakase.claimOrder").setParameter("id", id).setParameter("now", now)
                .setParameter("lease", leaseStale).setParameter("retry", retryStale).executeUpdate() == 1;
    }

    /**
     * Orders to provision again: ORDERED before {@code leaseStale} (queued in a node that died, or not yet reached by a
     * busy one), PROVISIONING under a claim made before it, or after a failed attempt made before {@code retryStale}.
     */
    public List<String> toRedrive(long leaseStale, long retryStale, int max) {
        return em.createNamedQuery("omakase.ordersToRedrive", String.class).setParameter("lease", leaseStale)
                .setParameter("retry", retryStale).setMaxResults(max).getResultList();
    }

    Optional<Order> byNumber(String realmId, String store, String number) {
        return em.createNamedQuery("omakase.orderByNumber", OrderEntity.class).setParameter("realmId", realmId)
                .setParameter("storeClient", store).setParameter("orderNumber", number).getResultStream().findFirst().map(Order::new);
    }

    /** The orders of {@code userId}, newest first; through {@code store} only unless it is null. */
    List<Order> byUser(String realmId, String store, String userId, int max) {
        return (store == null ? em.createNamedQuery("omakase.ordersByUser", OrderEntity.class)
                : em.createNamedQuery("omakase.storeOrdersByUser", OrderEntity.class).setParameter("storeClient", store))
                .setParameter("realmId", realmId).setParameter("userId", userId).setMaxResults(max).getResultStream()
                .map(Order::new).toList();
    }

    /** Adds a new order with its PENDING contract; the order row is flushed first (its unique number decides twins). */
    Contract add(OrderEntity order) {
        em.persist(order);
        em.flush();
        ContractEntity c = new ContractEntity();
        c.setId(KeycloakModelUtils.generateId());
        c.setRealmId(order.getRealmId());
        c.setOrderId(order.getId());
        c.setUserId(order.getUserId());
        c.setState(ContractState.PENDING);
        c.setCreatedAt(order.getCreatedAt());
        c.setUpdatedAt(order.getCreatedAt());
        em.persist(c);
        return new Contract(c);
    }
}
