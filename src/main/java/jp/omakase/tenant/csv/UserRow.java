package jp.omakase.tenant.csv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One valid row: the operation, the e-mail (lower case, as Keycloak stores it), the user-profile attributes by
 * attribute name in file order (blank cells as empty strings, all of them present for 登録/変更, none for 削除), the
 * group paths ({@code 親/子}, in file order without repeats) and whether the user is a tenant administrator.
 */
public record UserRow(CsvOperation operation, String email, Map<String, String> attributes, List<String> groups, boolean admin) {

    public UserRow {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        groups = List.copyOf(groups);
    }

    /** The value of a column of this row as the file writes it. */
    public String cell(CsvColumn column) {
        return switch (column) {
            case OPERATION -> operation.label();
            case EMAIL -> email;
            case GROUPS -> String.join(UserCsvFormat.GROUP_SEPARATOR, groups);
            case ADMIN -> admin ? UserCsvFormat.YES : UserCsvFormat.NO;
            default -> attributes.getOrDefault(column.attribute(), "");
        };
    }
}
