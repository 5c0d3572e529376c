package jp.omakase.tenant.csv;

import java.util.Arrays;
import java.util.Optional;

/** The 操作 column: what a row asks for. Values are Japanese in every file. */
public enum CsvOperation {

    /** 登録: add the user (a user already in the tenant with this e-mail is left as the row says: idempotent by e-mail). */
    ADD("登録"),
    /** 変更: the existing user's values become the row's (a blank optional cell clears the value). */
    CHANGE("変更"),
    /** 削除: delete the user; only the e-mail is read. */
    DELETE("削除");

    private final String label;

    CsvOperation(String label) {
        this.label = label;
    }

    /** The value written in the 操作 column. */
    public String label() {
        return label;
    }

    /** The operation written as {@code value} (already stripped), if any. */
    public static Optional<CsvOperation> byLabel(String value) {
        return Arrays.stream(values()).filter(o -> o.label.equals(value)).findFirst();
    }
}
