package jp.omakase.company.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.util.JpaUtils;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.company.Company;
import jp.omakase.company.CompanyDirectoryProvider;
import jp.omakase.company.CompanyImporter;
import jp.omakase.company.CompanyNames;
import jp.omakase.company.CorporateNumber;
import jp.omakase.company.ImportReport;

/** The directory in the Keycloak database (table OMK_COMPANY), searched with JPA, imported with JDBC batches. */
public class JpaCompanyDirectoryProvider implements CompanyDirectoryProvider {

    private final KeycloakSession session;
    private final CompanyImporter importer;

    JpaCompanyDirectoryProvider(KeycloakSession session, CompanyImporter importer) {
        this.session = session;
        this.importer = importer;
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    @Override
    public List<Company> search(String query, int limit, boolean includeClosed) {
        String key = CompanyNames.key(query);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (CorporateNumber.isValid(key)) {
            return find(key).filter(c -> includeClosed || !c.closed()).map(List::of).orElse(List.of());
        }
        List<CompanyEntity> byName = prefixQuery(false, key, limit, includeClosed);
        if (!CompanyNames.isKana(key)) {
            return byName.stream().map(CompanyEntity::toCompany).toList();
        }
        // a kana query also matches furigana; merge both rankings: exact key, then shorter key, then key order
        Map<String, Ranked> merged = new LinkedHashMap<>();
        for (CompanyEntity e : byName) {
            merged.put(e.getCorporateNumber(), new Ranked(e, e.getNameKey()));
        }
        for (CompanyEntity e : prefixQuery(true, key, limit, includeClosed)) {
            merged.merge(e.getCorporateNumber(), new Ranked(e, e.getKanaKey()), (a, b) -> RANK.compare(a, b) <= 0 ? a : b);
        }
        List<Ranked> ranked = new ArrayList<>(merged.values());
        ranked.sort(RANK);
        return ranked.stream().limit(limit).map(r -> r.entity.toCompany()).toList();
    }

    private record Ranked(CompanyEntity entity, String matchedKey) {
    }

    private static final Comparator<Ranked> RANK = Comparator.<Ranked>comparingInt(r -> r.matchedKey.length())
            .thenComparing(Ranked::matchedKey).thenComparing(r -> r.entity.getCorporateNumber());

    /** Longest key the table holds (furigana, 500 characters). */
    static final int MAX_KEY_LENGTH = 500;
    /** A prefix with more matches than this is "common": it is read length by length. */
    static final int SPECIFIC = 200;

    /**
     * The first {@code limit} companies whose key starts with {@code key}, shortest keys first, then in key order.
     * A specific prefix (at most {@value #SPECIFIC} matches) is read whole in key order from the (key) index and
     * ranked here; a common one is read one key length at a time from the (length, key) index, shortest first,
     * until the limit is reached. Either way the database reads a few hundred index entries at most.
     */
    private List<CompanyEntity> prefixQuery(boolean kana, String key, int limit, boolean includeClosed) {
        String prefix = escapeLike(key) + "%";
        List<CompanyEntity> matches = em().createNamedQuery(kana ? CompanyEntity.BY_KANA_KEY : CompanyEntity.BY_NAME_KEY, CompanyEntity.class)
                .setParameter("prefix", prefix).setParameter("closed", includeClosed)
                .setMaxResults(SPECIFIC + 1).getResultList();
        if (matches.size() <= SPECIFIC) {
            List<CompanyEntity> ranked = new ArrayList<>(matches);
            ranked.sort(Comparator.<CompanyEntity>comparingInt(e -> keyOf(e, kana).length()).thenComparing(e -> keyOf(e, kana))
                    .thenComparing(CompanyEntity::getCorporateNumber));
            return ranked.subList(0, Math.min(limit, ranked.size()));
        }
        List<CompanyEntity> found = new ArrayList<>(limit);
        for (int length = key.length(); found.size() < limit && length <= MAX_KEY_LENGTH; length++) {
            found.addAll(em().createNamedQuery(kana ? CompanyEntity.BY_KANA_KEY_LENGTH : CompanyEntity.BY_NAME_KEY_LENGTH, CompanyEntity.class)
                    .setParameter("length", length).setParameter("prefix", prefix).setParameter("closed", includeClosed)
                    .setMaxResults(limit - found.size()).getResultList());
        }
        return found;
    }

    private static String keyOf(CompanyEntity e, boolean kana) {
        return kana ? e.getKanaKey() : e.getNameKey();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Optional<Company> find(String corporateNumber) {
        if (!CorporateNumber.isValid(corporateNumber)) {
            return Optional.empty();
        }
        CompanyEntity e = em().find(CompanyEntity.class, corporateNumber);
        return e == null || e.isHidden() ? Optional.empty() : Optional.of(e.toCompany());
    }

    @Override
    public ImportReport importData(InputStream data, String source, long fromLine) throws IOException {
        boolean firstImport = inTransaction((store, c) -> store.isEmpty(c));
        ImportReport report;
        try {
            report = importer.run(data, source, fromLine, batch -> {
                if (firstImport) {
                    try {
                        return inTransaction((store, c) -> store.insertAll(c, batch));
                    } catch (RuntimeException duplicate) {
                        // a corporation seen in an earlier batch: this batch was rolled back, apply it carefully
                    }
                }
                return inTransaction((store, c) -> store.apply(c, batch));
            });
        } catch (CompanyImporter.UnreadableInput e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        inTransaction((store, c) -> {
            store.analyze(c);
            return null;
        });
        return report;
    }

    private interface StoreWork<T> {
        T run(JdbcCompanyStore store, Connection connection) throws SQLException;
    }

    /** Runs JDBC work in a new transaction of its own (and its own session), committed when it returns. */
    private <T> T inTransaction(StoreWork<T> work) {
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), s -> {
            EntityManager em = s.getProvider(JpaConnectionProvider.class).getEntityManager();
            JdbcCompanyStore store = new JdbcCompanyStore(JpaUtils.getTableNameForNativeQuery("OMK_COMPANY", em));
            return em.unwrap(Session.class).doReturningWork(c -> work.run(store, c));
        });
    }

    @Override
    public void close() {
    }
}
