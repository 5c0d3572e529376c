package jp.omakase.tenant.csv;

import java.util.List;

/** One cell of any CSV the console writes: guarded against formulas and quoted as {@link UserCsvWriter} does. */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        return UserCsvWriter.quote(UserCsvFormat.neutralise(value == null ? "" : value));
    }

    /** One line of cells, each through {@link #of}, separated by commas and ended by CRLF. */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            out.append(i > 0 ? "," : "").append(of(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }
}
