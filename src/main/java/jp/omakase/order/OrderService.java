package jp.omakase.order;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.keycloak.common.ClientConnection;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.util.JsonSerialization;

import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;

/**
 * Places orders exactly once per store order number: the order row, its PENDING contract and its admin event ({@code OMAKASE_ORDER} CREATE,
 * which provisioning listens to) are written in one transaction of their own, so that a concurrent twin that loses
 * the unique key can read the winner and answer with it (same body) or a conflict (different body).
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
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        Optional<Placed> existing = existing(factory, realmId, order.storeOrderNumber(), hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        ClientConnection connection = session.getContext().getConnection();
        try {
            OrderView created = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> {
                RealmModel r = s.realms().getRealm(realmId);
                s.getContext().setRealm(r);
                OrderEntity e = entity(realmId, order, hash, pricing, channel);
                // FRONTEND_URL stays null: mail links come from the configured public URL (support.PublicUrls), never the request
                EntityManager em = s.getProvider(JpaConnectionProvider.class).getEntityManager();
                em.persist(e);
                em.flush();
                ContractEntity contract = contract(e);
                em.persist(contract);
                OrderView view = OrderView.of(e, contract);
                new AdminEventBuilder(r, actor, s, connection).operation(OperationType.CREATE).resource(EVENT_RESOURCE)
                        .resourcePath("omakase/orders/" + e.getId()).representation(view).success();
                return view;
            });
            LOG.infof("Order %s placed in realm %s (%s)", created.id(), realm.getName(), channel);
            return new Placed(created, true, false);
        } catch (RuntimeException e) {
            // most likely the unique key: a twin request placed the same number first
            return existing(factory, realmId, order.storeOrderNumber(), hash).orElseThrow(() -> e);
        }
    }

    /** The order already placed with this number, as the answer to a request with {@code hash}: same order or conflict. */
    private static Optional<Placed> existing(KeycloakSessionFactory factory, String realmId, String number, String hash) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> byNumber(s, realmId, number)
                .map(e -> new Placed(view(s, e), false, !e.getRequestHash().equals(hash))));
    }

    public static Optional<OrderView> byId(KeycloakSession session, RealmModel realm, String id) {
        OrderEntity e = em(session).find(OrderEntity.class, id);
        return e == null || !e.getRealmId().equals(realm.getId()) ? Optional.empty() : Optional.of(view(session, e));
    }

    public static List<OrderView> byUser(KeycloakSession session, RealmModel realm, String userId) {
        return em(session).createNamedQuery("omakase.ordersByUser", OrderEntity.class).setParameter("realmId", realm.getId())
                .setParameter("userId", userId).setMaxResults(200).getResultList().stream().map(e -> view(session, e)).toList();
    }

    private static Optional<OrderEntity> byNumber(KeycloakSession s, String realmId, String number) {
        return em(s).createNamedQuery("omakase.orderByNumber", OrderEntity.class).setParameter("realmId", realmId)
                .setParameter("orderNumber", number).getResultStream().findFirst();
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

    private static OrderEntity entity(String realmId, OrderRequest order, String hash, Pricing pricing, String channel) {
        long now = System.currentTimeMillis();
        OrderEntity e = new OrderEntity();
        e.setId(KeycloakModelUtils.generateId());
        e.setRealmId(realmId);
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
