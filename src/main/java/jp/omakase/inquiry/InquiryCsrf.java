package jp.omakase.inquiry;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import org.keycloak.models.KeycloakSession;

import jp.omakase.pages.PageLogin;
import jp.omakase.pages.PageRequest;

/**
 * The form token of the public inquiry form, which anyone may open without a session: a random secret in a cookie of
 * the form's own path ({@code HttpOnly}, {@code SameSite=Strict}, {@code Secure} over https), and in the form a value
 * derived from it ({@code csrf}, the field of every page). A form posted from another site carries no such pair.
 */
final class InquiryCsrf {

    static final String COOKIE = "OMAKASE_INQUIRY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String secret;
    private final boolean fresh;

    private InquiryCsrf(String secret, boolean fresh) {
        this.secret = secret;
        this.fresh = fresh;
    }

    /** The request's secret, or a new one (set by {@link #cookie} on the page's answer). */
    static InquiryCsrf of(KeycloakSession session) {
        String current = current(session);
        if (current != null) {
            return new InquiryCsrf(current, false);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return new InquiryCsrf(Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
    }

    /** True when the posted form carries the token of the request's cookie. */
    static boolean matches(KeycloakSession session, MultivaluedMap<String, String> form) {
        String current = current(session);
        String posted = form == null ? null : form.getFirst(PageRequest.CSRF_FIELD);
        return current != null && posted != null
                && MessageDigest.isEqual(token(current).getBytes(StandardCharsets.US_ASCII), posted.getBytes(StandardCharsets.US_ASCII));
    }

    /** The value of the form's token field. */
    String token() {
        return token(secret);
    }

    /** The cookie to set with the page, or null when the browser has it already. */
    NewCookie cookie(KeycloakSession session, String path) {
        if (!fresh) {
            return null;
        }
        boolean https = "https".equalsIgnoreCase(session.getContext().getUri().getRequestUri().getScheme());
        return new NewCookie.Builder(COOKIE).value(secret).path(path).httpOnly(true).secure(https)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    private static String current(KeycloakSession session) {
        Cookie c = session.getContext().getRequestHeaders().getCookies().get(COOKIE);
        String v = c == null ? null : c.getValue();
        return v != null && v.matches("[A-Za-z0-9_-]{43}") ? v : null;
    }

    private static String token(String secret) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(PageLogin.sha256("omakase-inquiry:" + secret));
    }
}
