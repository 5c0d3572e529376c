package jp.omakase.tenant.apps;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * The rule of every URL an app registers (ACS URLs, redirect URIs, logout and login URLs): absolute, https, or http
 * only for this machine (localhost, 127.0.0.1, [::1]) during development; no fragment, no user info, no wildcard
 * (Keycloak would accept {@code *} in a redirect URI and so let any path of the host receive codes).
 */
public final class AppUrls {

    public static final int MAX = 1000;
    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]");

    private AppUrls() {
    }

    /** The message key of what is wrong with {@code url}, or null. */
    public static String problem(String url) {
        if (url == null || url.isBlank()) {
            return "omakaseConsoleErrorRequired";
        }
        if (url.length() > MAX) {
            return "omakaseConsoleErrorTooLong";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "omakaseAppErrorUrl";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || url.contains("*")) {
            return "omakaseAppErrorUrl";
        }
        if (scheme.equals("https") || scheme.equals("http") && LOCAL.contains(uri.getHost().toLowerCase())) {
            return null;
        }
        return "omakaseAppErrorHttps";
    }
}
