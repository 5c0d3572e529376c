package jp.omakase.tenant.signins;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.jpa.EventEntity;
import org.keycloak.models.jpa.entities.OrganizationEntity;

import jp.omakase.tenant.ConsoleAccess;

/**
 * The login events (LOGIN, LOGIN_ERROR) of one tenant's members in Keycloak's event store of the service realm, newest
 * first, counted and paged in the database: Keycloak's {@code EventQuery} filters by one user only, so this query joins
 * the events with the Organization's membership (its internal group), read only. An event without a user id (a failed
 * login with an unknown name) never matches, nor does an event of a user who is not a member of this tenant now.
 */
final class SignInQuery {

    static final List<String> TYPES = List.of(EventType.LOGIN.name(), EventType.LOGIN_ERROR.name());

    private final EntityManager em;
    private final String realmId;
    private final String groupId;
    private final SignInFilter filter;

    SignInQuery(ConsoleAccess.Granted access, SignInFilter filter) {
        this.em = access.session().getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = access.realm().getId();
        OrganizationEntity org = em.find(OrganizationEntity.class, access.tenant().getId());
        this.groupId = org == null ? "" : org.getGroupId();
        this.filter = filter;
    }

    long count() {
        return bind(em.createQuery("select count(e) " + from(), Long.class)).getSingleResult();
    }

    /** The events of a page, newest first. */
    List<EventEntity> page(int first, int max) {
        return bind(em.createQuery("select e " + from() + " order by e.time desc, e.id", EventEntity.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    private String from() {
        StringBuilder jpql = new StringBuilder("from EventEntity e where e.realmId = :realm and e.type in (:types)")
                .append(" and e.userId is not null")
                .append(" and e.userId in (select m.user.id from UserGroupMembershipEntity m where m.groupId = :group)");
        if (filter.userId() != null) {
            jpql.append(" and e.userId = :user");
        }
        if (filter.fromMillis() != null) {
            jpql.append(" and e.time >= :from");
        }
        if (filter.toMillis() != null) {
            jpql.append(" and e.time < :to");
        }
        return jpql.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q) {
        q.setParameter("realm", realmId).setParameter("types", TYPES).setParameter("group", groupId);
        if (filter.userId() != null) {
            q.setParameter("user", filter.userId());
        }
        if (filter.fromMillis() != null) {
            q.setParameter("from", filter.fromMillis());
        }
        if (filter.toMillis() != null) {
            q.setParameter("to", filter.toMillis());
        }
        return q;
    }
}
