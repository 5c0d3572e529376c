package jp.omakase.tenant.csv;

import static jp.omakase.tenant.csv.CsvTestFiles.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 10,000 rows are read as a stream: the file is generated row by row while it is read, and at every row the reader
 * has taken no more than a fixed window (the 64 KB the encoding is decided on, plus the decoder's buffers) beyond
 * that row, so memory does not grow with the file.
 */
class UserCsvStreamTest {

    /** Read-ahead allowed: the sniffing buffer plus the reader's and the tokenizer's buffers, with room to spare. */
    private static final long WINDOW = CsvEncoding.SNIFF_BYTES + 64 * 1024;

    /** A file of a header and {@code rows} rows made only when read, counting the bytes handed out. */
    private static final class GeneratedFile extends InputStream {

        private final Charset charset;
        private final int rows;
        private int next;
        private byte[] current;
        private int position;
        long delivered;
        /** Bytes up to the end of each row made so far (index = row number - 2), to compare with the row just read. */
        final long[] endOfRow;

        GeneratedFile(Charset charset, int rows) {
            this.charset = charset;
            this.rows = rows;
            this.endOfRow = new long[rows];
            this.current = (HEADER + "\r\n").getBytes(charset);
        }

        private long made;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == current.length) {
                if (next == rows) {
                    return -1;
                }
                current = ("登録,user" + next + "@example.co.jp,山田,太郎,ヤマダ,タロウ,営業部第" + next + "課,03-1234-5678,営業部/東京,いいえ\r\n")
                        .getBytes(charset);
                position = 0;
                made += current.length;
                endOfRow[next++] = made;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            delivered += n;
            return n;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-31j"})
    void tenThousandRowsStreamWithinAFixedWindow(String charset) throws Exception {
        GeneratedFile file = new GeneratedFile(Charset.forName(charset), 10_000);
        long headerBytes = (HEADER + "\r\n").getBytes(Charset.forName(charset)).length;
        int count = 0;
        long widest = 0;
        try (UserCsvReader reader = UserCsvReader.open(file)) {
            for (ParsedRow row = reader.next(); row != null; row = reader.next()) {
                assertTrue(row.valid(), row::toString);
                assertEquals("user" + count + "@example.co.jp", row.user().email());
                long consumed = headerBytes + file.endOfRow[count];
                widest = Math.max(widest, file.delivered - consumed);
                count++;
            }
        }
        assertEquals(10_000, count);
        assertTrue(file.delivered > 5 * WINDOW, "the file is much larger than the window: " + file.delivered);
        assertTrue(widest <= WINDOW, "read ahead of the current row: " + widest + " bytes");
    }

    @ParameterizedTest
    @ValueSource(ints = {10_001})
    void oneRowMoreThanTheDefaultLimitRefusesTheFile(int rows) throws Exception {
        GeneratedFile file = new GeneratedFile(StandardCharsets.UTF_8, rows);
        try (UserCsvReader reader = UserCsvReader.open(file)) {
            CsvFileException e = assertThrows(CsvFileException.class, () -> {
                while (reader.next() != null) {
                    continue;
                }
            });
            assertEquals("omakaseCsvTooManyRowsMessage", e.messageKey());
            assertEquals(10_002, e.row());
        }
    }
}
