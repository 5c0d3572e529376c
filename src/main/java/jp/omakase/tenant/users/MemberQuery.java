package jp.omakase.tenant.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.jpa.entities.OrganizationEntity;

import jp.omakase.profile.ProfileAttributes;

/**
 * The members of one tenant that a search names, a page at a time, counted in the database: the Organization's
 * membership (its internal group) joined with the users, never all users of the realm loaded. Keycloak's own member
 * search ({@code OrganizationProvider.getMembersStream}) has no count and no attribute search; this query adds both,
 * on Keycloak's tables, read only. Every word of the search must appear in the name, the kana, the e-mail or the
 * login id; the state filter works on what the database holds (enabled flag, password credential); the group filter
 * keeps the direct members of one group. The order is the database's too ({@link Sort}, with the id as the last key so
 * that a page never repeats or skips a member). The kana words are matched by an uncorrelated {@code in (…)} over the
 * attributes, which PostgreSQL hashes once per query, where a correlated {@code exists} probed the attributes of every
 * member (10,000 members, 1,000 tenants: 140 → 80 ms a query, docs/benchmarks.md).
 */
public final class MemberQuery {

    /** Words of a search taken at most (a longer search is cut). */
    static final int MAX_WORDS = 4;
    /** The kana as sort keys: one attribute row each at most (the user profile keeps them single-valued). */
    private static final String KANA_JOINS = " left join u.attributes lk on lk.name = :lastKana"
            + " left join u.attributes fk on fk.name = :firstKana";

    /** A state to filter by; LOCKED is shown per row but is not a database filter (brute-force status is not in a table). */
    public enum Filter { ALL, ACTIVE, DISABLED, INVITED }

    /** A column to sort by, with its keys (missing values as empty text, so every database orders them first). */
    public enum Sort {
        NAME("coalesce(u.lastName, '')", "coalesce(u.firstName, '')", "coalesce(u.email, '')"),
        KANA("coalesce(lk.value, '')", "coalesce(fk.value, '')", "coalesce(u.email, '')"),
        EMAIL("coalesce(u.email, '')");

        private final List<String> keys;

        Sort(String... keys) {
            this.keys = List.of(keys);
        }

        /** The sort named in a URL ({@code name}, {@code kana}, {@code email}); anything else is the default, NAME. */
        public static Sort parse(String value) {
            for (Sort s : values()) {
                if (s.name().equalsIgnoreCase(value == null ? "" : value)) {
                    return s;
                }
            }
            return NAME;
        }
    }

    private final EntityManager em;
    private final String realmId;
    private final String groupId;
    private final List<String> words;
    private final Filter filter;
    private final String inGroup;
    private final Sort sort;
    private final boolean descending;

    private MemberQuery(EntityManager em, String realmId, String groupId, List<String> words, Filter filter, String inGroup, Sort sort,
                        boolean descending) {
        this.em = em;
        this.realmId = realmId;
        this.groupId = groupId;
        this.words = words;
        this.filter = filter;
        this.inGroup = inGroup;
        this.sort = sort;
        this.descending = descending;
    }

    public static MemberQuery of(KeycloakSession session, RealmModel realm, OrganizationModel tenant, String search, Filter filter) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        OrganizationEntity org = em.find(OrganizationEntity.class, tenant.getId());
        return new MemberQuery(em, realm.getId(), org == null ? "" : org.getGroupId(), words(search), filter, null, Sort.NAME, false);
    }

    /** Only the direct members of the group {@code id} (a group of this tenant: the caller checks it); null for all. */
    public MemberQuery inGroup(String id) {
        return new MemberQuery(em, realmId, groupId, words, filter, id, sort, descending);
    }

    /** The pages in {@code by} order, reversed when {@code desc}. */
    public MemberQuery sorted(Sort by, boolean desc) {
        return new MemberQuery(em, realmId, groupId, words, filter, inGroup, by, desc);
    }

    /** The search's words, lower-cased, without LIKE wildcards, at most {@link #MAX_WORDS}. */
    static List<String> words(String search) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : search.strip().split("[\\s\u3000]+")) {
            String clean = w.replace("\\", "").replace("%", "").replace("_", "").toLowerCase(Locale.ROOT);
            if (!clean.isEmpty() && out.size() < MAX_WORDS) {
                out.add(clean);
            }
        }
        return out;
    }

    /** Up to {@code max} ids of the tenant's enabled members that hold the role {@code roleId} directly. */
    static List<String> enabledAdmins(KeycloakSession session, RealmModel realm, OrganizationModel tenant, String roleId, int max) {
        MemberQuery members = of(session, realm, tenant, null, Filter.ALL);
        return members.em.createQuery("select u.id " + members.from() + " and u.enabled = true"
                        + " and exists (select r from UserRoleMappingEntity r where r.user = u and r.roleId = :role)", String.class)
                .setParameter("realm", members.realmId).setParameter("group", members.groupId).setParameter("role", roleId)
                .setMaxResults(max).getResultList();
    }

    public long count() {
        TypedQuery<Long> q = em.createQuery("select count(u) " + from(), Long.class);
        return bind(q).getSingleResult();
    }

    /** User ids of the page in the query's order (by default family name, given name, e-mail), the id last. */
    public List<String> ids(int first, int max) {
        String jpql = "select u.id " + from(sort == Sort.KANA ? KANA_JOINS : "") + orderBy(sort, descending);
        TypedQuery<String> q = em.createQuery(jpql, String.class);
        if (sort == Sort.KANA) {
            q.setParameter("lastKana", ProfileAttributes.LAST_NAME_KANA).setParameter("firstKana", ProfileAttributes.FIRST_NAME_KANA);
        }
        return bind(q).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The ORDER BY clause: the sort's keys, then the id (a stable order for paging), all in one direction. */
    static String orderBy(Sort sort, boolean descending) {
        String dir = descending ? " desc" : "";
        StringBuilder order = new StringBuilder(" order by ");
        for (String key : sort.keys) {
            order.append(key).append(dir).append(", ");
        }
        return order.append("u.id").append(dir).toString();
    }

    private String from() {
        return from("");
    }

    private String from(String joins) {
        StringBuilder jpql = new StringBuilder("from UserEntity u").append(joins)
                .append(" where u.realmId = :realm and u.serviceAccountClientLink is null")
                .append(" and exists (select m from UserGroupMembershipEntity m where m.user = u and m.groupId = :group)");
        for (int i = 0; i < words.size(); i++) {
            String p = ":w" + i;
            jpql.append(" and (lower(u.username) like ").append(p).append(" or lower(u.email) like ").append(p)
                    .append(" or lower(u.firstName) like ").append(p).append(" or lower(u.lastName) like ").append(p)
                    .append(" or u.id in (select a.user.id from UserAttributeEntity a where a.name in (:kana) and lower(a.value) like ")
                    .append(p).append("))");
        }
        if (inGroup != null) {
            jpql.append(" and exists (select gm from UserGroupMembershipEntity gm where gm.user = u and gm.groupId = :inGroup)");
        }
        String password = "exists (select c from CredentialEntity c where c.user = u and c.type = :password)";
        switch (filter) {
            case ACTIVE -> jpql.append(" and u.enabled = true and ").append(password);
            case DISABLED -> jpql.append(" and u.enabled = false");
            case INVITED -> jpql.append(" and u.enabled = true and not ").append(password);
            default -> { }
        }
        return jpql.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q) {
        q.setParameter("realm", realmId).setParameter("group", groupId);
        if (inGroup != null) {
            q.setParameter("inGroup", inGroup);
        }
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, "%" + words.get(i) + "%");
        }
        if (!words.isEmpty()) {
            q.setParameter("kana", List.of(ProfileAttributes.LAST_NAME_KANA, ProfileAttributes.FIRST_NAME_KANA));
        }
        if (filter == Filter.ACTIVE || filter == Filter.INVITED) {
            q.setParameter("password", CredentialModel.PASSWORD);
        }
        return q;
    }
}
