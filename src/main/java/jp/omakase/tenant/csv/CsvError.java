package jp.omakase.tenant.csv;

import java.util.List;

/**
 * One problem of one row: the row as Excel numbers it (the header is row 1), the physical line where the row starts
 * (differs when a quoted cell spans lines), the column (null for a problem of the whole row), and a message key of
 * the bundles with its parameters (the column's name is not among them: pages show it from {@link CsvColumn#labelKey()}).
 */
public record CsvError(int row, int line, CsvColumn column, String messageKey, List<Object> parameters) {

    public CsvError {
        parameters = List.copyOf(parameters);
    }

    static CsvError of(int row, int line, CsvColumn column, String messageKey, Object... parameters) {
        return new CsvError(row, line, column, messageKey, List.of(parameters));
    }
}
