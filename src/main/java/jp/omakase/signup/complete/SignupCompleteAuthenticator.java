package jp.omakase.signup.complete;

import java.net.URI;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;
import org.keycloak.services.util.ResolveRelative;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.userprofile.ValidationException;

import jp.omakase.support.AfterCommitMailer;
import jp.omakase.support.PublicUrls;
import jp.omakase.signup.SignupNotes;
import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticator;

/**
 * Step 06 完了. The only step that writes: it creates the Business ID, mails the completion notice after the commit,
 * and shows 「新規登録完了」. Its button continues the client's login as Keycloak does after registration; a sign-up
 * started from a link in another browser has no login to continue, so the button leads to the client's home page.
 */
public class SignupCompleteAuthenticator extends SignupStepAuthenticator {

    private static final Logger LOG = Logger.getLogger(SignupCompleteAuthenticator.class);
    static final String TEMPLATE = "omakase-signup-complete.ftl";
    static final String MAIL = "omakase-signup-complete.ftl";
    /** REGISTER event details: the terms and privacy-policy versions the user accepted. */
    public static final String TERMS_VERSION_DETAIL = "omakase_terms_version";
    public static final String PRIVACY_VERSION_DETAIL = "omakase_privacy_version";

    private final AfterCommitMailer mailer;

    SignupCompleteAuthenticator(AfterCommitMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    protected SignupStep step() {
        return SignupStep.COMPLETE;
    }

    /**
     * Step 06 is reached: unlike the other steps this one writes before it shows. It creates the Business ID once per
     * sign-up ({@link #createAccountOnce}), then shows 「新規登録完了」 ({@link #showCompletion}).
     */
    @Override
    protected void show(AuthenticationFlowContext context) {
        if (createAccountOnce(context) != null) {
            showCompletion(context);
        }
    }

    /** The Business ID of this sign-up: created on the first call, looked up on later ones; null when refused. */
    private UserModel createAccountOnce(AuthenticationFlowContext context) {
        String userId = context.getAuthenticationSession().getAuthNote(SignupNotes.USER_ID);
        return userId == null ? create(context) : context.getSession().users().getUserById(context.getRealm(), userId);
    }

    /**
     * 「新規登録完了」 for the created Business ID; writes nothing. The page is drawn before the user is known to the flow:
     * Keycloak's layout shows a user of the flow as 「ログインの再開」 with the attempted username, which step 06 of the
     * manual does not have; {@link #action} hands the user to the flow when the button continues the login.
     */
    private void showCompletion(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        ClientModel client = authSession.getClient();
        boolean fresh = "true".equals(authSession.getAuthNote(SignupNotes.FRESH_SESSION));
        context.clearUser();
        context.challenge(page(context)
                .setAttribute("omakaseClientName", client.getName() == null || client.getName().isBlank() ? client.getClientId() : client.getName())
                .setAttribute("omakaseFresh", fresh)
                .setAttribute("omakaseClientUrl", fresh ? clientHome(context, client) : "")
                .createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if ("true".equals(authSession.getAuthNote(SignupNotes.FRESH_SESSION)) || authSession.getAuthNote(SignupNotes.USER_ID) == null) {
            show(context);
            return;
        }
        UserModel user = context.getSession().users().getUserById(context.getRealm(), authSession.getAuthNote(SignupNotes.USER_ID));
        if (user == null) {
            // deleted meanwhile (an administrator): nothing to continue with
            restart(context);
            return;
        }
        context.setUser(user);
        ClientModel client = authSession.getClient();
        context.newEvent().event(EventType.LOGIN).client(client)
                .detail(Details.REDIRECT_URI, authSession.getRedirectUri())
                .detail(Details.AUTH_METHOD, authSession.getProtocol());
        done(context);
    }

    private UserModel create(AuthenticationFlowContext context) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String email = authSession.getAuthNote(SignupNotes.EMAIL);
        context.getEvent().detail(Details.EMAIL, email).detail(Details.USERNAME, email)
                .detail(Details.REGISTER_METHOD, "omakase-signup")
                // evidence of consent: the versions of the terms (step 02) and the privacy policy (step 04) accepted
                .detail(TERMS_VERSION_DETAIL, authSession.getAuthNote(SignupNotes.TERMS_VERSION))
                .detail(PRIVACY_VERSION_DETAIL, authSession.getAuthNote(SignupNotes.PRIVACY_VERSION));
        if (session.users().getUserByEmail(realm, email) != null) {
            // registered meanwhile (another tab, another browser): nothing is written
            context.getEvent().error(Errors.EMAIL_IN_USE);
            SignupNotes.clear(authSession);
            context.challenge(page(context).setAttribute("omakaseTaken", true).createForm(TEMPLATE));
            return null;
        }
        UserModel user;
        try {
            user = SignupAccountCreator.create(session, authSession, session.getContext().resolveLocale(null).toLanguageTag());
        } catch (ValidationException e) {
            // the realm's profile rules changed since step 04: back there, with the values kept
            context.getEvent().error(Errors.INVALID_REGISTRATION);
            back(context, SignupStep.PROFILE);
            return null;
        }
        authSession.setAuthNote(SignupNotes.USER_ID, user.getId());
        context.getEvent().user(user).success();
        LOG.infof("Business ID created in realm %s: user %s", realm.getName(), user.getId());
        try {
            // the login link on the configured public URL, never the request's Host (support.PublicUrls)
            URI base = PublicUrls.configured().base(realm).orElseThrow(() -> new EmailException(PublicUrls.missing(realm)));
            mailer.sendAfterCommit(session, realm, user, email, null, "omakaseSignupCompleteSubject", MAIL,
                    Map.of("loginUrl", Urls.accountBase(base).build(realm.getName()).toString()));
        } catch (EmailException e) {
            LOG.errorf(e, "Sign-up completion mail for user %s in realm %s could not be rendered", user.getId(), realm.getName());
        }
        return user;
    }

    private static String clientHome(AuthenticationFlowContext context, ClientModel client) {
        String home = ResolveRelative.resolveRelativeUri(context.getSession(), client.getRootUrl(), client.getBaseUrl());
        if (home == null || home.isBlank()) {
            home = context.getAuthenticationSession().getRedirectUri();
        }
        return home == null ? Urls.accountBase(context.getUriInfo().getBaseUri()).build(context.getRealm().getName()).toString() : home;
    }
}
