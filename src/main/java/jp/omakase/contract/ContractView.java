package jp.omakase.contract;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import jp.omakase.order.ContractState;
import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;
import jp.omakase.support.JapanTime;

/** A contract as the contractor portal lists it (dates in Japan time). */
public record ContractView(String id, String tenantName, String state, String orderNumber, String orderedAt,
                           String adminEmail, String mailState, String linkExpiresAt, boolean reissuable) {

    /** The contracts {@code userId} holds in {@code realm} with their orders (one query), newest first. */
    static List<ContractView> of(KeycloakSession session, RealmModel realm, String userId) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        return em.createNamedQuery("omakase.contractsWithOrdersByUser", Object[].class).setParameter("realmId", realm.getId())
                .setParameter("userId", userId).setMaxResults(100).getResultStream().map(row -> {
                    ContractEntity c = (ContractEntity) row[0];
                    OrderEntity o = (OrderEntity) row[1];
                    return new ContractView(c.getId(), c.getTenantName(), c.getState(), o.getOrderNumber(),
                            JapanTime.date(Instant.ofEpochMilli(o.getCreatedAt())), c.getAdminEmail(), c.getNoticeState(),
                            c.getAdminLinkExpiresAt() == null ? null : JapanTime.minute(Instant.ofEpochSecond(c.getAdminLinkExpiresAt())),
                            ContractState.ACTIVE.name().equals(c.getState()) && c.getAdminUserId() != null);
                }).toList();
    }
}
