package jp.omakase.tenant.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.omakase.profile.ProfileAttributes;

/**
 * The columns of the users' bulk file, in the order the template and the export write them. The header is always
 * Japanese (one file format whatever the page's language); the label key names the column in an error message in
 * the page's language. Lengths are the user profile's ({@code realm-export.json}); {@code attribute} is the
 * user-profile attribute a column fills (null for the operation, e-mail, groups and administrator columns).
 */
public enum CsvColumn {

    OPERATION("操作", null, 10, "omakaseCsvColumnOperation"),
    EMAIL("メールアドレス", null, 254, "omakaseCsvColumnEmail"),
    LAST_NAME("姓", ProfileAttributes.LAST_NAME, 50, "omakaseCsvColumnLastName"),
    FIRST_NAME("名", ProfileAttributes.FIRST_NAME, 50, "omakaseCsvColumnFirstName"),
    LAST_NAME_KANA("セイ", ProfileAttributes.LAST_NAME_KANA, 50, "omakaseCsvColumnLastNameKana"),
    FIRST_NAME_KANA("メイ", ProfileAttributes.FIRST_NAME_KANA, 50, "omakaseCsvColumnFirstNameKana"),
    DEPARTMENT("部署名", ProfileAttributes.DEPARTMENT, 100, "omakaseCsvColumnDepartment"),
    PHONE("電話番号", ProfileAttributes.PHONE, 20, "omakaseCsvColumnPhone"),
    GROUPS("グループ", null, 1000, "omakaseCsvColumnGroups"),
    ADMIN("管理者", null, 10, "omakaseCsvColumnAdmin");

    /** The columns that hold user-profile attributes, in file order. */
    public static final List<CsvColumn> ATTRIBUTES = List.of(LAST_NAME, FIRST_NAME, LAST_NAME_KANA, FIRST_NAME_KANA, DEPARTMENT, PHONE);

    private final String header;
    private final String attribute;
    private final int maxLength;
    private final String labelKey;

    CsvColumn(String header, String attribute, int maxLength, String labelKey) {
        this.header = header;
        this.attribute = attribute;
        this.maxLength = maxLength;
        this.labelKey = labelKey;
    }

    /** The column's name in the header row. */
    public String header() {
        return header;
    }

    /** The user-profile attribute this column fills, or null. */
    public String attribute() {
        return attribute;
    }

    /** The longest value accepted, in UTF-16 units as {@code TextRules} counts. */
    public int maxLength() {
        return maxLength;
    }

    /** The message key of the column's name in an error. */
    public String labelKey() {
        return labelKey;
    }

    /** The column with this header name (already stripped), if any. */
    public static Optional<CsvColumn> byHeader(String name) {
        return Arrays.stream(values()).filter(c -> c.header.equals(name)).findFirst();
    }
}
