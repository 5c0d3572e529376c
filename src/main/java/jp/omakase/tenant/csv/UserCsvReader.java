package jp.omakase.tenant.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a users' bulk file row by row from a stream, in bounded memory (one row at a time, plus the e-mails seen so
 * far for the duplicate check): encoding detection ({@link CsvEncoding}), the header ({@link CsvHeader}), then one
 * {@link ParsedRow} per user row with every error of the row. Blank rows, rows whose first cell starts with
 * {@code #}, and empty lines at the end are skipped but counted, so row numbers are Excel's (header = row 1).
 * A problem of the whole file is a {@link CsvFileException}: the header's at {@link #open}, too many rows from
 * {@link #next}; rows read before it must then be discarded.
 */
public final class UserCsvReader implements Closeable {

    private final Reader in;
    private final CsvTokenizer tokenizer;
    private final CsvLimits limits;
    private final CsvHeader header;
    /** E-mail (lower case) to the row that first had it; at most {@code maxRows} entries. */
    private final Map<String, Integer> emails = new HashMap<>();
    private int row;
    private int users;

    private UserCsvReader(Reader in, CsvLimits limits) throws IOException, CsvFileException {
        this.in = in;
        this.limits = limits;
        this.tokenizer = new CsvTokenizer(in, limits);
        CsvTokenizer.Record first = tokenizer.next();
        row = 1;
        while (first != null && first.blank()) {
            first = tokenizer.next();
            row++;
        }
        if (first == null) {
            throw new CsvFileException(0, "omakaseCsvEmptyFileMessage");
        }
        header = CsvHeader.of(row, first.cells());
    }

    /** Opens a file with the default limits; the stream is closed by {@link #close()}. */
    public static UserCsvReader open(InputStream in) throws IOException, CsvFileException {
        return open(in, CsvLimits.DEFAULT);
    }

    /** Opens a file; on a file-level problem the stream is closed and the exception thrown. */
    public static UserCsvReader open(InputStream in, CsvLimits limits) throws IOException, CsvFileException {
        Reader reader = null;
        try {
            reader = CsvEncoding.open(in);
            return new UserCsvReader(reader, limits);
        } catch (IOException | CsvFileException | RuntimeException e) {
            if (reader == null) {
                in.close();
            } else {
                reader.close();
            }
            throw e;
        }
    }

    /** The next user row (valid or with its errors), or null at the end of the file. */
    public ParsedRow next() throws IOException, CsvFileException {
        CsvTokenizer.Record record;
        do {
            record = tokenizer.next();
            row++;
        } while (record != null && skipped(record));
        if (record == null) {
            return null;
        }
        if (++users > limits.maxRows()) {
            throw new CsvFileException(row, "omakaseCsvTooManyRowsMessage", limits.maxRows());
        }
        Map<CsvColumn, String> cells = new EnumMap<>(CsvColumn.class);
        boolean extra = header.split(record.cells(), cells) || record.cellsDropped();
        ParsedRow parsed = UserRowValidator.validate(row, record.line(), cells);
        List<CsvError> rowErrors = new ArrayList<>();
        if (record.unclosedQuote()) {
            rowErrors.add(CsvError.of(row, record.line(), null, "omakaseCsvUnclosedQuoteMessage"));
        }
        if (extra) {
            rowErrors.add(CsvError.of(row, record.line(), null, "omakaseCsvExtraCellMessage"));
        }
        String email = cells.get(CsvColumn.EMAIL);
        if (UserRowValidator.problem(CsvColumn.EMAIL, email) == null) {
            Integer before = emails.putIfAbsent(email.toLowerCase(Locale.ROOT), row);
            if (before != null) {
                rowErrors.add(CsvError.of(row, record.line(), CsvColumn.EMAIL, "omakaseCsvDuplicateEmailMessage", before));
            }
        }
        if (rowErrors.isEmpty()) {
            return parsed;
        }
        rowErrors.addAll(0, parsed.errors());
        return new ParsedRow(row, record.line(), null, rowErrors);
    }

    /** A blank row, or a comment row (first cell starting with {@code #}). */
    private static boolean skipped(CsvTokenizer.Record record) {
        return record.blank() || record.cells().get(0).strip().startsWith(UserCsvFormat.COMMENT);
    }

    /** The Excel row number of the last row read (header, blank and comment rows counted). */
    public int row() {
        return row;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
