package jp.omakase.company.jpa;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
    private static final String COLUMNS = "NAME, NAME_KEY, NAME_KEY_LENGTH, KANA, KANA_KEY, KANA_KEY_LENGTH, KIND, POSTAL_CODE, ADDRESS, "
            + "CLOSE_DATE, CLOSE_CAUSE, UPDATE_DATE, HIDDEN, CORPORATE_NUMBER";
    private static final int COLUMN_COUNT = 14;
    /** Rows per multi-row INSERT: far fewer statements for the database to execute than one per row. */
    private static final int INSERT_ROWS = 100;

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
        long updated = 0, unchanged = 0, deleted = 0, older = 0;
        List<NtaRecord> inserts = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET NAME=?, NAME_KEY=?, NAME_KEY_LENGTH=?, KANA=?, "
                     + "KANA_KEY=?, KANA_KEY_LENGTH=?, KIND=?, POSTAL_CODE=?, ADDRESS=?, CLOSE_DATE=?, CLOSE_CAUSE=?, UPDATE_DATE=?, HIDDEN=? "
                     + "WHERE CORPORATE_NUMBER=?");
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
                    inserts.add(r);
                } else if (s.sameAs(r)) {
                    unchanged++;
                } else {
                    bind(update, 0, r);
                    update.addBatch();
                    updated++;
                }
            }
            insert(c, inserts);
            if (updated > 0) {
                update.executeBatch();
            }
            if (deleted > 0) {
                delete.executeBatch();
            }
        }
        return new CompanyImporter.BatchResult(inserts.size(), updated, unchanged, deleted, older);
    }

    /** True when the table holds no company: a first full import can insert without reading first. */
    boolean isEmpty(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT CORPORATE_NUMBER FROM " + table)) {
            st.setMaxRows(1);
            try (ResultSet rs = st.executeQuery()) {
                return !rs.next();
            }
        }
    }

    /**
     * The fast path of a first import into an empty table: insert every row without reading the table. A row whose
     * number is already there (the same corporation in an earlier batch) fails the whole statement; the caller then
     * rolls the batch back and applies it with {@link #apply}.
     */
    CompanyImporter.BatchResult insertAll(Connection c, List<NtaRecord> batch) throws SQLException {
        List<NtaRecord> rows = batch.stream().filter(r -> !r.delete()).toList();
        if (isPostgres(c)) {
            PostgresCopy.copy(c, table, COLUMNS, rows);
        } else {
            insert(c, rows);
        }
        return new CompanyImporter.BatchResult(rows.size(), 0, batch.size() - rows.size(), 0, 0);
    }

    private void insert(Connection c, List<NtaRecord> rows) throws SQLException {
        String row = "(" + "?,".repeat(COLUMN_COUNT - 1) + "?)";
        for (int from = 0; from < rows.size(); from += INSERT_ROWS) {
            List<NtaRecord> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_ROWS));
            String sql = "INSERT INTO " + table + " (" + COLUMNS + ") VALUES " + String.join(",", Collections.nCopies(chunk.size(), row));
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    bind(st, i * COLUMN_COUNT, chunk.get(i));
                }
                st.executeUpdate();
            }
        }
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

    /** Binds the {@link #COLUMNS} of one row at parameters {@code offset + 1 ...}. */
    private static void bind(PreparedStatement st, int offset, NtaRecord r) throws SQLException {
        String nameKey = r.nameKey();
        String kanaKey = r.kanaKey();
        st.setString(offset + 1, r.name());
        st.setString(offset + 2, nameKey);
        st.setInt(offset + 3, nameKey.length());
        st.setString(offset + 4, r.furigana());
        st.setString(offset + 5, kanaKey);
        if (kanaKey == null) {
            st.setNull(offset + 6, Types.INTEGER);
        } else {
            st.setInt(offset + 6, kanaKey.length());
        }
        st.setString(offset + 7, r.kind());
        st.setString(offset + 8, r.postalCode());
        st.setString(offset + 9, r.address());
        setDate(st, offset + 10, r.closeDate());
        st.setString(offset + 11, r.closeCause());
        setDate(st, offset + 12, r.updateDate());
        st.setBoolean(offset + 13, r.hidden());
        st.setString(offset + 14, r.corporateNumber());
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
