package jp.omakase.tenant.csv;

import static jp.omakase.tenant.csv.CsvTestFiles.HEADER;
import static jp.omakase.tenant.csv.CsvTestFiles.YAMADA;
import static jp.omakase.tenant.csv.CsvTestFiles.lines;
import static jp.omakase.tenant.csv.CsvTestFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a file's errors say: every error of a row with its row number and column, and the file-level errors. */
class UserCsvErrorsTest {

    /** One cell replaced in a valid row: the error names that column, with the key the page shows. */
    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            OPERATION       |            | omakaseCsvRequiredMessage
            OPERATION       | 追加       | omakaseCsvInvalidOperationMessage
            EMAIL           |            | omakaseCsvRequiredMessage
            EMAIL           | yamada@    | omakaseCsvInvalidEmailMessage
            EMAIL           | a b@example.co.jp | omakaseCsvInvalidEmailMessage
            LAST_NAME       |            | omakaseCsvRequiredMessage
            FIRST_NAME      | 太郎!       | omakaseCsvInvalidNameMessage
            LAST_NAME_KANA  | やまだ      | omakaseCsvInvalidKatakanaMessage
            FIRST_NAME_KANA | ﾀﾛｳ        | omakaseCsvInvalidKatakanaMessage
            DEPARTMENT      | 営業部\u202E | omakaseCsvInvalidCharactersMessage
            PHONE           | 03-1234-567 | omakaseCsvInvalidPhoneMessage
            PHONE           | ０３１２３４５６７８ | omakaseCsvInvalidPhoneMessage
            GROUPS          | 営業部//東京 | omakaseCsvInvalidGroupMessage
            ADMIN           | yes        | omakaseCsvInvalidAdminMessage
            """)
    void aBadCellIsNamedWithItsRowAndColumn(CsvColumn column, String value, String key) throws Exception {
        String[] cells = YAMADA.split(",", -1);
        cells[column.ordinal()] = value == null ? "" : value.replace("\\u202E", "\u202E");
        List<ParsedRow> rows = read(lines(HEADER, YAMADA.replace("yamada", "first"), String.join(",", cells)));
        assertTrue(rows.get(0).valid());
        assertNull(rows.get(1).user());
        assertEquals(List.of(CsvError.of(3, 3, column, key)), rows.get(1).errors());
    }

    @Test
    void everyErrorOfARowIsListed() throws Exception {
        String bad = "登録,not-an-address,,太郎,やまだ,タロウ,営業部,123,,たぶん";
        ParsedRow row = read(lines(HEADER, "", bad)).get(0);
        assertEquals(List.of(CsvColumn.EMAIL, CsvColumn.LAST_NAME, CsvColumn.LAST_NAME_KANA, CsvColumn.PHONE, CsvColumn.ADMIN),
                row.errors().stream().map(CsvError::column).toList());
        assertTrue(row.errors().stream().allMatch(e -> e.row() == 3));
    }

    @Test
    void lengthsAreTheUserProfiles() throws Exception {
        String longName = "山".repeat(51);
        String row = "登録,yamada@example.co.jp," + longName + ",太郎,ヤマダ,タロウ," + "部".repeat(101) + ",,,";
        ParsedRow parsed = read(lines(HEADER, row)).get(0);
        assertEquals(List.of(CsvError.of(2, 2, CsvColumn.LAST_NAME, "omakaseCsvTooLongMessage", 50),
                CsvError.of(2, 2, CsvColumn.DEPARTMENT, "omakaseCsvTooLongMessage", 100)), parsed.errors());
        String fits = "登録,yamada@example.co.jp," + "山".repeat(50) + ",太郎,ヤマダ,タロウ," + "部".repeat(100) + ",,,";
        assertTrue(read(lines(HEADER, fits)).get(0).valid());
    }

    @Test
    void aHugeCellIsCutAndRefusedNotHeld() throws Exception {
        String row = "登録,yamada@example.co.jp,山田,太郎,,,,,\"" + "営".repeat(200_000) + "\",";
        ParsedRow parsed = read(lines(HEADER, row, YAMADA.replace("yamada", "next"))).get(0);
        assertEquals(List.of(CsvError.of(2, 2, CsvColumn.GROUPS, "omakaseCsvTooLongMessage", 1000)), parsed.errors());
    }

    @Test
    void aDuplicateEmailIsAnErrorOfTheLaterRowWhateverItsCase() throws Exception {
        List<ParsedRow> rows = read(lines(HEADER, YAMADA, "", "削除,YAMADA@example.co.jp,,,,,,,,"));
        assertTrue(rows.get(0).valid());
        assertEquals(List.of(CsvError.of(4, 4, CsvColumn.EMAIL, "omakaseCsvDuplicateEmailMessage", 2)), rows.get(1).errors());
    }

    @Test
    void aDeleteRowReadsOnlyTheEmail() throws Exception {
        ParsedRow row = read(lines(HEADER, "削除,yamada@example.co.jp,<>,,やまだ,,,x,,たぶん")).get(0);
        assertTrue(row.valid());
        assertEquals(CsvOperation.DELETE, row.user().operation());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            操作,メールアドレス,姓,名,セイ,メイ,部署名,電話番号,グループ         | omakaseCsvMissingColumnMessage   | 管理者
            メールアドレス,姓,名,セイ,メイ,部署名,電話番号,グループ               | omakaseCsvMissingColumnMessage   | 操作、管理者
            操作,メールアドレス,姓,名,セイ,メイ,部署名,電話番号,グループ,管理者,役職 | omakaseCsvUnknownColumnMessage | 役職
            操作,メールアドレス,姓,名,姓,名,部署名,電話番号,グループ,管理者         | omakaseCsvDuplicateColumnMessage | 姓
            """)
    void headerProblemsRefuseTheWholeFile(String header, String key, String parameter) {
        CsvFileException e = assertThrows(CsvFileException.class, () -> read(lines(header, YAMADA)));
        assertEquals(key, e.messageKey());
        assertEquals(List.of(parameter), e.parameters());
        assertEquals(1, e.row());
    }

    @Test
    void anEmptyFileOrOneOfBlankLinesIsRefused() {
        for (String text : List.of("", "\r\n\r\n", "\uFEFF", ",,,\n")) {
            CsvFileException e = assertThrows(CsvFileException.class, () -> read(text));
            assertEquals("omakaseCsvEmptyFileMessage", e.messageKey());
        }
    }

    @Test
    void aHeaderOnlyFileHasNoRows() throws Exception {
        assertEquals(List.of(), read(lines("", HEADER, "", "")));
    }

    @Test
    void rowsBeyondTheLimitRefuseTheFile() throws Exception {
        CsvLimits three = new CsvLimits(3, 1000, 50);
        StringBuilder text = new StringBuilder(lines(HEADER));
        for (int i = 0; i < 3; i++) {
            text.append(lines(YAMADA.replace("yamada", "u" + i), "#comment", ""));
        }
        byte[] ok = text.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(3, CsvTestFiles.read(ok, three).size(), "blank and comment rows do not count");
        byte[] tooMany = text.append(lines(YAMADA)).toString().getBytes(StandardCharsets.UTF_8);
        CsvFileException e = assertThrows(CsvFileException.class, () -> CsvTestFiles.read(tooMany, three));
        assertEquals("omakaseCsvTooManyRowsMessage", e.messageKey());
        assertEquals(List.of(3), e.parameters());
        assertEquals(11, e.row());
    }
}
