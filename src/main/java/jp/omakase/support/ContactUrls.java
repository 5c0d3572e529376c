package jp.omakase.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * An operator's contact URL option (inquiry form, FAQ): absent when unset or blank, else an absolute {@code http} or
 * {@code https} URL with a host, checked once at start. Anything else stops the server with a message naming the
 * option, never a mail or a page with a broken or foreign-scheme link. The URL is shown as given (escaped where it
 * is written).
 */
public final class ContactUrls {

    private static final int MAX_LENGTH = 2000;

    private ContactUrls() {
    }

    /** The value of {@code option} ({@code value} may be null); throws {@link IllegalArgumentException} when unusable. */
    public static Optional<String> parse(String option, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String url = value.strip();
        String problem = problem(url);
        if (problem != null) {
            throw new IllegalArgumentException(option + " must be an absolute http:// or https:// URL (" + problem + ")");
        }
        return Optional.of(url);
    }

    private static String problem(String url) {
        if (url.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        if (url.chars().anyMatch(c -> c <= 0x20 || c == 0x7f || !(c < 0x80))) {
            return "spaces, control or non-ASCII characters; percent-encode them";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "scheme must be http or https";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "no host";
        }
        if (uri.getRawUserInfo() != null) {
            return "no user information allowed";
        }
        return null;
    }
}
