package jp.omakase.contract;

import java.time.Instant;
import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import jp.omakase.order.Contract;
import jp.omakase.order.ContractStore;
import jp.omakase.support.JapanTime;

/** A contract as the contractor portal lists it (dates in Japan time). */
public record ContractView(String id, String tenantName, String state, String orderNumber, String orderedAt,
                           String adminEmail, String mailState, String linkExpiresAt, boolean reissuable) {

    /** The contracts {@code userId} holds in {@code realm} with their orders (one query), newest first. */
    static List<ContractView> of(KeycloakSession session, RealmModel realm, String userId) {
        return ContractStore.of(session).withOrdersOf(realm.getId(), userId, 100).stream().map(row -> {
            Contract c = row.contract();
            return new ContractView(c.id(), c.tenantName(), c.state().name(), row.order().orderNumber(),
                    JapanTime.date(Instant.ofEpochMilli(row.order().createdAt())), c.adminEmail(),
                    c.noticeState() == null ? null : c.noticeState().name(),
                    c.adminLinkExpiresAt() == null ? null : JapanTime.minute(Instant.ofEpochSecond(c.adminLinkExpiresAt())),
                    c.reissuable());
        }).toList();
    }
}
