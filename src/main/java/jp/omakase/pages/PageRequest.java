package jp.omakase.pages;

import java.net.URI;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * The page layer as one page resource sees it: one feature ({@code /realms/{realm}/omakase/{feature}/}) logged in
 * through one page client ({@link PageLogin}). A page is a resource method that asks {@link #who()}, sends a stranger
 * to {@link #login(String)}, checks a posted form with {@link #csrfMatches}, and renders a view bean through
 * {@link #form()}; nothing else is needed to add one.
 */
public final class PageRequest {

    /** Name of the form field carrying the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    private final KeycloakSession session;
    private final String feature;
    private final String clientId;

    public PageRequest(KeycloakSession session, String feature, String clientId) {
        this.session = session;
        this.feature = feature;
        this.clientId = clientId;
    }

    /** The logged-in user of the realm's SSO session, or null. */
    public AuthenticationManager.AuthResult who() {
        return PageLogin.who(session);
    }

    /** Through the page client's login (and its required actions), back to {@code path} of this feature. */
    public Response login(String path) {
        return login(url(path));
    }

    /** Through the page client's login, back to {@code returnTo} (a URL of this feature with its query). */
    public Response login(URI returnTo) {
        return PageLogin.login(session, clientId, returnTo);
    }

    /** Through the page client's login with Keycloak's action {@code kcAction} ({@code kc_action}), back to {@code path}. */
    public Response loginWithAction(String path, String kcAction) {
        return PageLogin.login(session, clientId, url(path), kcAction);
    }

    /** {@code /realms/{realm}/omakase/{feature}/{path}}; {@code ""} is the feature's root (ending with a slash). */
    public URI url(String path) {
        return PageLogin.url(session, feature, path);
    }

    /** 303 to {@code path} of this feature. */
    public Response redirect(String path) {
        return Response.seeOther(url(path)).build();
    }

    /** This feature's form token for the user's session. */
    public String csrf(AuthenticationManager.AuthResult who) {
        return PageLogin.csrf(who, feature);
    }

    /** True when {@code who} is logged in and the posted form carries its form token. */
    public boolean csrfMatches(AuthenticationManager.AuthResult who, MultivaluedMap<String, String> form) {
        return who != null && csrf(who).equals(form.getFirst(CSRF_FIELD));
    }

    /** A page with the headers of every page ({@link PageLogin#form}); add the view bean and call {@code createForm}. */
    public LoginFormsProvider form() {
        return PageLogin.form(session);
    }
}
