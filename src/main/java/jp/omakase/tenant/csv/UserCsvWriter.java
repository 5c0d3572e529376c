package jp.omakase.tenant.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes users in the bulk format, one row at a time onto a stream (an export of 10,000 users never sits in memory):
 * UTF-8 with a BOM so that Excel opens it as UTF-8, CRLF line ends, the Japanese header, cells quoted when they hold
 * a comma, a quote or a line break, and cells that would start a formula guarded with an apostrophe. Closing the
 * writer flushes it and closes the stream.
 */
public final class UserCsvWriter implements Closeable {

    private static final String CRLF = "\r\n";
    /** The template's sample row, commented out ({@link UserCsvFormat#COMMENT}) so an unchanged template adds no one. */
    private static final List<String> SAMPLE = List.of(UserCsvFormat.COMMENT + CsvOperation.ADD.label(), "yamada.taro@example.com",
            "山田", "太郎", "ヤマダ", "タロウ", "営業部", "03-1234-5678", "営業部/東京" + UserCsvFormat.GROUP_SEPARATOR + "全社", UserCsvFormat.NO);

    private final Writer out;

    private UserCsvWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** A writer that has already written the BOM and the header row. */
    public static UserCsvWriter open(OutputStream out) throws IOException {
        UserCsvWriter writer = new UserCsvWriter(out);
        writer.out.write('\uFEFF');
        writer.writeCells(List.of(CsvColumn.values()).stream().map(CsvColumn::header).toList());
        return writer;
    }

    /** Writes the downloadable template: the header and one commented sample row. */
    public static void template(OutputStream out) throws IOException {
        try (UserCsvWriter writer = open(out)) {
            writer.writeCells(SAMPLE);
        }
    }

    /** Writes one user. */
    public void write(UserRow row) throws IOException {
        writeCells(List.of(CsvColumn.values()).stream().map(row::cell).toList());
    }

    private void writeCells(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(UserCsvFormat.neutralise(cells.get(i) == null ? "" : cells.get(i))));
        }
        out.write(CRLF);
    }

    /** The cell in RFC 4180 form: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
