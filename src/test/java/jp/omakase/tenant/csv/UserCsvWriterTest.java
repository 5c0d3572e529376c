package jp.omakase.tenant.csv;

import static jp.omakase.tenant.csv.CsvTestFiles.HEADER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Writing: what Excel opens (BOM, CRLF, quoting), formula injection neutralised, and export → read gives the same rows. */
class UserCsvWriterTest {

    private static UserRow user(CsvOperation op, String email, String department, List<String> groups, boolean admin) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("lastName", "山田");
        attributes.put("firstName", "太郎");
        attributes.put("lastNameKana", "ヤマダ");
        attributes.put("firstNameKana", "タロウ");
        attributes.put("department", department);
        attributes.put("phone", "03-1234-5678");
        return new UserRow(op, email, attributes, groups, admin);
    }

    private static byte[] export(List<UserRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (UserCsvWriter writer = UserCsvWriter.open(out)) {
            for (UserRow row : rows) {
                writer.write(row);
            }
        }
        return out.toByteArray();
    }

    @Test
    void utf8WithBomCrlfAndTheJapaneseHeader() throws Exception {
        byte[] bytes = export(List.of(user(CsvOperation.CHANGE, "yamada@example.co.jp", "営業部", List.of("営業部/東京", "全社"), true)));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(HEADER + "\r\n" + "変更,yamada@example.co.jp,山田,太郎,ヤマダ,タロウ,営業部,03-1234-5678,営業部/東京;全社,はい\r\n", text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            営業部           | 営業部
            営業部, 東京      | `"営業部, 東京"`
            第"一"営業部      | `"第""一""営業部"`
            `=HYPERLINK("http://evil.example")` | `"'=HYPERLINK(""http://evil.example"")"`
            +81-3-1234      | '+81-3-1234
            -2+3            | '-2+3
            @SUM(A1)        | '@SUM(A1)
            `\tx`           | '\tx
            '=already       | '=already
            """)
    void cellsAreQuotedAndFormulasNeutralised(String cell, String written) {
        String value = cell.replace("\\t", "\t");
        assertEquals(written.replace("\\t", "\t"), UserCsvWriter.quote(UserCsvFormat.neutralise(value)));
    }

    @Test
    void exportThenReadGivesTheSameRows() throws Exception {
        List<UserRow> rows = List.of(
                user(CsvOperation.ADD, "yamada@example.co.jp", "営業部, 東京", List.of("営業部/東京", "全社"), true),
                user(CsvOperation.CHANGE, "sato@example.co.jp", "-営業部-", List.of(), false),
                user(CsvOperation.CHANGE, "kato@example.co.jp", "", List.of("第\"一\"営業部", "=SUM(A1)", "@家"), false),
                new UserRow(CsvOperation.DELETE, "old@example.co.jp", Map.of(), List.of(), false));
        List<ParsedRow> read = CsvTestFiles.read(export(rows), CsvLimits.DEFAULT);
        assertTrue(read.stream().allMatch(ParsedRow::valid), () -> read.toString());
        assertEquals(rows, read.stream().map(ParsedRow::user).toList());
    }

    @Test
    void theTemplateIsTheHeaderAndACommentedSampleThatAddsNoOne() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UserCsvWriter.template(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + HEADER + "\r\n#登録,yamada.taro@example.com,山田,太郎,"), text);
        assertEquals(List.of(), CsvTestFiles.read(out.toByteArray(), CsvLimits.DEFAULT));
        // the sample row without its # is a valid row
        byte[] uncommented = text.replace("#登録", "登録").getBytes(StandardCharsets.UTF_8);
        List<ParsedRow> sample = CsvTestFiles.read(uncommented, CsvLimits.DEFAULT);
        assertEquals(1, sample.size());
        assertTrue(sample.get(0).valid(), sample.toString());
    }
}
