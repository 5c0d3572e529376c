package jp.omakase.signup;

import java.util.List;

import jp.omakase.profile.ProfileAttributes;

/**
 * Names shared by the steps, the templates and the realm's user profile ({@code realm-export.json}): the step-04
 * form fields are user-profile attributes ({@link ProfileAttributes}); the company and consent attributes are
 * written by step 06 only.
 */
public final class SignupFields {

    public static final String EMAIL = "email";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_CONFIRM = "password-confirm";

    /** Step 04's user-profile attributes, in form order. */
    public static final List<String> PROFILE_FIELDS = ProfileAttributes.PERSON;

    /** Longest value any text field of the sign-up takes (the user profile sets tighter limits per field). */
    public static final int MAX_TEXT = 255;

    private SignupFields() {
    }
}
