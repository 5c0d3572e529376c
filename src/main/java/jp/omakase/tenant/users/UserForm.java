package jp.omakase.tenant.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.models.UserModel;

import jp.omakase.profile.ProfileAttributes;
import jp.omakase.tenant.csv.UserRow;
import jp.omakase.validation.JapaneseFormats;
import jp.omakase.validation.TextRules;

/**
 * The form of ユーザーの追加 and ユーザー情報の変更: 姓, 名, セイ, メイ, メールアドレス (the login id), 部署名, 電話番号 and
 * whether the user administers the tenant; on ユーザーの追加 also the groups to join ({@code group}, ids as posted: the
 * resource checks each is this tenant's). Field names are the user-profile attribute names ({@link ProfileAttributes});
 * {@link #errors()} judges it with the project's rules ({@link TextRules}, {@link JapaneseFormats}) and answers, per
 * field in form order, the message key of its first problem.
 */
public record UserForm(String lastName, String firstName, String lastNameKana, String firstNameKana, String email,
                       String department, String phone, boolean admin, List<String> groups) {

    /** Longest value read from a posted field (the rules below are tighter; this bounds the work). */
    private static final int MAX_VALUE = 1000;
    static final String ADMIN_FIELD = "admin";
    static final String EMAIL_FIELD = "email";
    static final String GROUP_FIELD = "group";
    /** Most group ids read from one post (a tenant with more groups is not expected; the rest are ignored). */
    static final int MAX_GROUPS = 200;
    /** The form's fields in the order of the page. */
    public static final List<String> FIELDS = List.of(ProfileAttributes.LAST_NAME, ProfileAttributes.FIRST_NAME,
            ProfileAttributes.LAST_NAME_KANA, ProfileAttributes.FIRST_NAME_KANA, EMAIL_FIELD, ProfileAttributes.DEPARTMENT,
            ProfileAttributes.PHONE);

    public static UserForm empty() {
        return new UserForm("", "", "", "", "", "", "", false, List.of());
    }

    public static UserForm read(MultivaluedMap<String, String> form) {
        return new UserForm(v(form, ProfileAttributes.LAST_NAME), v(form, ProfileAttributes.FIRST_NAME),
                v(form, ProfileAttributes.LAST_NAME_KANA), v(form, ProfileAttributes.FIRST_NAME_KANA),
                v(form, EMAIL_FIELD).toLowerCase(Locale.ROOT), v(form, ProfileAttributes.DEPARTMENT), v(form, ProfileAttributes.PHONE),
                "true".equals(form.getFirst(ADMIN_FIELD)), groups(form));
    }

    public static UserForm of(UserModel user, boolean admin) {
        return new UserForm(n(user.getLastName()), n(user.getFirstName()), n(user.getFirstAttribute(ProfileAttributes.LAST_NAME_KANA)),
                n(user.getFirstAttribute(ProfileAttributes.FIRST_NAME_KANA)), n(user.getEmail()),
                n(user.getFirstAttribute(ProfileAttributes.DEPARTMENT)), n(user.getFirstAttribute(ProfileAttributes.PHONE)), admin,
                List.of());
    }

    /** The values of a bulk file's row (登録 or 変更); its groups, named by path, are applied apart ({@code GroupPaths}). */
    public static UserForm of(UserRow row) {
        Map<String, String> a = row.attributes();
        return new UserForm(a.getOrDefault(ProfileAttributes.LAST_NAME, ""), a.getOrDefault(ProfileAttributes.FIRST_NAME, ""),
                a.getOrDefault(ProfileAttributes.LAST_NAME_KANA, ""), a.getOrDefault(ProfileAttributes.FIRST_NAME_KANA, ""), row.email(),
                a.getOrDefault(ProfileAttributes.DEPARTMENT, ""), a.getOrDefault(ProfileAttributes.PHONE, ""), row.admin(), List.of());
    }

    /** Field → message key of its problem, in form order; empty when the form is fine. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, ProfileAttributes.LAST_NAME, lastName, 64);
        required(errors, ProfileAttributes.FIRST_NAME, firstName, 64);
        if (required(errors, ProfileAttributes.LAST_NAME_KANA, lastNameKana, 64) && !JapaneseFormats.isKatakana(lastNameKana)) {
            errors.put(ProfileAttributes.LAST_NAME_KANA, "omakaseConsoleErrorKatakana");
        }
        if (required(errors, ProfileAttributes.FIRST_NAME_KANA, firstNameKana, 64) && !JapaneseFormats.isKatakana(firstNameKana)) {
            errors.put(ProfileAttributes.FIRST_NAME_KANA, "omakaseConsoleErrorKatakana");
        }
        if (required(errors, EMAIL_FIELD, email, 254) && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put(EMAIL_FIELD, "omakaseConsoleErrorEmail");
        }
        optional(errors, ProfileAttributes.DEPARTMENT, department, 100);
        if (optional(errors, ProfileAttributes.PHONE, phone, 20) && !phone.isEmpty() && !JapaneseFormats.isPhoneNumber(phone)) {
            errors.put(ProfileAttributes.PHONE, "omakaseConsoleErrorPhone");
        }
        return errors;
    }

    /** True when the value is present and passes the text rule (else the error is recorded). */
    private static boolean required(Map<String, String> errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.put(field, "omakaseConsoleErrorRequired");
            return false;
        }
        return optional(errors, field, value, max);
    }

    private static boolean optional(Map<String, String> errors, String field, String value, int max) {
        String problem = TextRules.problem(value, max);
        if (problem != null) {
            errors.put(field, TextRules.TOO_LONG.equals(problem) ? "omakaseConsoleErrorTooLong" : "omakaseConsoleErrorCharacters");
            return false;
        }
        return true;
    }

    /** The profile attributes this form writes besides the names and the e-mail. */
    Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put(ProfileAttributes.LAST_NAME_KANA, lastNameKana);
        a.put(ProfileAttributes.FIRST_NAME_KANA, firstNameKana);
        a.put(ProfileAttributes.DEPARTMENT, department);
        a.put(ProfileAttributes.PHONE, phone);
        return a;
    }

    /** The posted group ids, blank ones dropped, each once, at most {@link #MAX_GROUPS}. */
    private static List<String> groups(MultivaluedMap<String, String> form) {
        List<String> ids = form.get(GROUP_FIELD);
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).map(String::strip).filter(id -> !id.isEmpty())
                .distinct().limit(MAX_GROUPS).toList();
    }

    private static String v(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        value = value == null ? "" : value.strip();
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}
