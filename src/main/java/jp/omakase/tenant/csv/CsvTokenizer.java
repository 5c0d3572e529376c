package jp.omakase.tenant.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits characters into RFC 4180 records, one at a time: cells separated by commas, records by CRLF, LF or CR; a
 * quoted cell holds commas, line breaks and doubled quotes. Lenient where Excel is: a quote inside an unquoted cell,
 * or text after a closing quote, is kept as text. Memory is bounded whatever the input: a cell keeps at most
 * {@code maxCellLength + 1} characters (so its length rule refuses it) and a record at most {@code maxCells} cells.
 */
final class CsvTokenizer {

    /** One record: the physical line it starts on, its cells, and whether it ended inside an open quote (end of file). */
    record Record(int line, List<String> cells, boolean unclosedQuote, boolean cellsDropped) {

        boolean blank() {
            return cells.stream().allMatch(c -> c.strip().isEmpty());
        }
    }

    private final Reader in;
    private final CsvLimits limits;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int line = 1;
    private final StringBuilder cell = new StringBuilder();

    CsvTokenizer(Reader in, CsvLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    /** The next record, or null at the end of the input. */
    Record next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        int start = line;
        List<String> cells = new ArrayList<>();
        boolean dropped = false;
        boolean quoted = false;
        boolean wasQuoted = false;
        cell.setLength(0);
        while (true) {
            if (quoted) {
                if (c == -1) {
                    add(cells);
                    return new Record(start, cells, true, dropped);
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        append(c);
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    append(lineBreak(c));
                }
            } else if (c == ',' || c == '\n' || c == '\r' || c == -1) {
                dropped |= !add(cells);
                if (c != ',') {
                    endOfRecord(c);
                    return new Record(start, cells, false, dropped);
                }
                wasQuoted = false;
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                append(c);
            }
            c = read();
        }
    }

    /** Adds the current cell; false when it had to be dropped (the record has all the cells it may keep) and was not blank. */
    private boolean add(List<String> cells) {
        String value = cell.toString();
        cell.setLength(0);
        if (cells.size() < limits.maxCells()) {
            cells.add(value);
            return true;
        }
        return value.strip().isEmpty();
    }

    private void append(int c) {
        if (cell.length() <= limits.maxCellLength()) {
            cell.append((char) c);
        }
    }

    /** Counts a physical line for a line break inside quotes (CRLF once) and keeps the character. */
    private int lineBreak(int c) throws IOException {
        if (c == '\n') {
            line++;
        } else if (c == '\r') {
            if (peek() != '\n') {
                line++;
            }
        }
        return c;
    }

    private void endOfRecord(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c != -1) {
            line++;
        }
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        while (n == 0) {
            n = in.read(buffer);
        }
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
