package jp.omakase.company.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

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
        List<CompanyEntity> byName = prefixQuery(CompanyEntity.BY_NAME_KEY, key, limit, includeClosed);
        if (!CompanyNames.isKana(key)) {
            return byName.stream().map(CompanyEntity::toCompany).toList();
        }
        // a kana query also matches furigana; merge both rankings: exact key, then shorter key, then key order
        Map<String, Ranked> merged = new LinkedHashMap<>();
        for (CompanyEntity e : byName) {
            merged.put(e.getCorporateNumber(), new Ranked(e, e.getNameKey()));
        }
        for (CompanyEntity e : prefixQuery(CompanyEntity.BY_KANA_KEY, key, limit, includeClosed)) {
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

    /**
     * The first {@code limit} companies whose key starts with {@code key}, shortest keys first, then in key order.
     * Reads one key length at a time and then widening groups of lengths (1, 1, 2, 4, 8...), each a short range
     * scan of the (length, key) index, and stops as soon as the limit is reached: a common prefix shared by
     * thousands of companies costs no more than a rare one.
     */
    private List<CompanyEntity> prefixQuery(String name, String key, int limit, boolean includeClosed) {
        List<CompanyEntity> found = new ArrayList<>(limit);
        int from = key.length();
        int width = 1;
        while (found.size() < limit && from <= MAX_KEY_LENGTH) {
            List<Integer> lengths = new ArrayList<>(width);
            for (int l = from; l < from + width && l <= MAX_KEY_LENGTH; l++) {
                lengths.add(l);
            }
            found.addAll(em().createNamedQuery(name, CompanyEntity.class)
                    .setParameter("lengths", lengths)
                    .setParameter("prefix", escapeLike(key) + "%")
                    .setParameter("closed", includeClosed)
                    .setMaxResults(limit - found.size())
                    .getResultList());
            from += width;
            if (from - key.length() >= 2) {
                width *= 2;
            }
        }
        return found;
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
    public ImportReport importData(InputStream data, String source, long fromLine) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        // Each batch commits in its own transaction, outside the request's (suspended) JTA transaction.
        KeycloakModelUtils.suspendJtaTransaction(session.getKeycloakSessionFactory(), () -> {
            try {
                boolean firstImport = inTransaction((store, c) -> store.isEmpty(c));
                outcome.set(importer.run(data, source, fromLine, batch -> {
                    if (firstImport) {
                        try {
                            return inTransaction((store, c) -> store.insertAll(c, batch));
                        } catch (RuntimeException duplicate) {
                            // a corporation seen in an earlier batch: this batch is rolled back, apply it carefully
                        }
                    }
                    return inTransaction((store, c) -> store.apply(c, batch));
                }));
                inTransaction((store, c) -> {
                    store.analyze(c);
                    return null;
                });
            } catch (IOException e) {
                outcome.set(new UncheckedIOException(e));
            } catch (CompanyImporter.UnreadableInput e) {
                outcome.set(e);
            }
        });
        Object result = outcome.get();
        if (result instanceof ImportReport report) {
            return report;
        }
        if (result instanceof CompanyImporter.UnreadableInput e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        throw (UncheckedIOException) result;
    }

    private interface StoreWork<T> {
        T run(JdbcCompanyStore store, java.sql.Connection connection) throws java.sql.SQLException;
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
