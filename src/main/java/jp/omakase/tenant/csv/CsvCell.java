package jp.omakase.tenant.csv;

/** One cell of any CSV the console writes: guarded against formulas and quoted as {@link UserCsvWriter} does. */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        return UserCsvWriter.quote(UserCsvFormat.neutralise(value == null ? "" : value));
    }
}
