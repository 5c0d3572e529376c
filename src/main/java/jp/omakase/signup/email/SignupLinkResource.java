package jp.omakase.signup.email;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.common.util.Time;
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
import jp.omakase.support.PublicUrls;

/**
 * {@code /realms/{realm}/omakase/signup}: the mailed link. {@code GET ?email_token=…} only shows a page with a button
 * (「登録を続ける」) and changes nothing, so a mail scanner that opens the link, even several times, leaves it usable.
 * {@code POST email_token=…} (the button) consumes it: a valid, unused token proves the address and continues the
 * sign-up at step 02, in the tab that asked for it when this browser still has it, otherwise in a fresh flow for the
 * same client. Expired, used and forged links get a page that says which, with a way to start again.
 *
 * <p>Single use: the token's id goes into Keycloak's revoked-token store, whose {@code put} answers whether this call
 * added it (an insert-if-absent in the database with the JPA store): two racing POSTs cannot both pass, and the mark
 * survives a restart and is seen by every node. CSRF: the token is the secret the POST carries, so a forged POST needs
 * the link itself; a POST that the browser marks as sent by another site is refused besides.
 */
public class SignupLinkResource {

    public static final String TOKEN_PARAM = "email_token";
    static final String TEMPLATE_PROBLEM = "omakase-signup-link-problem.ftl";
    static final String TEMPLATE_CONTINUE = "omakase-signup-link-continue.ftl";
    static final String USED_PREFIX = "omakase.signup.link.";
    private static final int MAX_TOKEN = 4096;

    private final KeycloakSession session;

    public SignupLinkResource(KeycloakSession session) {
        this.session = session;
    }

    /** What a token is worth: the token when it may be used, else the problem page's kind. */
    private record Checked(SignupToken token, String problem, String error) {
    }

    /** The page with the button: reads the token, writes nothing (no session, no mark, no event). */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam(TOKEN_PARAM) String encoded) {
        RealmModel realm = session.getContext().getRealm();
        Checked checked = check(realm, encoded);
        if (checked.problem() != null) {
            return problem(realm, checked.problem());
        }
        URI action = UriBuilder.fromUri(session.getContext().getUri().getBaseUri()).path("realms").path(realm.getName())
                .path("omakase").path("signup").build();
        return session.getProvider(LoginFormsProvider.class)
                .setAttribute("omakaseLinkAction", action.toString())
                .setAttribute("omakaseLinkToken", encoded)
                .createForm(TEMPLATE_CONTINUE);
    }

    /** The button: consumes the token once and continues at step 02. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response use(@FormParam(TOKEN_PARAM) String encoded, @HeaderParam("Origin") String origin,
                        @HeaderParam("Sec-Fetch-Site") String fetchSite) {
        RealmModel realm = session.getContext().getRealm();
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.VERIFY_EMAIL).detail("omakase_signup", "link");
        if (crossSite(realm, origin, fetchSite)) {
            event.error(Errors.INVALID_REQUEST);
            return problem(realm, "invalid");
        }
        Checked checked = check(realm, encoded);
        if (checked.problem() != null) {
            event.error(checked.error());
            return problem(realm, checked.problem());
        }
        SignupToken token = checked.token();
        ClientModel client = realm.getClientByClientId(token.getClientId());
        event.client(client);
        long remaining = Math.max(1, token.getExp() - Time.currentTime()) + 60;
        // the single-use store first: atomic among requests of this node (and of a cluster sharing its caches), so two
        // racing POSTs never both reach the database insert below, which then keeps the mark across restarts
        if (!session.singleUseObjects().putIfAbsent(USED_PREFIX + token.getId(), remaining)
                || !session.revokedTokens().put(USED_PREFIX + token.getId(), remaining)) {
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
            authSession = freshSignup(root, client, token, token.getIssuer());
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
        return Response.seeOther(next).build();
    }

    /**
     * Signature and shape first (only a token we signed gets further), then the used mark (so a used link says so
     * whatever else changed), then issuer (the realm's public URL, as the mail was built), expiry and client.
     */
    private Checked check(RealmModel realm, String encoded) {
        SignupToken token = encoded == null || encoded.isBlank() || encoded.length() > MAX_TOKEN ? null : decode(encoded);
        if (token == null || !SignupToken.TYPE.equals(token.getType()) || token.getEmail() == null || token.getId() == null
                || token.getExp() == null || token.getIssuer() == null) {
            return new Checked(null, "invalid", Errors.INVALID_TOKEN);
        }
        if (session.revokedTokens().contains(USED_PREFIX + token.getId())) {
            return new Checked(null, "used", Errors.INVALID_TOKEN);
        }
        if (!PublicUrls.configured().issuer(realm).map(token.getIssuer()::equals).orElse(false)) {
            return new Checked(null, "invalid", Errors.INVALID_TOKEN);
        }
        if (token.isExpired()) {
            return new Checked(null, "expired", Errors.EXPIRED_CODE);
        }
        ClientModel client = realm.getClientByClientId(token.getClientId());
        if (client == null || !client.isEnabled()) {
            return new Checked(null, "invalid", Errors.CLIENT_NOT_FOUND);
        }
        return new Checked(token, null, null);
    }

    /**
     * A POST sent by another site's page: the browser says so ({@code Sec-Fetch-Site: cross-site}), or names another
     * origin. {@code Origin: null} (our pages send {@code Referrer-Policy: no-referrer}, with which Chromium posts forms
     * with a null origin) and requests without these headers (not a browser) pass: the token is the secret.
     */
    private static boolean crossSite(RealmModel realm, String origin, String fetchSite) {
        if ("cross-site".equalsIgnoreCase(fetchSite == null ? null : fetchSite.strip())) {
            return true;
        }
        if (origin == null || origin.isBlank() || "null".equals(origin.strip())) {
            return false;
        }
        return !PublicUrls.configured().base(realm)
                .map(b -> (b.getScheme() + "://" + b.getRawAuthority()).equalsIgnoreCase(origin.strip()))
                .orElse(false);
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
