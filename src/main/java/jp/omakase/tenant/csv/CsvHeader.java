package jp.omakase.tenant.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header row: which cell holds which column. Every column must be there exactly once, in any order; an unknown
 * or repeated name, or a missing column, makes the whole file unusable ({@link CsvFileException} naming the first).
 * Empty header cells are allowed (Excel adds them after a stray edit) and their cells must stay empty.
 */
final class CsvHeader {

    private final CsvColumn[] columns;

    private CsvHeader(CsvColumn[] columns) {
        this.columns = columns;
    }

    static CsvHeader of(int row, List<String> cells) throws CsvFileException {
        CsvColumn[] columns = new CsvColumn[cells.size()];
        Map<CsvColumn, Integer> seen = new EnumMap<>(CsvColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).replace("\uFEFF", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            CsvColumn column = CsvColumn.byHeader(name).orElse(null);
            if (column == null) {
                throw new CsvFileException(row, "omakaseCsvUnknownColumnMessage", name);
            }
            if (seen.putIfAbsent(column, i) != null) {
                throw new CsvFileException(row, "omakaseCsvDuplicateColumnMessage", name);
            }
            columns[i] = column;
        }
        List<String> missing = new ArrayList<>();
        for (CsvColumn column : CsvColumn.values()) {
            if (!seen.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvFileException(row, "omakaseCsvMissingColumnMessage", String.join("、", missing));
        }
        return new CsvHeader(columns);
    }

    /**
     * Puts every column's stripped value (the formula guard removed, "" when the row is short) into {@code values};
     * true when a cell outside the columns is not empty.
     */
    boolean split(List<String> cells, Map<CsvColumn, String> values) {
        boolean extra = false;
        for (CsvColumn column : CsvColumn.values()) {
            values.put(column, "");
        }
        for (int i = 0; i < cells.size(); i++) {
            String value = UserCsvFormat.restore(cells.get(i).strip());
            if (i < columns.length && columns[i] != null) {
                values.put(columns[i], value);
            } else if (!value.isEmpty()) {
                extra = true;
            }
        }
        return extra;
    }
}
