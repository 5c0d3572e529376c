package jp.omakase.company.jpa;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;

import jp.omakase.company.NtaRecord;

/**
 * PostgreSQL's COPY for the rows of a first import: several times faster than INSERT. Loaded only on PostgreSQL
 * (the driver ships with Keycloak's distribution).
 */
final class PostgresCopy {

    private PostgresCopy() {
    }

    static void copy(Connection c, String table, String columns, List<NtaRecord> rows) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 256);
        for (NtaRecord r : rows) {
            String nameKey = r.nameKey();
            String kanaKey = r.kanaKey();
            text(csv, r.name()).append(',');
            text(csv, nameKey).append(',').append(nameKey.length()).append(',');
            text(csv, r.furigana()).append(',');
            text(csv, kanaKey).append(',').append(kanaKey == null ? "" : String.valueOf(kanaKey.length())).append(',');
            text(csv, r.kind()).append(',');
            text(csv, r.postalCode()).append(',');
            text(csv, r.address()).append(',');
            csv.append(r.closeDate() == null ? "" : r.closeDate().toString()).append(',');
            text(csv, r.closeCause()).append(',');
            csv.append(r.updateDate()).append(',');
            csv.append(r.hidden()).append(',');
            text(csv, r.corporateNumber()).append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** A CSV field: NULL as nothing, any string quoted (so an empty string stays a string). */
    private static StringBuilder text(StringBuilder csv, String value) {
        if (value != null) {
            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return csv;
    }
}
