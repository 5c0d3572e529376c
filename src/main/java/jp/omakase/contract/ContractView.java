package jp.omakase.contract;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import jp.omakase.order.ContractState;
import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;

/** A contract as the contractor portal lists it (dates in Japan time). */
public record ContractView(String id, String tenantName, String state, String orderNumber, String orderedAt,
                           String adminEmail, String mailState, String linkExpiresAt, boolean reissuable) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneId.of("Asia/Tokyo"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    /** The contracts {@code userId} holds in {@code realm}, newest first. */
    static List<ContractView> of(KeycloakSession session, RealmModel realm, String userId) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        return em.createNamedQuery("omakase.contractsByUser", ContractEntity.class).setParameter("realmId", realm.getId())
                .setParameter("userId", userId).setMaxResults(100).getResultStream().map(c -> {
                    OrderEntity o = em.find(OrderEntity.class, c.getOrderId());
                    return new ContractView(c.getId(), c.getTenantName(), c.getState(), o.getOrderNumber(),
                            DATE.format(Instant.ofEpochMilli(o.getCreatedAt())), c.getAdminEmail(), c.getNoticeState(),
                            c.getAdminLinkExpiresAt() == null ? null : TIME.format(Instant.ofEpochSecond(c.getAdminLinkExpiresAt())),
                            ContractState.ACTIVE.name().equals(c.getState()) && c.getAdminUserId() != null);
                }).toList();
    }
}
