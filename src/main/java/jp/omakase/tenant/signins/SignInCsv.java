package jp.omakase.tenant.signins;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.csv.CsvCell;

/**
 * ログイン履歴 as CSV, the same filter as the page, newest first: UTF-8 with a BOM (Excel), CRLF, the Japanese header
 * as the page's columns, every cell guarded against formulas ({@link CsvCell}: a user or a client name is typed by
 * someone), at most {@link #MAX_ROWS} rows (Keycloak keeps events 30 days in the realm file's setting).
 */
final class SignInCsv {

    static final int MAX_ROWS = 10_000;
    static final List<String> HEADER = List.of("日時", "ユーザー", "結果", "アプリ", "IPアドレス");
    static final String SUCCESS = "成功";
    static final String FAILURE = "失敗";
    private static final int CHUNK = 500;

    private SignInCsv() {
    }

    static byte[] write(ConsoleAccess.Granted access, SignInFilter filter) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(CsvCell.line(HEADER));
        if (!filter.empty()) {
            SignInQuery query = new SignInQuery(access, filter);
            for (int first = 0; first < MAX_ROWS; first += CHUNK) {
                List<SignInRow> rows = SignInRow.of(access, query.page(first, CHUNK));
                for (SignInRow r : rows) {
                    out.append(CsvCell.line(List.of(r.time(), r.user(), r.success() ? SUCCESS : FAILURE, r.app(), r.ip())));
                }
                if (rows.size() < CHUNK) {
                    break;
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
