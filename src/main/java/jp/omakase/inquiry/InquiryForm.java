package jp.omakase.inquiry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.utils.EmailValidationUtil;

import jp.omakase.validation.TextRules;

/**
 * The inquiry form as posted: category, name, e-mail address, company and text, stripped, and its check
 * ({@link #errors()}): field name → message key, in the form's order, empty when the inquiry can be sent. Pure: no
 * session, no database. What a user types is kept as text; a {@code <script>} is just characters here and is escaped
 * wherever it is written.
 */
public record InquiryForm(String category, String name, String email, String company, String text) {

    public static final String CATEGORY = "category";
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String COMPANY = "company";
    public static final String TEXT = "text";
    /** The fields in the form's order. */
    public static final List<String> FIELDS = List.of(CATEGORY, NAME, EMAIL, COMPANY, TEXT);

    /** Lengths, in UTF-16 units as the columns count ({@code OMK_INQUIRY}). */
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_COMPANY = 200;
    public static final int MAX_TEXT = 4000;

    /** Message keys of the errors. */
    static final String REQUIRED = "omakaseInquiryErrorRequired";
    static final String CATEGORY_INVALID = "omakaseInquiryErrorCategory";
    static final String EMAIL_INVALID = "omakaseInquiryErrorEmail";
    static final String TOO_LONG = "omakaseInquiryErrorTooLong";
    static final String INVALID_CHARACTERS = "omakaseInquiryErrorCharacters";

    /** The posted form's fields, stripped; absent ones are empty. */
    public static InquiryForm read(MultivaluedMap<String, String> form) {
        return new InquiryForm(value(form, CATEGORY), value(form, NAME), value(form, EMAIL), value(form, COMPANY),
                value(form, TEXT));
    }

    private static String value(MultivaluedMap<String, String> form, String field) {
        String v = form == null ? null : form.getFirst(field);
        return v == null ? "" : v.strip();
    }

    /** Field → message key of its problem, in the form's order; empty when everything is fine. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (InquiryCategory.of(category) == null) {
            errors.put(CATEGORY, category == null || category.isEmpty() ? REQUIRED : CATEGORY_INVALID);
        }
        text(errors, NAME, name, MAX_NAME, true, false);
        if (text(errors, EMAIL, email, MAX_EMAIL, true, false) && !EmailValidationUtil.isValidEmail(email)) {
            errors.put(EMAIL, EMAIL_INVALID);
        }
        text(errors, COMPANY, company, MAX_COMPANY, false, false);
        text(errors, TEXT, text, MAX_TEXT, true, true);
        return errors;
    }

    /** Checks one text field; true when it has a value and no problem so far. */
    private static boolean text(Map<String, String> errors, String field, String value, int max, boolean required, boolean multiLine) {
        if (value == null || value.isEmpty()) {
            if (required) {
                errors.put(field, REQUIRED);
            }
            return false;
        }
        String problem = TextRules.problem(value, max, multiLine);
        if (problem != null) {
            errors.put(field, TextRules.TOO_LONG.equals(problem) ? TOO_LONG : INVALID_CHARACTERS);
            return false;
        }
        return true;
    }

    /** The category as an enum (call after {@link #errors()} is empty). */
    public InquiryCategory categoryValue() {
        return InquiryCategory.of(category);
    }

    /** The address as the rate limit counts it: lower case, so that case variants share one allowance. */
    public String addressKey() {
        return email == null ? "" : email.toLowerCase(Locale.ROOT);
    }

    /** The largest length of {@code field} (for the page's {@code maxlength}). */
    public static int max(String field) {
        return switch (field) {
            case NAME -> MAX_NAME;
            case EMAIL -> MAX_EMAIL;
            case COMPANY -> MAX_COMPANY;
            case TEXT -> MAX_TEXT;
            default -> 0;
        };
    }
}
