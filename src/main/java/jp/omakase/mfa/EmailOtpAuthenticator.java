package jp.omakase.mfa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * {@code omakase-email-otp}: a one-time code by e-mail as the second factor ({@link EmailCode}: six digits, five
 * minutes, single use, {@link EmailCode#MAX_TRIES} wrong entries, {@link EmailCode#MAX_SENDS} mails). The code lives
 * only hashed in the authentication session; the mail goes through Keycloak's e-mail templates (theme
 * {@code omakase}, {@code omakase-mfa-email-code.ftl}). A wrong code is a failure Keycloak's brute-force protection
 * counts like a wrong password; a locked user is refused before the code is looked at. Offered when the user's tenant
 * allows it and the user has a verified e-mail address.
 */
final class EmailOtpAuthenticator implements Authenticator {

    private static final Logger LOG = Logger.getLogger(EmailOtpAuthenticator.class);
    static final String TEMPLATE = "omakase-mfa-email-code.ftl";
    static final String FIELD = "code";
    static final String RESEND = "resend";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        if (auth.getAuthNote(MfaNotes.EMAIL_CODE) == null) {
            if (count(auth, MfaNotes.EMAIL_SENT) >= EmailCode.MAX_SENDS) {
                context.challenge(page(context, "omakaseMfaEmailResendLimit"));
                return;
            }
            if (!send(context)) {
                context.failureChallenge(AuthenticationFlowError.INTERNAL_ERROR, page(context, "omakaseMfaEmailSendFailed"));
                return;
            }
        }
        context.challenge(page(context, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        UserModel user = context.getUser();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (locked(context.getSession(), context.getRealm(), user)) {
            context.getEvent().user(user).error(Errors.USER_TEMPORARILY_DISABLED);
            context.challenge(page(context, "omakaseMfaLocked"));
            return;
        }
        if (form.containsKey(RESEND)) {
            int sent = count(auth, MfaNotes.EMAIL_SENT);
            if (sent >= EmailCode.MAX_SENDS) {
                context.challenge(page(context, "omakaseMfaEmailResendLimit"));
            } else {
                context.challenge(page(context, send(context) ? "omakaseMfaEmailResent" : "omakaseMfaEmailSendFailed"));
            }
            return;
        }
        String sealed = auth.getAuthNote(MfaNotes.EMAIL_CODE);
        long expires = parse(auth.getAuthNote(MfaNotes.EMAIL_EXPIRES));
        if (sealed == null || !EmailCode.valid(expires, Time.currentTime())) {
            auth.removeAuthNote(MfaNotes.EMAIL_CODE);
            context.getEvent().user(user).error(Errors.EXPIRED_CODE);
            context.challenge(page(context, "omakaseMfaEmailExpired"));
            return;
        }
        if (EmailCode.matches(sealed, form.getFirst(FIELD))) {
            clear(auth);
            context.success();
            return;
        }
        int tries = count(auth, MfaNotes.EMAIL_TRIES) + 1;
        auth.setAuthNote(MfaNotes.EMAIL_TRIES, Integer.toString(tries));
        if (tries >= EmailCode.MAX_TRIES) {
            auth.removeAuthNote(MfaNotes.EMAIL_CODE);
        }
        context.getEvent().user(user).error(Errors.INVALID_USER_CREDENTIALS);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                page(context, tries >= EmailCode.MAX_TRIES ? "omakaseMfaEmailTooManyTries" : "omakaseMfaEmailWrongCode"));
    }

    /** A fresh code mailed to the user; false when the mail could not be sent (logged, nothing kept). */
    private boolean send(AuthenticationFlowContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        UserModel user = context.getUser();
        String code = EmailCode.generate();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("code", code);
        attributes.put("minutes", EmailCode.LIFETIME_SECONDS / 60);
        try {
            context.getSession().getProvider(EmailTemplateProvider.class).setRealm(context.getRealm()).setUser(user)
                    .setAuthenticationSession(auth).send("omakaseMfaEmailCodeSubject", List.of(), TEMPLATE, attributes);
        } catch (EmailException e) {
            LOG.errorf(e, "E-mail one-time code not sent to user %s of realm %s", user.getId(), context.getRealm().getName());
            return false;
        }
        auth.setAuthNote(MfaNotes.EMAIL_CODE, EmailCode.seal(code));
        auth.setAuthNote(MfaNotes.EMAIL_EXPIRES, Long.toString(Time.currentTime() + EmailCode.LIFETIME_SECONDS));
        auth.setAuthNote(MfaNotes.EMAIL_TRIES, "0");
        auth.setAuthNote(MfaNotes.EMAIL_SENT, Integer.toString(count(auth, MfaNotes.EMAIL_SENT) + 1));
        return true;
    }

    private static Response page(AuthenticationFlowContext context, String error) {
        var form = context.form().setAttribute("omakaseMfaEmail", new EmailCodeView(context.getUser().getEmail(),
                count(context.getAuthenticationSession(), MfaNotes.EMAIL_SENT) < EmailCode.MAX_SENDS));
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    private static boolean locked(KeycloakSession session, RealmModel realm, UserModel user) {
        BruteForceProtector brute = session.getProvider(BruteForceProtector.class);
        return realm.isBruteForceProtected() && brute != null && brute.isTemporarilyDisabled(session, realm, user);
    }

    private static void clear(AuthenticationSessionModel auth) {
        for (String key : new String[] {MfaNotes.EMAIL_CODE, MfaNotes.EMAIL_EXPIRES, MfaNotes.EMAIL_TRIES, MfaNotes.EMAIL_SENT}) {
            auth.removeAuthNote(key);
        }
    }

    private static int count(AuthenticationSessionModel auth, String key) {
        return (int) parse(auth.getAuthNote(key));
    }

    private static long parse(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /** Offered when the user's tenant allows it (the condition's note) and the user has a verified address. */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        AuthenticationSessionModel auth = session.getContext().getAuthenticationSession();
        return user.getEmail() != null && user.isEmailVerified() && auth != null
                && TenantMfa.fromNote(auth.getAuthNote(MfaNotes.METHODS)).contains(MfaMethod.EMAIL);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }

    /** View bean {@code omakaseMfaEmail}: the address the code went to, and whether 再送 is still possible. */
    public record EmailCodeView(String email, boolean canResend) {
    }
}
