package jp.omakase.tenant.csv;

import static jp.omakase.tenant.csv.CsvTestFiles.HEADER;
import static jp.omakase.tenant.csv.CsvTestFiles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The check with a rule from outside the file (the tenant page's "is this e-mail a member"): its error is the row's e-mail error. */
class UserCsvRowCheckTest {

    @Test
    void aRowRefusedByTheExtraCheckIsAnEmailErrorOfItsRow() throws Exception {
        String text = lines(HEADER, "登録,new@example.co.jp,山田,太郎,ヤマダ,タロウ,,,,いいえ", "削除,stranger@example.co.jp,,,,,,,,",
                "変更,member@example.co.jp,佐藤,花子,サトウ,ハナコ,,,,いいえ", "削除,bad-address,,,,,,,,");
        UserCsvCheck.RowCheck members = row -> row.operation() != CsvOperation.ADD && !row.email().equals("member@example.co.jp")
                ? "omakaseCsvNotMemberMessage" : null;
        UserCsvCheck check = UserCsvCheck.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), CsvLimits.DEFAULT,
                UserCsvCheck.MAX_ERRORS, members);
        assertEquals(Map.of(CsvOperation.ADD, 1, CsvOperation.CHANGE, 1, CsvOperation.DELETE, 0), check.valid());
        assertEquals(2, check.invalidRows());
        assertEquals(List.of(CsvError.of(3, 3, CsvColumn.EMAIL, "omakaseCsvNotMemberMessage"),
                CsvError.of(5, 5, CsvColumn.EMAIL, "omakaseCsvInvalidEmailMessage")), check.errors(),
                "a row the file already refuses is not asked about");
    }
}
