package jp.omakase.tenant.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The check pass before anything is written: reads a whole file as a stream and keeps only what the check page
 * shows: the number of valid rows by operation, the rows with errors, and the errors themselves (the first
 * {@code maxErrors} of them; the count is always exact), or the file error. Memory stays bounded by {@code maxErrors}
 * whatever the file.
 */
public record UserCsvCheck(Map<CsvOperation, Integer> valid, int invalidRows, int errorCount, List<CsvError> errors,
        CsvFileException fileError) {

    /** How many errors a check keeps to show by default. */
    public static final int MAX_ERRORS = 1_000;

    public UserCsvCheck {
        valid = Collections.unmodifiableMap(new EnumMap<>(valid));
        errors = List.copyOf(errors);
    }

    /** Checks a file with the default limits, keeping {@link #MAX_ERRORS} errors. */
    public static UserCsvCheck of(InputStream in) throws IOException {
        return of(in, CsvLimits.DEFAULT, MAX_ERRORS);
    }

    /** Checks a file; the stream is read to the first file error or to its end, and closed. */
    public static UserCsvCheck of(InputStream in, CsvLimits limits, int maxErrors) throws IOException {
        return of(in, limits, maxErrors, row -> null);
    }

    /**
     * A check of a valid row against something outside the file (the tenant's members): the message key of the
     * row's e-mail error, or null when the row is fine.
     */
    @FunctionalInterface
    public interface RowCheck {
        String emailError(UserRow row);
    }

    /** Checks a file as {@link #of(InputStream, CsvLimits, int)}, each valid row also through {@code extra}. */
    public static UserCsvCheck of(InputStream in, CsvLimits limits, int maxErrors, RowCheck extra) throws IOException {
        Map<CsvOperation, Integer> valid = new EnumMap<>(CsvOperation.class);
        for (CsvOperation op : CsvOperation.values()) {
            valid.put(op, 0);
        }
        List<CsvError> errors = new ArrayList<>();
        int invalidRows = 0;
        int errorCount = 0;
        try (UserCsvReader reader = UserCsvReader.open(in, limits)) {
            for (ParsedRow read = reader.next(); read != null; read = reader.next()) {
                ParsedRow row = withExtra(read, extra);
                if (row.valid()) {
                    valid.merge(row.user().operation(), 1, Integer::sum);
                    continue;
                }
                invalidRows++;
                errorCount += row.errors().size();
                for (CsvError error : row.errors()) {
                    if (errors.size() < maxErrors) {
                        errors.add(error);
                    }
                }
            }
        } catch (CsvFileException e) {
            return new UserCsvCheck(valid, invalidRows, errorCount, errors, e);
        }
        return new UserCsvCheck(valid, invalidRows, errorCount, errors, null);
    }

    private static ParsedRow withExtra(ParsedRow row, RowCheck extra) {
        String key = row.valid() ? extra.emailError(row.user()) : null;
        return key == null ? row
                : new ParsedRow(row.row(), row.line(), null, List.of(CsvError.of(row.row(), row.line(), CsvColumn.EMAIL, key)));
    }

    /** True when the file may be applied: no file error and no row error. */
    public boolean passed() {
        return fileError == null && errorCount == 0;
    }

    /** The number of valid rows. */
    public int validRows() {
        return valid.values().stream().mapToInt(Integer::intValue).sum();
    }
}
