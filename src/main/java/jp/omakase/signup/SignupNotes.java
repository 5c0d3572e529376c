package jp.omakase.signup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The sign-up's state: authentication-session notes only, no user row before the last step. Each step has a "done"
 * marker next to its values, so a step can be reopened (back to edit) without losing what was typed.
 */
public final class SignupNotes {

    private static final String PREFIX = "omakase.signup.";
    private static final String DONE = PREFIX + "done.";

    /** The address a link was mailed to from this tab (not yet proven). */
    public static final String PENDING_EMAIL = PREFIX + "pendingEmail";
    /** The address proven by opening the mailed link: step 01 is done once this is set. */
    public static final String EMAIL = PREFIX + "email";
    /** Set when the flow was started from a link opened in another browser (no client login to continue). */
    public static final String FRESH_SESSION = PREFIX + "freshSession";
    public static final String TERMS_VERSION = PREFIX + "termsVersion";
    public static final String TERMS_ACCEPTED_AT = PREFIX + "termsAcceptedAt";
    public static final String COMPANY_NUMBER = PREFIX + "company.number";
    public static final String COMPANY_NAME = PREFIX + "company.name";
    public static final String COMPANY_KANA = PREFIX + "company.kana";
    public static final String COMPANY_ADDRESS = PREFIX + "company.address";
    public static final String COMPANY_VERIFIED = PREFIX + "company.verified";
    public static final String COMPANY_QUERY = PREFIX + "company.query";
    /** Prefix of the step-04 values, followed by the user-profile attribute name. */
    public static final String PROFILE = PREFIX + "profile.";
    public static final String PASSWORD_DATA = PREFIX + "password.data";
    public static final String PASSWORD_SECRET = PREFIX + "password.secret";
    public static final String PRIVACY_VERSION = PREFIX + "privacyVersion";
    public static final String PRIVACY_ACCEPTED_AT = PREFIX + "privacyAcceptedAt";
    /** The id of the user created by step 06. */
    public static final String USER_ID = PREFIX + "userId";

    private static final List<String> VALUE_NOTES = List.of(PENDING_EMAIL, EMAIL, FRESH_SESSION, TERMS_VERSION,
            TERMS_ACCEPTED_AT, COMPANY_NUMBER, COMPANY_NAME, COMPANY_KANA, COMPANY_ADDRESS, COMPANY_VERIFIED,
            COMPANY_QUERY, PASSWORD_DATA, PASSWORD_SECRET, PRIVACY_VERSION, PRIVACY_ACCEPTED_AT, USER_ID);

    private SignupNotes() {
    }

    public static boolean isDone(AuthenticationSessionModel session, SignupStep step) {
        return "true".equals(session.getAuthNote(DONE + step.name()));
    }

    public static void markDone(AuthenticationSessionModel session, SignupStep step) {
        session.setAuthNote(DONE + step.name(), "true");
    }

    /** True when every step before {@code step} is done: the only way a step may show its page. */
    public static boolean reachable(AuthenticationSessionModel session, SignupStep step) {
        for (SignupStep before : SignupStep.values()) {
            if (before == step) {
                return true;
            }
            if (!isDone(session, before)) {
                return false;
            }
        }
        return true;
    }

    /** Reopens {@code step} and every later step; values stay, so the pages show what was typed. */
    public static void reopen(AuthenticationSessionModel session, SignupStep step) {
        for (SignupStep s : SignupStep.values()) {
            if (s.ordinal() >= step.ordinal()) {
                session.removeAuthNote(DONE + s.name());
            }
        }
    }

    /** Forgets the whole sign-up (restart from step 01). */
    public static void clear(AuthenticationSessionModel session) {
        List<String> all = new ArrayList<>(VALUE_NOTES);
        for (SignupStep s : SignupStep.values()) {
            all.add(DONE + s.name());
        }
        for (String field : SignupFields.PROFILE_FIELDS) {
            all.add(PROFILE + field);
        }
        all.forEach(session::removeAuthNote);
    }

    public static String profile(AuthenticationSessionModel session, String field) {
        return session.getAuthNote(PROFILE + field);
    }

    /** Every step-04 value in form order, "" for a field not typed yet. */
    public static Map<String, String> profileValues(AuthenticationSessionModel session) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : SignupFields.PROFILE_FIELDS) {
            String v = profile(session, field);
            values.put(field, v == null ? "" : v);
        }
        return values;
    }
}
