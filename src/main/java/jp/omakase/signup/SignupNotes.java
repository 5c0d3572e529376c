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
    /** Every value note, in declaration order: each is declared through {@link #value}, so {@link #clear} forgets them all. */
    private static final List<String> VALUE_NOTES = new ArrayList<>();

    /** The address a link was mailed to from this tab (not yet proven). */
    public static final String PENDING_EMAIL = value("pendingEmail");
    /** The address proven by opening the mailed link: step 01 is done once this is set. */
    public static final String EMAIL = value("email");
    /** Set when the flow was started from a link opened in another browser (no client login to continue). */
    public static final String FRESH_SESSION = value("freshSession");
    public static final String TERMS_VERSION = value("termsVersion");
    public static final String TERMS_ACCEPTED_AT = value("termsAcceptedAt");
    /** The terms text agreed to at step 02 ({@link jp.omakase.documents.Consent#encode()}), recorded when step 06 creates the user. */
    public static final String TERMS_CONSENT = value("termsConsent");
    public static final String COMPANY_NUMBER = value("company.number");
    public static final String COMPANY_NAME = value("company.name");
    public static final String COMPANY_KANA = value("company.kana");
    public static final String COMPANY_ADDRESS = value("company.address");
    public static final String COMPANY_VERIFIED = value("company.verified");
    public static final String COMPANY_QUERY = value("company.query");
    /** Prefix of the step-04 values, followed by the user-profile attribute name ({@link SignupFields#PROFILE_FIELDS}). */
    public static final String PROFILE = PREFIX + "profile.";
    public static final String PASSWORD_DATA = value("password.data");
    public static final String PASSWORD_SECRET = value("password.secret");
    public static final String PRIVACY_VERSION = value("privacyVersion");
    public static final String PRIVACY_ACCEPTED_AT = value("privacyAcceptedAt");
    /** The personal-information text agreed to at step 04, recorded when step 06 creates the user. */
    public static final String PRIVACY_CONSENT = value("privacyConsent");
    /** The id of the user created by step 06. */
    public static final String USER_ID = value("userId");

    /** Declares the value note {@code omakase.signup.<name>}. */
    private static String value(String name) {
        String note = PREFIX + name;
        VALUE_NOTES.add(note);
        return note;
    }

    /** Every note the sign-up may set, as {@link #clear} removes them: values, step markers, step-04 values. */
    static List<String> all() {
        List<String> all = new ArrayList<>(VALUE_NOTES);
        for (SignupStep s : SignupStep.values()) {
            all.add(DONE + s.name());
        }
        for (String field : SignupFields.PROFILE_FIELDS) {
            all.add(PROFILE + field);
        }
        return all;
    }

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
        all().forEach(session::removeAuthNote);
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
