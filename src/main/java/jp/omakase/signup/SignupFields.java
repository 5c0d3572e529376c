package jp.omakase.signup;

import java.util.List;

/**
 * Names shared by the steps, the templates and the realm's user profile ({@code realm-export.json}): the step-04
 * form fields are user-profile attributes; the company and consent attributes are written by step 06 only.
 */
public final class SignupFields {

    public static final String EMAIL = "email";
    public static final String LAST_NAME = "lastName";
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME_KANA = "lastNameKana";
    public static final String FIRST_NAME_KANA = "firstNameKana";
    public static final String DEPARTMENT = "department";
    public static final String PHONE = "phone";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_CONFIRM = "password-confirm";

    /** Step 04's user-profile attributes, in form order. */
    public static final List<String> PROFILE_FIELDS = List.of(LAST_NAME, FIRST_NAME, LAST_NAME_KANA, FIRST_NAME_KANA,
            DEPARTMENT, PHONE);

    public static final String ATTR_COMPANY_NAME = "companyName";
    public static final String ATTR_COMPANY_KANA = "companyKana";
    public static final String ATTR_CORPORATE_NUMBER = "corporateNumber";
    public static final String ATTR_COMPANY_VERIFIED = "companyVerified";
    public static final String ATTR_TERMS_VERSION = "termsVersion";
    public static final String ATTR_TERMS_ACCEPTED_AT = "termsAcceptedAt";
    public static final String ATTR_PRIVACY_VERSION = "privacyVersion";
    public static final String ATTR_PRIVACY_ACCEPTED_AT = "privacyAcceptedAt";

    /** Longest value any text field of the sign-up takes (the user profile sets tighter limits per field). */
    public static final int MAX_TEXT = 255;

    private SignupFields() {
    }
}
