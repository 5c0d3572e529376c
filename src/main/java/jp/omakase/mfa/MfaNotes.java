package jp.omakase.mfa;

/** Authentication-session note keys of the tenant second factor (namespaced, STYLE.md 4). */
final class MfaNotes {

    /** The methods the user's tenant allows, set by the condition when it requires a second factor. */
    static final String METHODS = "omakase.mfa.methods";
    /** The e-mail code: salt and hash ("salt:hash", never the code), expiry (epoch seconds), wrong tries and mails sent. */
    static final String EMAIL_CODE = "omakase.mfa.email.code";
    static final String EMAIL_EXPIRES = "omakase.mfa.email.expires";
    static final String EMAIL_TRIES = "omakase.mfa.email.tries";
    static final String EMAIL_SENT = "omakase.mfa.email.sent";

    private MfaNotes() {
    }
}
