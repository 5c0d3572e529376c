package jp.omakase.order;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.keycloak.models.KeycloakSession;

import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;

/**
 * The only reader and writer of {@code OMK_CONTRACT}, in the transaction of the session it is given. The contract's
 * mail outbox changes by conditional updates that answer whether they applied: a claim takes a due, PENDING mail for a
 * lease when no other lease runs; only the holder of the lease records the outcome.
 */
public final class ContractStore {

    /** A contract with its order, as the contractor portal lists them. */
    public record WithOrder(Contract contract, Order order) {
    }

    private final EntityManager em;

    private ContractStore(EntityManager em) {
        this.em = em;
    }

    public static ContractStore of(KeycloakSession session) {
        return new ContractStore(OrderStore.em(session));
    }

    public Optional<Contract> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ContractEntity.class, id)).map(Contract::new);
    }

    /** The contract, its row locked until the transaction ends. */
    public Optional<Contract> lock(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ContractEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(Contract::new);
    }

    public Optional<Contract> byOrder(String orderId) {
        return em.createNamedQuery("omakase.contractByOrder", ContractEntity.class).setParameter("orderId", orderId)
                .getResultStream().findFirst().map(Contract::new);
    }

    /** The order's contract, its row locked until the transaction ends. */
    public Optional<Contract> lockByOrder(String orderId) {
        return em.createNamedQuery("omakase.contractByOrder", ContractEntity.class).setParameter("orderId", orderId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().map(Contract::new);
    }

    /** The contracts of {@code userId} with their orders (one query), newest first. */
    public List<WithOrder> withOrdersOf(String realmId, String userId, int max) {
        return em.createNamedQuery("omakase.contractsWithOrdersByUser", Object[].class).setParameter("realmId", realmId)
                .setParameter("userId", userId).setMaxResults(max).getResultStream()
                .map(row -> new WithOrder(new Contract((ContractEntity) row[0]), new Order((OrderEntity) row[1])))
                .toList();
    }

    /** The contracts of {@code realmId} with their orders, newest first; only those in {@code state} unless it is null. */
    public List<WithOrder> withOrdersOfRealm(String realmId, ContractState state, int first, int max) {
        var query = state == null ? em.createNamedQuery("omakase.contractsWithOrdersOfRealm", Object[].class)
                : em.createNamedQuery("omakase.contractsWithOrdersOfRealmInState", Object[].class).setParameter("state", state);
        return query.setParameter("realmId", realmId).setFirstResult(first).setMaxResults(max).getResultStream()
                .map(row -> new WithOrder(new Contract((ContractEntity) row[0]), new Order((OrderEntity) row[1])))
                .toList();
    }

    /**
     * Contracts the lifecycle task has work for at {@code now}: a termination whose end came, a purge whose retention
     * passed, an administrator change waiting for the new administrator's first login.
     */
    public List<String> lifecycleDue(long now, int max) {
        return em.createNamedQuery("omakase.contractsOfLifecycle", String.class).setParameter("now", now).setMaxResults(max)
                .getResultList();
    }

    /** Contracts of {@code userId} that are neither TERMINATED nor PURGED. */
    public long openOf(String realmId, String userId) {
        return em.createNamedQuery("omakase.openContractsOfUser", Long.class).setParameter("realmId", realmId)
                .setParameter("userId", userId).getSingleResult();
    }

    /** First-login link reissues of {@code userId}'s contracts in windows opened after {@code since}. */
    public long reissuesOf(String realmId, String userId, long since) {
        return em.createNamedQuery("omakase.reissuesOfUser", Number.class).setParameter("realmId", realmId)
                .setParameter("userId", userId).setParameter("since", since).getSingleResult().longValue();
    }

    /** Contracts whose PENDING mail is due and not leased. */
    public List<String> mailsDue(long now, int max) {
        return em.createNamedQuery("omakase.noticesDue", String.class).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /**
     * Takes the contract's PENDING mail until {@code lease} if it is due and not leased; then the contract as it is now
     * (the update bypassed the persistence context), else empty.
     */
    public Optional<Contract> claimMail(String id, long now, long lease) {
        int claimed = em.createNamedQuery("omakase.claimNotice").setParameter("id", id).setParameter("now", now)
                .setParameter("lease", lease).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        ContractEntity contract = em.find(ContractEntity.class, id);
        em.refresh(contract);
        return Optional.of(new Contract(contract));
    }

    /** The leased mail was sent: SENT, if {@code lease} still holds it; true if it did. */
    public boolean mailSent(String id, long now, long lease) {
        return em.createNamedQuery("omakase.noticeSent").setParameter("id", id).setParameter("now", now)
                .setParameter("lease", lease).executeUpdate() == 1;
    }

    /** The leased mail was refused: next attempt at {@code next}, if {@code lease} still holds it; true if it did. */
    public boolean mailRetry(String id, long now, long lease, long next) {
        return em.createNamedQuery("omakase.noticeRetry").setParameter("id", id).setParameter("now", now)
                .setParameter("lease", lease).setParameter("next", next).executeUpdate() == 1;
    }

    /** The PENDING mail could not even be prepared: next attempt at {@code next}. */
    public void mailNotPrepared(String id, long now, long next) {
        em.createNamedQuery("omakase.noticeNotPrepared").setParameter("id", id).setParameter("now", now)
                .setParameter("next", next).executeUpdate();
    }
}
