package jp.omakase.validation;

import java.util.function.Predicate;

import org.keycloak.validate.AbstractStringValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * A user-profile validator for one of the {@link JapaneseFormats}. The error message key is the format's own
 * ({@code omakaseInvalidKatakanaMessage}...), localized by the theme and shown under the field (Keycloak passes the attribute name as {0}, so the texts do not use it).
 * A custom {@code error-message} in the validator's config takes its place, as with Keycloak's own validators.
 */
public class JapaneseFormatValidator extends AbstractStringValidator {

    private final String id;
    private final String message;
    private final Predicate<String> rule;

    JapaneseFormatValidator(String id, String message, Predicate<String> rule) {
        this.id = id;
        this.message = message;
        this.rule = rule;
    }

    /** {@code omakase-katakana}: full-width katakana. */
    public static class Katakana extends JapaneseFormatValidator {
        public Katakana() {
            super("omakase-katakana", "omakaseInvalidKatakanaMessage", JapaneseFormats::isKatakana);
        }
    }

    /** {@code omakase-phone-jp}: a Japanese telephone number, half-width digits, hyphens optional. */
    public static class PhoneNumber extends JapaneseFormatValidator {
        public PhoneNumber() {
            super("omakase-phone-jp", "omakaseInvalidPhoneMessage", JapaneseFormats::isPhoneNumber);
        }
    }

    /** {@code omakase-postal-code-jp}: a Japanese postal code, 7 half-width digits, hyphen optional. */
    public static class PostalCode extends JapaneseFormatValidator {
        public PostalCode() {
            super("omakase-postal-code-jp", "omakaseInvalidPostalCodeMessage", JapaneseFormats::isPostalCode);
        }
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
        if (!rule.test(value)) {
            String key = config == null ? null : config.getStringOrDefault("error-message", null);
            context.addError(new ValidationError(id, inputHint, key == null ? message : key));
        }
    }

    @Override
    protected boolean skipValidation(Object value, ValidatorConfig config) {
        // empty values are the 'required' validator's business, as with Keycloak's own validators
        return value == null || value instanceof String s && s.isEmpty();
    }
}
