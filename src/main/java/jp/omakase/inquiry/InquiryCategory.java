package jp.omakase.inquiry;

/**
 * What an inquiry is about (manual ⑦): ログインできない, パスワード, アカウントロック, 契約, その他. Stored by name; the label is
 * the message {@code omakaseInquiryCategory_<NAME>}.
 */
public enum InquiryCategory {
    LOGIN,
    PASSWORD,
    LOCK,
    CONTRACT,
    OTHER;

    /** The category named {@code value}, or null for anything else (absent, unknown, another case). */
    public static InquiryCategory of(String value) {
        for (InquiryCategory c : values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        return null;
    }

    /** The label's message key. */
    public String labelKey() {
        return "omakaseInquiryCategory_" + name();
    }

    /**
     * A sign-in that fails because of a lock, or a question about one: the answer says that the tenant administrator
     * releases a lock from the console's user page.
     */
    public boolean lockRelated() {
        return this == LOCK || this == LOGIN;
    }
}
