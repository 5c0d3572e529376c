package jp.omakase.tenant.csv;

/**
 * The limits of one file: {@code maxRows} user rows (blank and comment rows not counted), {@code maxCellLength}
 * characters kept of any cell (a longer cell is cut there and refused by its column's length rule, so a hostile
 * cell never grows the heap), {@code maxCells} cells kept of any row.
 */
public record CsvLimits(int maxRows, int maxCellLength, int maxCells) {

    /** 10,000 rows, as the issue asks; cells of 1,000 characters (the longest column, グループ); 50 cells. */
    public static final CsvLimits DEFAULT = new CsvLimits(10_000, 1_000, 50);

    public CsvLimits {
        if (maxRows < 1 || maxCellLength < 1 || maxCells < CsvColumn.values().length) {
            throw new IllegalArgumentException("limits too small");
        }
    }
}
