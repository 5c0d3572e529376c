package jp.omakase.pages;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;

/**
 * The browser's return from the page client's login ({@code GET …?code=…&state=…}, see {@link PageLogin}), whatever
 * page of the feature it returns to: a 303 to the same page without the login's parameters. The SSO cookie it brought
 * is the login; the clean page finds it.
 */
public final class LoginReturn {

    private final URI clean;

    private LoginReturn(URI clean) {
        this.clean = clean;
    }

    /** The return of this request, or null when the request is no return from the login. */
    static LoginReturn of(KeycloakSession session) {
        KeycloakContext context = session.getContext();
        URI clean = PageLogin.cleanUrl(context.getHttpRequest().getHttpMethod(), context.getUri().getRequestUri());
        if (clean == null) {
            return null;
        }
        // scheme, host and port of the realm's base URL (the configured hostname), never the request's Host or
        // X-Forwarded-Host: the return goes to the page the login was asked for
        URI base = context.getUri().getBaseUri();
        return new LoginReturn(UriBuilder.fromUri(clean).scheme(base.getScheme()).host(base.getHost()).port(base.getPort()).build());
    }

    @GET
    public Response root() {
        return Response.seeOther(clean).build();
    }

    @GET
    @Path("{page: .+}")
    public Response page() {
        return Response.seeOther(clean).build();
    }
}
