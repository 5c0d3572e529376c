package jp.omakase.signup;

import java.net.URI;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.omakase.validation.TextRules;

/**
 * One step of the sign-up, run by Keycloak's registration flow. A step shows its page only when every earlier step is
 * done (skipped steps and stale tabs restart at step 01); a done step passes straight through, which is how a
 * reopened step ("back to edit") is reached again.
 */
public abstract class SignupStepAuthenticator implements Authenticator {

    /** Template attribute holding the {@link SignupPage}. */
    public static final String PAGE_ATTRIBUTE = "omakaseSignup";
    /** A field holds a character {@link TextRules} refuses (control, line break, bidi control, lone surrogate). */
    public static final String INVALID_CHARACTERS_MESSAGE = "omakaseSignupInvalidCharactersMessage";
    /** A field is longer than its limit ({0}). */
    public static final String TOO_LONG_MESSAGE = "omakaseSignupTooLongMessage";

    protected abstract SignupStep step();

    /** Shows this step's page (a challenge). */
    protected abstract void show(AuthenticationFlowContext context);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (!SignupNotes.reachable(authSession, step())) {
            restart(context);
        } else if (SignupNotes.isDone(authSession, step())) {
            context.success();
        } else {
            show(context);
        }
    }

    /** Marks this step done and lets the flow go on to the next one. */
    protected void done(AuthenticationFlowContext context) {
        SignupNotes.markDone(context.getAuthenticationSession(), step());
        context.success();
    }

    /** The page of this step, with the progress bar and the proven address; errors and values are added by the caller. */
    protected LoginFormsProvider page(AuthenticationFlowContext context) {
        return page(context, context.getAuthenticationSession().getAuthNote(SignupNotes.EMAIL));
    }

    /** The page of this step about {@code email} (step 01: the address typed or mailed to). */
    protected LoginFormsProvider page(AuthenticationFlowContext context, String email) {
        return context.form().setAttribute(PAGE_ATTRIBUTE, new SignupPage(step(), email));
    }

    /** Reopens {@code step} (keeping its values) and sends the browser to it. */
    protected static void back(AuthenticationFlowContext context, SignupStep step) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        SignupNotes.reopen(authSession, step);
        authSession.clearExecutionStatus();
        context.forceChallenge(redirect(context.getRefreshUrl(false)));
    }

    /** Forgets the sign-up and starts again at step 01 with an explanation. */
    protected static void restart(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        SignupNotes.clear(authSession);
        authSession.clearExecutionStatus();
        authSession.setAuthNote(LoginActionsService.FORWARDED_ERROR_MESSAGE_NOTE, "omakaseSignupRestartMessage");
        context.getEvent().clone().error("omakase_signup_restarted");
        context.forceChallenge(redirect(context.getRefreshUrl(false)));
    }

    protected static MultivaluedMap<String, String> formData(AuthenticationFlowContext context) {
        return context.getHttpRequest().getDecodedFormParameters();
    }

    /** Trimmed form value, or "" (never null). */
    protected static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** The message key of a {@link TextRules} problem code. */
    protected static String message(String problem) {
        return TextRules.TOO_LONG.equals(problem) ? TOO_LONG_MESSAGE : INVALID_CHARACTERS_MESSAGE;
    }

    private static Response redirect(URI uri) {
        return Response.status(Response.Status.FOUND).location(uri).build();
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
