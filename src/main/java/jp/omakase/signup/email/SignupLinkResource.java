package jp.omakase.signup.email;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationSessionManager;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.RootAuthenticationSessionModel;

import jp.omakase.signup.SignupNotes;
import jp.omakase.signup.SignupStep;

/**
 * {@code GET /realms/{realm}/omakase/signup?email_token=…}: the mailed link. A valid, unused token proves the address
 * and continues the sign-up at step 02: in the tab that asked for it when this browser still has it, otherwise in a
 * fresh flow for the same client. Expired, used and forged links get a page that says which, with a way to start again.
 */
public class SignupLinkResource {

    public static final String TOKEN_PARAM = "email_token";
    static final String TEMPLATE_PROBLEM = "omakase-signup-link-problem.ftl";
    private static final String USED_PREFIX = "omakase.signup.link.";

    private final KeycloakSession session;

    public SignupLinkResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response open(@QueryParam(TOKEN_PARAM) String encoded) {
        RealmModel realm = session.getContext().getRealm();
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.VERIFY_EMAIL).detail("omakase_signup", "link");
        SignupToken token = encoded == null || encoded.isBlank() || encoded.length() > 4096 ? null : decode(encoded);
        String issuer = Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
        if (token == null || !SignupToken.TYPE.equals(token.getType()) || !issuer.equals(token.getIssuer())
                || token.getEmail() == null || token.getId() == null || token.getExp() == null) {
            event.error(Errors.INVALID_TOKEN);
            return problem(realm, "invalid");
        }
        event.detail(Details.EMAIL, token.getEmail());
        if (token.isExpired()) {
            event.error(Errors.EXPIRED_CODE);
            return problem(realm, "expired");
        }
        ClientModel client = realm.getClientByClientId(token.getClientId());
        if (client == null || !client.isEnabled()) {
            event.error(Errors.CLIENT_NOT_FOUND);
            return problem(realm, "invalid");
        }
        event.client(client);
        long remaining = Math.max(1, token.getExp() - Time.currentTime());
        if (!session.singleUseObjects().putIfAbsent(USED_PREFIX + token.getId(), remaining)) {
            event.error(Errors.INVALID_TOKEN);
            return problem(realm, "used");
        }

        AuthenticationSessionManager manager = new AuthenticationSessionManager(session);
        RootAuthenticationSessionModel root = manager.getCurrentRootAuthenticationSession(realm);
        AuthenticationSessionModel authSession = null;
        if (root != null && root.getId().equals(token.getRootSessionId())) {
            AuthenticationSessionModel tab = root.getAuthenticationSession(client, token.getTabId());
            if (tab != null && token.getEmail().equals(tab.getAuthNote(SignupNotes.PENDING_EMAIL))
                    && LoginActionsService.REGISTRATION_PATH.equals(tab.getAuthNote(AuthenticationProcessor.CURRENT_FLOW_PATH))) {
                authSession = tab;
            }
        }
        boolean fresh = authSession == null;
        if (fresh) {
            if (root == null) {
                root = manager.createAuthenticationSession(realm, true);
            }
            authSession = freshSignup(root, client, token, issuer);
        }
        SignupNotes.clear(authSession);
        authSession.setAuthNote(SignupNotes.EMAIL, token.getEmail());
        if (fresh) {
            authSession.setAuthNote(SignupNotes.FRESH_SESSION, "true");
        }
        SignupNotes.markDone(authSession, SignupStep.EMAIL);
        authSession.clearExecutionStatus();
        event.detail("omakase_same_browser", String.valueOf(!fresh)).success();

        URI next = LoginActionsService.registrationFormProcessor(session.getContext().getUri())
                .queryParam(Constants.CLIENT_ID, client.getClientId())
                .queryParam(Constants.TAB_ID, authSession.getTabId())
                .build(realm.getName());
        return Response.status(Response.Status.FOUND).location(next).build();
    }

    private SignupToken decode(String encoded) {
        try {
            return session.tokens().decode(encoded, SignupToken.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A new tab for the token's client, set up as Keycloak sets up one for a link that starts a flow. */
    private static AuthenticationSessionModel freshSignup(RootAuthenticationSessionModel root, ClientModel client,
                                                          SignupToken token, String issuer) {
        AuthenticationSessionModel authSession = root.createAuthenticationSession(client);
        authSession.setAction(AuthenticationSessionModel.Action.AUTHENTICATE.name());
        authSession.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        if (token.getRedirectUri() != null) {
            authSession.setRedirectUri(token.getRedirectUri());
            authSession.setClientNote(OIDCLoginProtocol.REDIRECT_URI_PARAM, token.getRedirectUri());
        }
        authSession.setClientNote(OIDCLoginProtocol.RESPONSE_TYPE_PARAM, OAuth2Constants.CODE);
        authSession.setClientNote(OIDCLoginProtocol.ISSUER, issuer);
        authSession.setAuthNote(AuthenticationProcessor.CURRENT_FLOW_PATH, LoginActionsService.REGISTRATION_PATH);
        if (token.getLocale() != null) {
            authSession.setAuthNote(LocaleSelectorProvider.USER_REQUEST_LOCALE, token.getLocale());
        }
        return authSession;
    }

    private Response problem(RealmModel realm, String kind) {
        URI restart = Urls.accountBase(session.getContext().getUri().getBaseUri()).build(realm.getName());
        return session.getProvider(LoginFormsProvider.class)
                .setAttribute("omakaseLinkProblem", kind)
                .setAttribute("omakaseRestartUrl", restart.toString())
                .setStatus(Response.Status.BAD_REQUEST)
                .createForm(TEMPLATE_PROBLEM);
    }
}
