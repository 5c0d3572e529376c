package jp.omakase.pages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * The login of this extension's pages (store, contractor portal, tenant pages): the realm's SSO session is the
 * login. Without one, {@link #login} sends the browser through a public page client's authorization-code login
 * (with the client's required actions) back to the page. That login is used only for what Keycloak does on the way
 * (login form, required actions, the SSO cookie): <b>the code it returns is never redeemed</b>. The page reads the
 * user from the SSO cookie ({@link #who}); no token of the page client is ever issued. The PKCE verifier is not kept,
 * so nobody (not this server, not whoever reads the code from an address bar, a history or a log) can redeem the
 * code: Keycloak's token endpoint checks a verifier against the challenge recorded with the code and refuses a request
 * without one; the unused code expires after the realm's code lifespan. The {@code state} is random and not checked
 * either: nothing is taken from the callback. When the browser comes back with {@code ?code=…&state=…}, the page layer
 * answers with a 303 to the same page without the callback's parameters ({@link #cleanUrl}), so the address bar and
 * the history show the page's own URL. Forms carry a token derived from the user session (CSRF, {@link #csrf}).
 * Every page is rendered through {@link #form(KeycloakSession)}, the one place of the pages' headers; a page resource
 * uses these through {@link PageRequest}.
 */
public final class PageLogin {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CSRF_NOTE = "omakase.csrf";
    /** The pages show personal data (contractor, orders, contracts, tenants): no cache, shared or private, keeps them. */
    public static final String CACHE_CONTROL = "no-store";

    private PageLogin() {
    }

    /** The logged-in user of this realm's SSO cookie, or null. */
    public static AuthenticationManager.AuthResult who(KeycloakSession session) {
        return AuthenticationManager.authenticateIdentityCookie(session, session.getContext().getRealm(), true);
    }

    /**
     * A page in the realm's login theme with the headers of every page of this extension: {@code Cache-Control: no-store};
     * the frame headers ({@code X-Frame-Options}, {@code Content-Security-Policy}) stay the realm's, as Keycloak adds them
     * to every page.
     */
    public static LoginFormsProvider form(KeycloakSession session) {
        return session.getProvider(LoginFormsProvider.class).setResponseHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    /** Through {@code clientId}'s login (and its required actions), back to {@code returnTo}. */
    public static Response login(KeycloakSession session, String clientId, URI returnTo) {
        return login(session, clientId, returnTo, null);
    }

    /**
     * Through {@code clientId}'s login back to {@code returnTo}, asking Keycloak for the application-initiated action
     * {@code kcAction} ({@code kc_action}, e.g. {@code UPDATE_PASSWORD}) on the way; null: a plain login.
     */
    public static Response login(KeycloakSession session, String clientId, URI returnTo, String kcAction) {
        RealmModel realm = session.getContext().getRealm();
        byte[] verifier = new byte[32];
        RANDOM.nextBytes(verifier);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(
                Base64.getUrlEncoder().withoutPadding().encodeToString(verifier)));
        URI auth = UriBuilder.fromUri(session.getContext().getUri().getBaseUri()).path("realms").path(realm.getName())
                .path("protocol/openid-connect/auth")
                .queryParam(OIDCLoginProtocol.CLIENT_ID_PARAM, clientId)
                .queryParam(OIDCLoginProtocol.RESPONSE_TYPE_PARAM, "code")
                .queryParam(OIDCLoginProtocol.SCOPE_PARAM, "openid")
                .queryParam(OIDCLoginProtocol.STATE_PARAM, Long.toHexString(RANDOM.nextLong()))
                .queryParam(OIDCLoginProtocol.CODE_CHALLENGE_PARAM, challenge)
                .queryParam(OIDCLoginProtocol.CODE_CHALLENGE_METHOD_PARAM, "S256")
                .queryParam(OIDCLoginProtocol.REDIRECT_URI_PARAM, returnTo.toString()).build();
        if (kcAction != null) {
            auth = UriBuilder.fromUri(auth).queryParam(Constants.KC_ACTION, kcAction).build();
        }
        return Response.seeOther(auth).build();
    }

    /** The parameters of an authorization response ({@code iss}: RFC 9207, sent by Keycloak). */
    static final List<String> CALLBACK_PARAMETERS = List.of(OIDCLoginProtocol.CODE_PARAM, OIDCLoginProtocol.STATE_PARAM,
            "session_state", OIDCLoginProtocol.ISSUER);

    /**
     * The request's URL without the parameters of the page client's authorization response, or null when the request is
     * no such response (a GET with both {@code code} and {@code state}). Other parameters stay as they were sent.
     */
    public static URI cleanUrl(String method, URI requestUri) {
        String query = requestUri.getRawQuery();
        if (!HttpMethod.GET.equals(method) || query == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        Set<String> callback = new HashSet<>();
        for (String pair : query.split("&")) {
            String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (CALLBACK_PARAMETERS.contains(name)) {
                callback.add(name);
            } else if (!pair.isEmpty()) {
                kept.add(pair);
            }
        }
        if (!callback.contains(OIDCLoginProtocol.CODE_PARAM) || !callback.contains(OIDCLoginProtocol.STATE_PARAM)) {
            return null;
        }
        String url = requestUri.toString();
        String path = url.substring(0, url.indexOf('?'));
        return URI.create(kept.isEmpty() ? path : path + "?" + String.join("&", kept));
    }

    /** {@code /realms/{realm}/omakase/{feature}/{path}} of this request's realm. */
    public static URI url(KeycloakSession session, String feature, String path) {
        UriBuilder b = UriBuilder.fromUri(session.getContext().getUri().getBaseUri()).path("realms")
                .path(session.getContext().getRealm().getName()).path("omakase").path(feature);
        return (path.isEmpty() ? b.path("/") : b.path(path)).build();
    }

    /**
     * A form token per user session and feature, derived from a random secret kept in a note of the user session (the
     * session id itself is no secret: it travels in tokens), so a form posted from another site is refused.
     */
    public static String csrf(AuthenticationManager.AuthResult who, String feature) {
        UserSessionModel userSession = who.getSession();
        String secret = userSession.getNote(CSRF_NOTE);
        if (secret == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            userSession.setNote(CSRF_NOTE, secret);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("omakase-" + feature + ":" + secret));
    }

    public static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
