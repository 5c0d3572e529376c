package jp.omakase.tenant.csv;

import static jp.omakase.tenant.csv.CsvTestFiles.HEADER;
import static jp.omakase.tenant.csv.CsvTestFiles.SATO;
import static jp.omakase.tenant.csv.CsvTestFiles.YAMADA;
import static jp.omakase.tenant.csv.CsvTestFiles.bytes;
import static jp.omakase.tenant.csv.CsvTestFiles.lines;
import static jp.omakase.tenant.csv.CsvTestFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading files as Excel saves them: encodings, RFC 4180 quoting, line ends, skipped rows and row numbers. */
class UserCsvReaderTest {

    private static final CsvLimits LIMITS = CsvLimits.DEFAULT;

    @ParameterizedTest(name = "{0}, BOM {1}")
    @CsvSource({"UTF-8, true", "UTF-8, false", "windows-31j, false"})
    void readsUtf8WithAndWithoutBomAndShiftJis(String charset, boolean bom) throws Exception {
        String text = lines(HEADER, YAMADA, SATO);
        List<ParsedRow> rows = read(bytes(text, Charset.forName(charset), bom), LIMITS);
        assertEquals(2, rows.size());
        UserRow yamada = rows.get(0).user();
        assertEquals(CsvOperation.ADD, yamada.operation());
        assertEquals("yamada@example.co.jp", yamada.email());
        assertEquals(Map.of("lastName", "山田", "firstName", "太郎", "lastNameKana", "ヤマダ", "firstNameKana", "タロウ",
                "department", "営業部", "phone", "03-1234-5678"), yamada.attributes());
        assertEquals(List.of("営業部/東京"), yamada.groups());
        assertTrue(yamada.admin());
        UserRow sato = rows.get(1).user();
        assertEquals(CsvOperation.CHANGE, sato.operation());
        assertEquals("", sato.attributes().get("department"));
        assertEquals(List.of(), sato.groups());
        assertEquals(false, sato.admin());
    }

    @Test
    void shiftJisIsToldFromUtf8ByTheHeaderAlone() throws Exception {
        assertEquals(CsvEncoding.CP932, CsvEncoding.detect(HEADER.getBytes(CsvEncoding.CP932), true));
        assertEquals(StandardCharsets.UTF_8, CsvEncoding.detect(HEADER.getBytes(StandardCharsets.UTF_8), true));
        // a UTF-8 character cut by the end of the first 64 KB does not make the file Shift_JIS
        byte[] cut = new byte[CsvEncoding.SNIFF_BYTES];
        byte[] ja = "山".repeat(CsvEncoding.SNIFF_BYTES / 3 + 1).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(ja, 0, cut, 0, cut.length);
        assertEquals(StandardCharsets.UTF_8, CsvEncoding.detect(cut, false));
        assertEquals(CsvEncoding.CP932, CsvEncoding.detect(cut, true));
    }

    @Test
    void shiftJisOnlyCharactersSurvive() throws Exception {
        // NEC and IBM extensions Excel writes in CP932 (①, ㈱, 髙) and the wave dash family
        String row = "登録,takahashi@example.co.jp,髙橋,①郎,タカハシ,イチロウ,㈱本社～支店,,,";
        List<ParsedRow> rows = read(bytes(lines(HEADER, row), CsvEncoding.CP932, false), LIMITS);
        assertEquals("髙橋", rows.get(0).user().attributes().get("lastName"));
        assertEquals("㈱本社～支店", rows.get(0).user().attributes().get("department"));
    }

    @Test
    void quotedCellsHoldCommasDoubledQuotesAndLineBreaks() throws Exception {
        String row = "登録,\"kato@example.co.jp\",加藤,次郎,カトウ,ジロウ,\"営業部, 東京\",,\"第\"\"一\"\"営業部\r\n総務部;経理部\",";
        List<ParsedRow> rows = read(lines(HEADER, row, YAMADA));
        assertEquals(2, rows.size());
        UserRow kato = rows.get(0).user();
        assertEquals("営業部, 東京", kato.attributes().get("department"));
        assertEquals(List.of("第\"一\"営業部", "総務部", "経理部"), kato.groups());
        // row numbers as Excel shows them; the physical line where a row starts, counting the line inside the quotes
        assertEquals(2, rows.get(0).row());
        assertEquals(2, rows.get(0).line());
        assertEquals(3, rows.get(1).row());
        assertEquals(4, rows.get(1).line());
    }

    @Test
    void keycloakPersonNameSymbolsAreRefusedInNames() throws Exception {
        List<ParsedRow> rows = read(lines(HEADER, "登録,kato@example.co.jp,\"加\"\"藤\",<b>,カトウ,ジロウ,営業部;東京,,,"));
        assertEquals(List.of(CsvColumn.LAST_NAME, CsvColumn.FIRST_NAME, CsvColumn.DEPARTMENT),
                rows.get(0).errors().stream().map(CsvError::column).toList());
        assertTrue(rows.get(0).errors().stream().allMatch(e -> e.messageKey().equals("omakaseCsvInvalidNameMessage")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r"})
    void anyLineEndAndTrailingEmptyLines(String end) throws Exception {
        String text = HEADER + end + YAMADA + end + end + SATO + end + end + end + ",,,,,,,,," + end;
        List<ParsedRow> rows = read(text);
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(ParsedRow::valid));
        assertEquals(2, rows.get(0).row());
        assertEquals(4, rows.get(1).row(), "a blank row in the middle counts, as in Excel");
    }

    @Test
    void lastRowWithoutLineEndAndShortRows() throws Exception {
        List<ParsedRow> rows = read(HEADER + "\n" + "削除,old@example.co.jp");
        assertEquals(1, rows.size());
        assertEquals(CsvOperation.DELETE, rows.get(0).user().operation());
        assertEquals(Map.of(), rows.get(0).user().attributes());
    }

    @Test
    void columnsInAnyOrderWithSpacesAndEmptyHeadings() throws Exception {
        String header = " 管理者 ,グループ,電話番号,部署名,メイ,セイ,名,姓,メールアドレス,操作,";
        List<ParsedRow> rows = read(lines(header, "いいえ,,,,タロウ,ヤマダ,太郎,山田, Yamada@Example.co.jp ,登録,",
                "いいえ,,,,,,次郎,鈴木,suzuki@example.co.jp,登録,x"));
        assertEquals("yamada@example.co.jp", rows.get(0).user().email());
        assertEquals(List.of("omakaseCsvExtraCellMessage"), rows.get(1).errors().stream().map(CsvError::messageKey).toList());
    }

    @Test
    void commentRowsAreSkippedButCounted() throws Exception {
        List<ParsedRow> rows = read(lines(HEADER, "#登録,sample@example.com,見本,,,,,,,", YAMADA));
        assertEquals(1, rows.size());
        assertEquals(3, rows.get(0).row());
    }

    @Test
    void anUnclosedQuoteIsAnErrorOfItsRow() throws Exception {
        List<ParsedRow> rows = read(lines(HEADER, YAMADA, "登録,\"ito@example.co.jp,伊藤", SATO));
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(1).row());
        assertTrue(rows.get(1).errors().stream().anyMatch(e -> e.messageKey().equals("omakaseCsvUnclosedQuoteMessage")));
    }

    @Test
    void undecodableBytesAfterTheFirst64KbAreAnErrorOfTheirCell() throws Exception {
        StringBuilder text = new StringBuilder(lines(HEADER));
        for (int i = 0; i < 1000; i++) {
            text.append(lines("登録,user" + i + "@example.co.jp,山田,太郎,ヤマダ,タロウ,営業部,03-1234-5678,営業部/東京,いいえ"));
        }
        byte[] head = text.append("登録,ueda@example.co.jp,上田,").toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ",,,,,,,\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        file[head.length] = (byte) 0xFF; // no UTF-8 has this byte
        System.arraycopy(tail, 0, file, head.length + 1, tail.length);
        assertTrue(head.length > CsvEncoding.SNIFF_BYTES);
        List<ParsedRow> rows = read(file, LIMITS);
        assertEquals(1001, rows.size());
        ParsedRow ueda = rows.get(1000);
        assertNull(ueda.user());
        assertEquals(List.of(CsvError.of(1002, 1002, CsvColumn.FIRST_NAME, "omakaseCsvEncodingMessage")), ueda.errors());
    }

    @Test
    void utf16IsRefusedAsAFile() {
        byte[] utf16 = ("\uFEFF" + lines(HEADER)).getBytes(StandardCharsets.UTF_16LE);
        CsvFileException e = assertThrows(CsvFileException.class, () -> read(utf16, LIMITS));
        assertEquals("omakaseCsvUnsupportedEncodingMessage", e.messageKey());
    }
}
