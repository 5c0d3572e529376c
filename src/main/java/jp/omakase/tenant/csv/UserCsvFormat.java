package jp.omakase.tenant.csv;

/**
 * The small vocabulary of the file shared by reading and writing: the administrator column's values, the group
 * separator, the comment mark and the guard against CSV formula injection (a cell that Excel would run as a formula
 * is written with a leading apostrophe, and the apostrophe is removed again when the file is read back).
 */
public final class UserCsvFormat {

    /** 管理者: yes. */
    public static final String YES = "はい";
    /** 管理者: no (also a blank cell). */
    public static final String NO = "いいえ";
    /** Between two group paths in the グループ cell (a line break is read as well). */
    public static final String GROUP_SEPARATOR = ";";
    /** A row whose first cell starts with this is a comment (the template's sample row). */
    public static final String COMMENT = "#";
    /** The apostrophe put before a cell Excel would read as a formula. */
    static final char FORMULA_GUARD = '\'';

    private UserCsvFormat() {
    }

    /** True when Excel (or another spreadsheet) would read a cell starting with this character as a formula. */
    static boolean startsFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The cell as written: guarded with an apostrophe when it would start a formula. */
    static String neutralise(String cell) {
        return startsFormula(cell) ? FORMULA_GUARD + cell : cell;
    }

    /** The cell as read: the writer's guard removed (an apostrophe followed by a formula's first character). */
    static String restore(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == FORMULA_GUARD && startsFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }
}
