package jp.omakase.order;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.keycloak.common.ClientConnection;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.jpa.entities.UserEntity;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.util.JsonSerialization;

import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;
import jp.omakase.provisioning.ProvisioningEventListenerProviderFactory;

/**
 * Places orders exactly once per store and store order number: the order row, its PENDING contract and its admin event
 * ({@code OMAKASE_ORDER} CREATE, ids only, which provisioning listens to) are written in one transaction of their own, so that a concurrent twin that loses
 * the unique key can read the winner and answer with it (same body) or a conflict (different body). An order of a
 * Business ID that already has the allowed number of open contracts is HELD for the operator (not provisioned).
 */
public final class OrderService {

    public static final String EVENT_RESOURCE = "OMAKASE_ORDER";
    private static final Logger LOG = Logger.getLogger(OrderService.class);

    /** The outcome of placing an order. */
    public record Placed(OrderView order, boolean created, boolean conflict) {
    }

    private OrderService() {
    }

    public static Placed place(KeycloakSession session, RealmModel realm, OrderRequest request, Pricing pricing,
                               String channel, AdminAuth actor) {
        OrderRequest order = request.normalized();
        String hash = request.hash();
        String store = actor.getClient().getClientId();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        Optional<Placed> existing = existing(factory, realmId, store, order.storeOrderNumber(), hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        int maxOpenContracts = ProvisioningEventListenerProviderFactory.settings(session).maxOpenContracts();
        ClientConnection connection = session.getContext().getConnection();
        try {
            OrderView created = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> {
                RealmModel r = s.realms().getRealm(realmId);
                s.getContext().setRealm(r);
                EntityManager em = s.getProvider(JpaConnectionProvider.class).getEntityManager();
                // one placement at a time per Business ID, so that simultaneous orders cannot pass the limit together
                em.find(UserEntity.class, order.subject(), LockModeType.PESSIMISTIC_WRITE);
                long open = em.createNamedQuery("omakase.openContractsOfUser", Long.class).setParameter("realmId", realmId)
                        .setParameter("userId", order.subject()).getSingleResult();
                OrderEntity e = entity(realmId, store, order, hash, pricing, channel);
                if (open >= maxOpenContracts) {
                    e.setState(OrderState.HELD.name());
                }
                // FRONTEND_URL stays null: mail links come from the configured public URL (support.PublicUrls), never the request
                em.persist(e);
                em.flush();
                ContractEntity contract = contract(e);
                em.persist(contract);
                OrderView view = OrderView.of(e, contract);
                new AdminEventBuilder(r, actor, s, connection).operation(OperationType.CREATE).resource(EVENT_RESOURCE)
                        .resourcePath("omakase/orders/" + e.getId()).representation(eventRepresentation(e, contract)).success();
                return view;
            });
            LOG.infof("Order %s placed in realm %s (%s, store %s, %s)", created.id(), realm.getName(), channel, store, created.state());
            return new Placed(created, true, false);
        } catch (RuntimeException e) {
            // most likely the unique key: a twin request placed the same number first
            return existing(factory, realmId, store, order.storeOrderNumber(), hash).orElseThrow(() -> e);
        }
    }

    /** What the {@code OMAKASE_ORDER} admin event carries: ids and states, never the contractor. */
    static Map<String, Object> eventRepresentation(OrderEntity e, ContractEntity contract) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", e.getId());
        r.put("orderNumber", e.getOrderNumber());
        r.put("store", e.getStoreClient());
        r.put("subject", e.getUserId());
        r.put("channel", e.getChannel());
        r.put("state", e.getState());
        r.put("contractId", contract.getId());
        return r;
    }

    /** The order already placed with this number, as the answer to a request with {@code hash}: same order or conflict. */
    private static Optional<Placed> existing(KeycloakSessionFactory factory, String realmId, String store, String number, String hash) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> byNumber(s, realmId, store, number)
                .map(e -> new Placed(view(s, e), false, !e.getRequestHash().equals(hash))));
    }

    public static Optional<OrderView> byId(KeycloakSession session, RealmModel realm, String id) {
        OrderEntity e = em(session).find(OrderEntity.class, id);
        return e == null || !e.getRealmId().equals(realm.getId()) ? Optional.empty() : Optional.of(view(session, e));
    }

    /** The order {@code id} if it belongs to {@code store}. */
    public static Optional<OrderView> byId(KeycloakSession session, RealmModel realm, String store, String id) {
        OrderEntity e = em(session).find(OrderEntity.class, id);
        return e == null || !e.getRealmId().equals(realm.getId()) || !e.getStoreClient().equals(store) ? Optional.empty()
                : Optional.of(view(session, e));
    }

    /** The orders of {@code userId} placed through {@code store}, newest first. */
    public static List<OrderView> byUser(KeycloakSession session, RealmModel realm, String store, String userId) {
        return em(session).createNamedQuery("omakase.storeOrdersByUser", OrderEntity.class).setParameter("realmId", realm.getId())
                .setParameter("storeClient", store).setParameter("userId", userId).setMaxResults(200).getResultList().stream()
                .map(e -> view(session, e)).toList();
    }

    public static List<OrderView> byUser(KeycloakSession session, RealmModel realm, String userId) {
        return em(session).createNamedQuery("omakase.ordersByUser", OrderEntity.class).setParameter("realmId", realm.getId())
                .setParameter("userId", userId).setMaxResults(200).getResultList().stream().map(e -> view(session, e)).toList();
    }

    private static Optional<OrderEntity> byNumber(KeycloakSession s, String realmId, String store, String number) {
        return em(s).createNamedQuery("omakase.orderByNumber", OrderEntity.class).setParameter("realmId", realmId)
                .setParameter("storeClient", store).setParameter("orderNumber", number).getResultStream().findFirst();
    }

    private static OrderView view(KeycloakSession session, OrderEntity e) {
        ContractEntity contract = em(session).createNamedQuery("omakase.contractByOrder", ContractEntity.class)
                .setParameter("orderId", e.getId()).getResultStream().findFirst().orElse(null);
        return OrderView.of(e, contract);
    }

    private static ContractEntity contract(OrderEntity order) {
        ContractEntity c = new ContractEntity();
        c.setId(KeycloakModelUtils.generateId());
        c.setRealmId(order.getRealmId());
        c.setOrderId(order.getId());
        c.setUserId(order.getUserId());
        c.setState(ContractState.PENDING.name());
        c.setCreatedAt(order.getCreatedAt());
        c.setUpdatedAt(order.getCreatedAt());
        return c;
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    private static OrderEntity entity(String realmId, String store, OrderRequest order, String hash, Pricing pricing, String channel) {
        long now = System.currentTimeMillis();
        OrderEntity e = new OrderEntity();
        e.setId(KeycloakModelUtils.generateId());
        e.setRealmId(realmId);
        e.setStoreClient(store);
        e.setOrderNumber(order.storeOrderNumber());
        e.setUserId(order.subject());
        e.setProductCode(pricing.productCode());
        e.setQuantity(1);
        e.setInitialFee(pricing.initialFee());
        e.setMonthlyFee(pricing.monthlyFee());
        e.setTaxRate(pricing.taxRatePercent());
        e.setTax(pricing.tax());
        e.setTotal(pricing.total());
        try {
            e.setContractor(JsonSerialization.writeValueAsString(order.contractor()));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        e.setRequestHash(hash);
        e.setChannel(channel);
        e.setState(OrderState.ORDERED.name());
        e.setRetryCount(0);
        e.setCreatedAt(now);
        e.setUpdatedAt(now);
        return e;
    }
}
