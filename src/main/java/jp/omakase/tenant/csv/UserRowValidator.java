package jp.omakase.tenant.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.keycloak.utils.EmailValidationUtil;

import jp.omakase.tenant.groups.GroupName;
import jp.omakase.validation.JapaneseFormats;
import jp.omakase.validation.TextRules;

/**
 * The rules of one row's cells, as pure functions of the cells: the same rules as the user profile and the forms
 * ({@link TextRules} for characters and length, {@link JapaneseFormats} for katakana and phone numbers, Keycloak's own
 * e-mail syntax, Keycloak's person-name characters for names and department). Every column gets at most one error,
 * and every column is checked, so a row lists all its problems at once. A 削除 row only needs its e-mail.
 */
final class UserRowValidator {

    /** Keycloak's {@code person-name-prohibited-characters} (the realm's names and department), as its default pattern. */
    private static final Pattern PERSON_NAME = Pattern.compile("[^<>&\"\\v$%!#?§;*~/\\\\|^=\\[\\]{}()\\u0000-\\u001F\\u007F]+");
    private static final Set<CsvColumn> REQUIRED = Set.of(CsvColumn.EMAIL, CsvColumn.LAST_NAME, CsvColumn.FIRST_NAME);
    private static final Set<CsvColumn> NAMES = Set.of(CsvColumn.LAST_NAME, CsvColumn.FIRST_NAME, CsvColumn.DEPARTMENT);
    private static final Set<CsvColumn> KANA = Set.of(CsvColumn.LAST_NAME_KANA, CsvColumn.FIRST_NAME_KANA);
    /** Group paths in a cell: separated by semicolons or line breaks (Alt+Enter in Excel); levels by a slash. */
    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[;\\r\\n]+");
    /** A level's name: the rule of the group pages ({@link GroupName#MAX}), since applying a file creates missing groups. */
    static final int MAX_GROUP_NAME = GroupName.MAX;

    private UserRowValidator() {
    }

    /** The row of these cells, or its errors; {@code cells} holds a stripped value for every column. */
    static ParsedRow validate(int row, int line, Map<CsvColumn, String> cells) {
        List<CsvError> errors = new ArrayList<>();
        Map<CsvColumn, String> ok = new EnumMap<>(CsvColumn.class);
        String opCell = cells.get(CsvColumn.OPERATION);
        CsvOperation op = CsvOperation.byLabel(opCell).orElse(null);
        if (op == null) {
            errors.add(CsvError.of(row, line, CsvColumn.OPERATION,
                    opCell.isEmpty() ? "omakaseCsvRequiredMessage" : "omakaseCsvInvalidOperationMessage"));
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column == CsvColumn.OPERATION || (op == CsvOperation.DELETE && column != CsvColumn.EMAIL)) {
                continue;
            }
            String key = problem(column, cells.get(column));
            if (key == null) {
                ok.put(column, cells.get(column));
            } else {
                Object[] parameters = key.equals("omakaseCsvTooLongMessage") ? new Object[] {column.maxLength()} : new Object[0];
                errors.add(CsvError.of(row, line, column, key, parameters));
            }
        }
        if (!errors.isEmpty()) {
            return new ParsedRow(row, line, null, errors);
        }
        return new ParsedRow(row, line, user(op, ok), List.of());
    }

    private static UserRow user(CsvOperation op, Map<CsvColumn, String> cells) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (op != CsvOperation.DELETE) {
            CsvColumn.ATTRIBUTES.forEach(c -> attributes.put(c.attribute(), cells.get(c)));
        }
        String email = cells.get(CsvColumn.EMAIL).toLowerCase(Locale.ROOT);
        List<String> groups = op == CsvOperation.DELETE ? List.of() : groups(cells.get(CsvColumn.GROUPS));
        boolean admin = op != CsvOperation.DELETE && UserCsvFormat.YES.equals(cells.get(CsvColumn.ADMIN));
        return new UserRow(op, email, attributes, groups, admin);
    }

    /** The message key of what is wrong with a value of a column, or null when it is fine. */
    static String problem(CsvColumn column, String value) {
        if (value.isEmpty()) {
            return REQUIRED.contains(column) ? "omakaseCsvRequiredMessage" : null;
        }
        if (value.indexOf(CsvEncoding.REPLACEMENT) >= 0) {
            return "omakaseCsvEncodingMessage";
        }
        String text = TextRules.problem(value, column.maxLength(), column == CsvColumn.GROUPS);
        if (text != null) {
            return TextRules.TOO_LONG.equals(text) ? "omakaseCsvTooLongMessage" : "omakaseCsvInvalidCharactersMessage";
        }
        if (column == CsvColumn.EMAIL && !EmailValidationUtil.isValidEmail(value)) {
            return "omakaseCsvInvalidEmailMessage";
        }
        if (NAMES.contains(column) && !PERSON_NAME.matcher(value).matches()) {
            return "omakaseCsvInvalidNameMessage";
        }
        if (KANA.contains(column) && !JapaneseFormats.isKatakana(value)) {
            return "omakaseCsvInvalidKatakanaMessage";
        }
        if (column == CsvColumn.PHONE && !JapaneseFormats.isPhoneNumber(value)) {
            return "omakaseCsvInvalidPhoneMessage";
        }
        if (column == CsvColumn.ADMIN && !UserCsvFormat.YES.equals(value) && !UserCsvFormat.NO.equals(value)) {
            return "omakaseCsvInvalidAdminMessage";
        }
        if (column == CsvColumn.GROUPS && groups(value) == null) {
            return "omakaseCsvInvalidGroupMessage";
        }
        return null;
    }

    /** The group paths of a cell, stripped, empty levels refused (null), repeats removed. */
    static List<String> groups(String value) {
        Set<String> paths = new LinkedHashSet<>();
        for (String path : GROUP_SEPARATORS.split(value)) {
            if (path.isBlank()) {
                continue;
            }
            List<String> levels = new ArrayList<>();
            for (String level : path.split("/", -1)) {
                String name = level.strip();
                if (name.isEmpty() || name.length() > MAX_GROUP_NAME || !TextRules.isClean(name, false)) {
                    return null;
                }
                levels.add(name);
            }
            paths.add(String.join("/", levels));
        }
        return List.copyOf(paths);
    }
}
