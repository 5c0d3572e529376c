package jp.omakase.company;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One row of the NTA download data (CSV, Unicode version: UTF-8, no header, 30 columns; files made before the
 * 検索対象除外 column existed have 29), reduced to what the directory keeps.
 *
 * @param delete true for 処理区分 99 (削除): the corporation leaves the directory
 * @param latest false for a past state (最新履歴 0), which never overwrites the current one
 */
public record NtaRecord(String corporateNumber, boolean delete, LocalDate updateDate, String name,
                        String kind, String postalCode, String address, LocalDate closeDate, String closeCause,
                        String furigana, boolean latest, boolean hidden) {

    /** A row the import skips, with the reason reported to the operator (never the row's content). */
    public static final class Rejected extends Exception {
        public Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    static final int COLUMNS = 30;
    static final int COLUMNS_BEFORE_HIHYOJI = 29;
    static final int MAX_NAME = 150;
    static final int MAX_ADDRESS = 400;
    static final int MAX_FURIGANA = 500;

    // 0-based column indexes (the specification's item number minus 7)
    private static final int NUMBER = 1, PROCESS = 2, UPDATE_DATE = 4, NAME = 6, KIND = 8, PREFECTURE = 9, CITY = 10,
            STREET = 11, POSTAL = 15, OUTSIDE = 16, CLOSE_DATE = 18, CLOSE_CAUSE = 19, LATEST = 23, FURIGANA = 28, HIHYOJI = 29;

    public static NtaRecord parse(List<String> f) throws Rejected {
        if (f.size() != COLUMNS && f.size() != COLUMNS_BEFORE_HIHYOJI) {
            throw new Rejected("expected 30 columns, found " + f.size());
        }
        String number = f.get(NUMBER);
        if (!CorporateNumber.isValid(number)) {
            throw new Rejected("invalid corporate number (13 digits with a check digit expected)");
        }
        String process = f.get(PROCESS);
        if (!NtaCodes.PROCESS.contains(process)) {
            throw new Rejected("unknown process code");
        }
        LocalDate updateDate = date(f.get(UPDATE_DATE), "update date", true);
        if (process.equals(NtaCodes.PROCESS_DELETE)) {
            return new NtaRecord(number, true, updateDate, null, null, null, null, null, null, null, true, false);
        }
        String name = f.get(NAME);
        if (name.isBlank()) {
            throw new Rejected("empty name");
        }
        if (name.length() > MAX_NAME) {
            throw new Rejected("name longer than " + MAX_NAME + " characters");
        }
        String kind = f.get(KIND);
        if (!NtaCodes.KIND.contains(kind)) {
            throw new Rejected("unknown kind code");
        }
        String postal = f.get(POSTAL);
        if (!postal.isEmpty() && !postal.matches("\\d{7}")) {
            throw new Rejected("invalid postal code (7 digits expected)");
        }
        String address = f.get(PREFECTURE) + f.get(CITY) + f.get(STREET);
        if (address.isEmpty()) {
            address = f.get(OUTSIDE);
        }
        if (address.length() > MAX_ADDRESS) {
            throw new Rejected("address longer than " + MAX_ADDRESS + " characters");
        }
        LocalDate closeDate = date(f.get(CLOSE_DATE), "close date", false);
        String closeCause = f.get(CLOSE_CAUSE);
        if (!closeCause.isEmpty() && !NtaCodes.CLOSE_CAUSE.contains(closeCause)) {
            throw new Rejected("unknown close cause code");
        }
        String latest = f.get(LATEST);
        if (!latest.equals("0") && !latest.equals("1")) {
            throw new Rejected("invalid latest flag (0 or 1 expected)");
        }
        String furigana = f.get(FURIGANA);
        if (furigana.length() > MAX_FURIGANA) {
            throw new Rejected("furigana longer than " + MAX_FURIGANA + " characters");
        }
        String hihyoji = f.size() > HIHYOJI ? f.get(HIHYOJI) : "";
        if (!hihyoji.isEmpty() && !hihyoji.equals("0") && !hihyoji.equals("1")) {
            throw new Rejected("invalid hidden flag (0 or 1 expected)");
        }
        return new NtaRecord(number, false, updateDate, name, kind, postal.isEmpty() ? null : postal,
                address.isEmpty() ? null : address, closeDate, closeCause.isEmpty() ? null : closeCause,
                furigana.isEmpty() ? null : furigana, latest.equals("1"), hihyoji.equals("1"));
    }

    private static LocalDate date(String value, String what, boolean required) throws Rejected {
        if (value.isEmpty()) {
            if (required) {
                throw new Rejected("missing " + what);
            }
            return null;
        }
        if (value.length() != 10) {
            throw new Rejected("invalid " + what + " (YYYY-MM-DD expected)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Rejected("invalid " + what + " (YYYY-MM-DD expected)");
        }
    }

    /** The search key of the name (see {@link CompanyNames#key}). */
    public String nameKey() {
        return name == null ? null : CompanyNames.key(name);
    }

    /** The search key of the furigana, or null when the row has none. */
    public String kanaKey() {
        return furigana == null ? null : CompanyNames.key(furigana);
    }
}
