package jp.omakase.company.jpa;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.omakase.company.CompanyImporter;
import jp.omakase.company.NtaRecord;

/**
 * Applies one import batch over one JDBC connection inside the caller's transaction: reads the stored state of the
 * batch's corporations, then inserts, updates or deletes with JDBC batches. A row older than the stored one is left
 * alone; a row equal to it is counted as unchanged, so the same file twice writes nothing.
 */
final class JdbcCompanyStore {

    private static final int IN_CHUNK = 500;
    private static final String COLUMNS = "NAME, NAME_KEY, KANA, KANA_KEY, KIND, POSTAL_CODE, ADDRESS, CLOSE_DATE, CLOSE_CAUSE, UPDATE_DATE, HIDDEN";

    private final String table;

    JdbcCompanyStore(String table) {
        this.table = table;
    }

    private record Stored(String name, String kana, String kind, String postalCode, String address, LocalDate closeDate,
                          String closeCause, LocalDate updateDate, boolean hidden) {

        boolean sameAs(NtaRecord r) {
            return Objects.equals(name, r.name()) && Objects.equals(kana, r.furigana()) && Objects.equals(kind, r.kind())
                    && Objects.equals(postalCode, r.postalCode()) && Objects.equals(address, r.address())
                    && Objects.equals(closeDate, r.closeDate()) && Objects.equals(closeCause, r.closeCause())
                    && Objects.equals(updateDate, r.updateDate()) && hidden == r.hidden();
        }
    }

    CompanyImporter.BatchResult apply(Connection c, List<NtaRecord> batch) throws SQLException {
        if (isPostgres(c)) {
            // The table grows from empty during an import: a generic plan cached while it was small (a sequential
            // scan) would be kept for the whole import. Plan each statement with the table as it is now.
            try (var st = c.createStatement()) {
                st.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            }
        }
        Map<String, Stored> stored = load(c, batch);
        long inserted = 0, updated = 0, unchanged = 0, deleted = 0, older = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + COLUMNS + ", CORPORATE_NUMBER) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET NAME=?, NAME_KEY=?, KANA=?, KANA_KEY=?, KIND=?, "
                     + "POSTAL_CODE=?, ADDRESS=?, CLOSE_DATE=?, CLOSE_CAUSE=?, UPDATE_DATE=?, HIDDEN=? WHERE CORPORATE_NUMBER=?");
             PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE CORPORATE_NUMBER=?")) {
            for (NtaRecord r : batch) {
                Stored s = stored.get(r.corporateNumber());
                if (s != null && r.updateDate().isBefore(s.updateDate())) {
                    older++;
                } else if (r.delete()) {
                    if (s == null) {
                        unchanged++;
                    } else {
                        delete.setString(1, r.corporateNumber());
                        delete.addBatch();
                        deleted++;
                    }
                } else if (s == null) {
                    bind(insert, r);
                    insert.addBatch();
                    inserted++;
                } else if (s.sameAs(r)) {
                    unchanged++;
                } else {
                    bind(update, r);
                    update.addBatch();
                    updated++;
                }
            }
            if (inserted > 0) {
                insert.executeBatch();
            }
            if (updated > 0) {
                update.executeBatch();
            }
            if (deleted > 0) {
                delete.executeBatch();
            }
        }
        return new CompanyImporter.BatchResult(inserted, updated, unchanged, deleted, older);
    }

    /** After a large import: fresh planner statistics on PostgreSQL (other databases keep theirs current). */
    void analyze(Connection c) throws SQLException {
        if (isPostgres(c)) {
            try (var st = c.createStatement()) {
                st.execute("ANALYZE " + table);
            }
        }
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    private static void bind(PreparedStatement st, NtaRecord r) throws SQLException {
        st.setString(1, r.name());
        st.setString(2, r.nameKey());
        st.setString(3, r.furigana());
        st.setString(4, r.kanaKey());
        st.setString(5, r.kind());
        st.setString(6, r.postalCode());
        st.setString(7, r.address());
        setDate(st, 8, r.closeDate());
        st.setString(9, r.closeCause());
        setDate(st, 10, r.updateDate());
        st.setBoolean(11, r.hidden());
        st.setString(12, r.corporateNumber());
    }

    private static void setDate(PreparedStatement st, int index, LocalDate date) throws SQLException {
        if (date == null) {
            st.setNull(index, Types.DATE);
        } else {
            st.setDate(index, Date.valueOf(date));
        }
    }

    private Map<String, Stored> load(Connection c, List<NtaRecord> batch) throws SQLException {
        Map<String, Stored> stored = new HashMap<>(batch.size() * 2);
        for (int from = 0; from < batch.size(); from += IN_CHUNK) {
            List<NtaRecord> chunk = batch.subList(from, Math.min(batch.size(), from + IN_CHUNK));
            String marks = "?,".repeat(chunk.size());
            try (PreparedStatement st = c.prepareStatement("SELECT CORPORATE_NUMBER, NAME, KANA, KIND, POSTAL_CODE, ADDRESS, CLOSE_DATE, "
                    + "CLOSE_CAUSE, UPDATE_DATE, HIDDEN FROM " + table + " WHERE CORPORATE_NUMBER IN (" + marks.substring(0, marks.length() - 1) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    st.setString(i + 1, chunk.get(i).corporateNumber());
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), toLocal(rs.getDate(7)), rs.getString(8), toLocal(rs.getDate(9)), rs.getBoolean(10)));
                    }
                }
            }
        }
        return stored;
    }

    private static LocalDate toLocal(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
