package jp.omakase.company;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV stream line by line in constant memory: each line is decoded as strict UTF-8 on its own (so one bad
 * byte rejects one row, not the file), a UTF-8 BOM and CR before LF are dropped, and fields follow RFC 4180
 * (double quotes, "" inside quotes). Quoted fields never span lines in the NTA data; such a line is malformed.
 */
public final class CsvLines implements AutoCloseable {

    /** A line too long for any valid row: read and rejected without keeping it in memory. */
    static final int MAX_LINE_BYTES = 16 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    private long lineNumber;
    private boolean first = true;

    CsvLines(InputStream in) {
        this.in = in;
    }

    /** The 1-based number of the line last returned by {@link #next()}. */
    long lineNumber() {
        return lineNumber;
    }

    /**
     * The fields of the next line, or null at the end of the stream.
     *
     * @throws NtaRecord.Rejected for a line that is not valid UTF-8 or not valid CSV (the stream stays usable)
     */
    List<String> next() throws IOException, NtaRecord.Rejected {
        line.reset();
        boolean tooLong = false;
        int b;
        while ((b = read()) != -1 && b != '\n') {
            if (line.size() < MAX_LINE_BYTES) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        if (b == -1 && line.size() == 0 && !tooLong) {
            return null;
        }
        lineNumber++;
        if (tooLong) {
            throw new NtaRecord.Rejected("line longer than " + MAX_LINE_BYTES + " bytes");
        }
        byte[] bytes = line.toByteArray();
        int start = 0;
        int end = bytes.length;
        if (first && end >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        first = false;
        if (end > start && bytes[end - 1] == '\r') {
            end--;
        }
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw new NtaRecord.Rejected("not valid UTF-8 (the Unicode version of the data is expected)");
        }
        return split(text);
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
    }

    public static List<String> split(String text) throws NtaRecord.Rejected {
        List<String> fields = new ArrayList<>(32);
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (true) {
            field.setLength(0);
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new NtaRecord.Rejected("unterminated quoted field");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && text.charAt(i) != ',') {
                    throw new NtaRecord.Rejected("text after a closing quote");
                }
            } else {
                while (i < n && text.charAt(i) != ',') {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        throw new NtaRecord.Rejected("quote inside an unquoted field");
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
