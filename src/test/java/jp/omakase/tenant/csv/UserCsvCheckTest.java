package jp.omakase.tenant.csv;

import static jp.omakase.tenant.csv.CsvTestFiles.HEADER;
import static jp.omakase.tenant.csv.CsvTestFiles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The check pass: counts, every row's errors with row and column, bounded error list, file errors. */
class UserCsvCheckTest {

    /** The done-when's file: 50 users, 3 of them bad, saved by Excel in Shift_JIS. */
    @Test
    void fiftyRowsWithThreeBadOnesListThoseThree() throws Exception {
        StringBuilder text = new StringBuilder(lines(HEADER));
        for (int i = 1; i <= 50; i++) {
            String kana = i == 7 ? "やまだ" : "ヤマダ";
            String email = i == 20 ? "user20.example.co.jp" : "user" + i + "@example.co.jp";
            String phone = i == 33 ? "03-1234" : "03-1234-5678";
            text.append(lines("登録," + email + ",山田,太郎" + i + "," + kana + ",タロウ,営業部," + phone + ",営業部,いいえ"));
        }
        UserCsvCheck check = UserCsvCheck.of(new ByteArrayInputStream(text.toString().getBytes(CsvEncoding.CP932)));
        assertFalse(check.passed());
        assertNull(check.fileError());
        assertEquals(47, check.validRows());
        assertEquals(Map.of(CsvOperation.ADD, 47, CsvOperation.CHANGE, 0, CsvOperation.DELETE, 0), check.valid());
        assertEquals(3, check.invalidRows());
        assertEquals(List.of(CsvError.of(8, 8, CsvColumn.LAST_NAME_KANA, "omakaseCsvInvalidKatakanaMessage"),
                CsvError.of(21, 21, CsvColumn.EMAIL, "omakaseCsvInvalidEmailMessage"),
                CsvError.of(34, 34, CsvColumn.PHONE, "omakaseCsvInvalidPhoneMessage")), check.errors());
    }

    @Test
    void theErrorListIsBoundedButTheCountExact() throws Exception {
        StringBuilder text = new StringBuilder(lines(HEADER));
        for (int i = 0; i < 30; i++) {
            text.append(lines("登録,bad" + i + ",,,,,,,,"));
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        UserCsvCheck check = UserCsvCheck.of(new ByteArrayInputStream(bytes), CsvLimits.DEFAULT, 10);
        assertEquals(30, check.invalidRows());
        assertEquals(90, check.errorCount());
        assertEquals(10, check.errors().size());
        assertEquals(2, check.errors().get(0).row());
    }

    @Test
    void aFileErrorIsReportedNotThrown() throws Exception {
        UserCsvCheck check = UserCsvCheck.of(new ByteArrayInputStream("名前,メール\r\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(check.passed());
        assertEquals("omakaseCsvUnknownColumnMessage", check.fileError().messageKey());
        assertTrue(UserCsvCheck.of(new ByteArrayInputStream(lines(HEADER).getBytes(StandardCharsets.UTF_8))).passed());
    }
}
