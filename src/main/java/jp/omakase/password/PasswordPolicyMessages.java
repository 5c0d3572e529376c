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

    private PasswordPolicyMessages() {
    }
}
