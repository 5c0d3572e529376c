package jp.omakase.tenant.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Files as Excel saves them, and reading them whole (tests only: the codec itself never holds a file). */
final class CsvTestFiles {

    static final String HEADER = "操作,メールアドレス,姓,名,セイ,メイ,部署名,電話番号,グループ,管理者";
    static final String YAMADA = "登録,yamada@example.co.jp,山田,太郎,ヤマダ,タロウ,営業部,03-1234-5678,営業部/東京,はい";
    static final String SATO = "変更,sato@example.co.jp,佐藤,花子,サトウ,ハナコ,,090-1234-5678,,いいえ";

    private CsvTestFiles() {
    }

    /** Lines joined by CRLF (and a final CRLF), as Excel writes them. */
    static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static byte[] bytes(String text, Charset charset, boolean bom) {
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    static List<ParsedRow> read(String text) throws IOException, CsvFileException {
        return read(text.getBytes(StandardCharsets.UTF_8), CsvLimits.DEFAULT);
    }

    static List<ParsedRow> read(byte[] bytes, CsvLimits limits) throws IOException, CsvFileException {
        List<ParsedRow> rows = new ArrayList<>();
        try (UserCsvReader reader = UserCsvReader.open(new ByteArrayInputStream(bytes), limits)) {
            for (ParsedRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
