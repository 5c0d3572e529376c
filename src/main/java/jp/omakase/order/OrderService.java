package jp.omakase.order;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.keycloak.common.ClientConnection;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.jpa.entities.UserEntity;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.util.JsonSerialization;

import jp.omakase.order.jpa.OrderEntity;

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

    /** Places the order; it is HELD when the Business ID already holds {@code maxOpenContracts} open contracts. */
    public static Placed place(KeycloakSession session, RealmModel realm, OrderRequest request, Pricing pricing,
                               String channel, AdminAuth actor, int maxOpenContracts) {
        OrderRequest order = request.normalized();
        String hash = request.hash();
        String store = actor.getClient().getClientId();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        Optional<Placed> existing = existing(factory, realmId, store, order.storeOrderNumber(), hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        ClientConnection connection = session.getContext().getConnection();
        try {
            OrderView created = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> {
                RealmModel r = s.realms().getRealm(realmId);
                s.getContext().setRealm(r);
                // one placement at a time per Business ID, so that simultaneous orders cannot pass the limit together
                OrderStore.em(s).find(UserEntity.class, order.subject(), LockModeType.PESSIMISTIC_WRITE);
                // a twin of the same Business ID (posted again, maybe to another node) waited for that lock: the winner
                // is committed and visible now, so it is answered without a failing insert
                if (OrderStore.of(s).byNumber(realmId, store, order.storeOrderNumber()).isPresent()) {
                    return null;
                }
                long open = ContractStore.of(s).openOf(realmId, order.subject());
                OrderEntity e = entity(realmId, store, order, hash, pricing, channel);
                if (open >= maxOpenContracts) {
                    e.setState(OrderState.HELD);
                }
                // FRONTEND_URL stays null: mail links come from the configured public URL (support.PublicUrls), never the request
                Contract contract = OrderStore.of(s).add(e);
                OrderView view = OrderView.of(new Order(e), contract);
                new AdminEventBuilder(r, actor, s, connection).operation(OperationType.CREATE).resource(EVENT_RESOURCE)
                        .resourcePath("omakase/orders/" + e.getId()).representation(eventRepresentation(view)).success();
                return view;
            });
            if (created == null) {
                return existing(factory, realmId, store, order.storeOrderNumber(), hash).orElseThrow();
            }
            LOG.infof("Order %s placed in realm %s (%s, store %s, %s)", created.id(), realm.getName(), channel, store, created.state());
            return new Placed(created, true, false);
        } catch (RuntimeException e) {
            // most likely the unique key: a twin request placed the same number first
            return existing(factory, realmId, store, order.storeOrderNumber(), hash).orElseThrow(() -> e);
        }
    }

    /** What the {@code OMAKASE_ORDER} admin event carries: ids and states, never the contractor. */
    static Map<String, Object> eventRepresentation(OrderView o) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", o.id());
        r.put("orderNumber", o.orderNumber());
        r.put("store", o.store());
        r.put("subject", o.subject());
        r.put("channel", o.channel());
        r.put("state", o.state());
        r.put("contractId", o.contractId());
        return r;
    }

    /** The order already placed with this number, as the answer to a request with {@code hash}: same order or conflict. */
    private static Optional<Placed> existing(KeycloakSessionFactory factory, String realmId, String store, String number, String hash) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> OrderStore.of(s).byNumber(realmId, store, number)
                .map(o -> new Placed(view(s, o), false, !o.entity().getRequestHash().equals(hash))));
    }

    public static Optional<OrderView> byId(KeycloakSession session, RealmModel realm, String id) {
        return OrderStore.of(session).find(id).filter(o -> o.realmId().equals(realm.getId())).map(o -> view(session, o));
    }

    /** The order {@code id} if it belongs to {@code store}. */
    public static Optional<OrderView> byId(KeycloakSession session, RealmModel realm, String store, String id) {
        return byId(session, realm, id).filter(o -> o.store().equals(store));
    }

    /** The orders of {@code userId} placed through {@code store}, newest first. */
    public static List<OrderView> byUser(KeycloakSession session, RealmModel realm, String store, String userId) {
        return OrderStore.of(session).byUser(realm.getId(), store, userId, 200).stream().map(o -> view(session, o)).toList();
    }

    public static List<OrderView> byUser(KeycloakSession session, RealmModel realm, String userId) {
        return byUser(session, realm, null, userId);
    }

    private static OrderView view(KeycloakSession session, Order o) {
        return OrderView.of(o, ContractStore.of(session).byOrder(o.id()).orElse(null));
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
        e.setState(OrderState.ORDERED);
        e.setRetryCount(0);
        e.setCreatedAt(now);
        e.setUpdatedAt(now);
        return e;
    }
}
