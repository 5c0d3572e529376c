package jp.omakase.support;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;

/**
 * The public base URL of a realm for links that leave the server (mails), answered without a request, so that the
 * provisioning worker and the re-drive timer get the same answer as a page: the realm's Frontend URL (realm attribute
 * {@code frontendUrl}) when set, else Keycloak's {@code --hostname}. Never the request's {@code Host} or
 * {@code X-Forwarded-Host}, and never a URL stored from a request. When neither is configured there is no answer, and
 * the caller sends no mail with a link (an ERROR names the option to set).
 */
public final class PublicUrls {

    /** The realm attribute Keycloak's hostname provider reads (Realm settings → General → Frontend URL). */
    public static final String REALM_FRONTEND_URL = "frontendUrl";
    /** What an operator sets; named in the log and in the README. */
    public static final String OPTION = "--hostname";

    private static final Logger LOG = Logger.getLogger(PublicUrls.class);

    private final URI hostname;

    /**
     * @param hostname Keycloak's {@code hostname} option: a full URL ({@code https://login.example.jp}, with a path
     *                 when Keycloak is served under one), a plain host name (then {@code https://host/}), or null
     */
    public PublicUrls(String hostname) {
        this.hostname = parse(hostname);
    }

    /**
     * Keycloak's own {@code --hostname} ({@code kc.spi-hostname--v2--hostname}, the option its hostname provider reads),
     * read once per server: see {@link Configured}.
     */
    public static PublicUrls configured() {
        return Configured.INSTANCE;
    }

    /** The realm's base URL (scheme, host, port and context path, ending with "/"), or empty when none is configured. */
    public Optional<URI> base(RealmModel realm) {
        String frontend = realm == null ? null : realm.getAttribute(REALM_FRONTEND_URL);
        URI realmUrl = parse(frontend);
        return Optional.ofNullable(realmUrl != null ? realmUrl : hostname);
    }

    /** {@link #base(RealmModel)}, or an {@link IllegalStateException} that names the option to set. */
    public URI require(RealmModel realm) {
        return base(realm).orElseThrow(() -> new IllegalStateException(missing(realm)));
    }

    /** The realm's issuer ({@code …/realms/{name}}) on its public base URL. */
    public Optional<String> issuer(RealmModel realm) {
        return base(realm).map(b -> Urls.realmIssuer(b, realm.getName()));
    }

    /** The message of the ERROR a caller logs when a mail with a link is not sent for lack of a base URL. */
    public static String missing(RealmModel realm) {
        return "No public URL for realm " + (realm == null ? "?" : realm.getName()) + ": mails with links are not sent."
                + " Start Keycloak with " + OPTION + "=https://<public host> (or set the realm's Frontend URL);"
                + " links are never built from a request's Host header.";
    }

    /** A base URL from a configured value: absolute http(s) URL, or a plain host name; null for blank or unusable. */
    static URI parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            v = "https://" + v;
        }
        URI uri;
        try {
            uri = URI.create(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + path);
    }

    /** The server's option, read once (Keycloak's configuration does not change while it runs). */
    private static final class Configured {
        static final PublicUrls INSTANCE = read();

        private static PublicUrls read() {
            String value = Config.scope("hostname", "v2").get("hostname");
            PublicUrls urls = new PublicUrls(value);
            if (urls.hostname == null) {
                LOG.warnf("Keycloak runs without %s: mails with links (sign-up, orders, サービス利用開始通知) are sent only for"
                        + " realms with a Frontend URL. Start Keycloak with %s=https://<public host>.", OPTION, OPTION);
            } else if (!value.strip().toLowerCase(Locale.ROOT).startsWith("http")) {
                LOG.warnf("%s is a host name, not a URL: mail links use https://%s/. Give the full URL (scheme, port and"
                        + " path) when Keycloak is served otherwise.", OPTION, urls.hostname.getRawAuthority());
            }
            return urls;
        }
    }
}
