package jp.omakase.password;

/** Message keys of the password rules; texts in the theme bundles (ja, en). */
final class PasswordPolicyMessages {

    /** {0}: position of the first refused character (1-based). */
    static final String SPACE = "omakasePasswordSpaceMessage";
    /** {0}: position of the first refused character (1-based). */
    static final String CONTROL = "omakasePasswordControlCharacterMessage";
    /** {0}: position of the first refused character (1-based). */
    static final String NOT_HALF_WIDTH = "omakasePasswordNotHalfWidthMessage";
    /**
     * {0}: classes required; {1}: classes present; {2}..{5}: upper, lower, digit, symbol, each
     * 0 when present, 1 when it is the first missing class, 2 when a later missing class
     * (the bundles turn these into a localized list with {@code choice} formats).
     */
    static final String CHARACTER_CLASSES = "omakasePasswordCharacterClassesMessage";
    /** A tenant's stricter length; {0}: minimum; {1}: the password's length. */
    static final String TENANT_LENGTH = "omakaseTenantPasswordLengthMessage";
    /** {0}: the e-mail's local part the password contains. */
    static final String TENANT_EMAIL = "omakaseTenantPasswordEmailMessage";
    /** {0}: the part of the company's name the password contains. */
    static final String TENANT_COMPANY = "omakaseTenantPasswordCompanyMessage";
    /** {0}: how many recent passwords cannot be used again. */
    static final String TENANT_HISTORY = "omakaseTenantPasswordHistoryMessage";

    private PasswordPolicyMessages() {
    }
}
