package jp.omakase.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser for one realm: it keeps the server's cookies (Keycloak marks them Secure even on
 * http://127.0.0.1, which Java's CookieManager would withhold), follows redirects by hand, posts forms and fills
 * Keycloak's login form. Every page it lands on is kept with its headers, so a test can look at both.
 */
public final class PageSession {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** By name; one server, one realm. Concurrent requests of one session (a double click) may share it. */
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    /** Every redirect followed, in order (absolute URLs). */
    private final List<String> redirects = new CopyOnWriteArrayList<>();
    private final String base;
    private volatile String clientAddress;

    public PageSession(String base) {
        this.base = base;
    }

    /**
     * Makes every request of this session carry {@code X-Forwarded-For: address} (the test server is started with
     * {@code --proxy-headers=xforwarded}, so Keycloak takes it as the client's address); returns this session.
     */
    public PageSession clientAddress(String address) {
        this.clientAddress = address;
        return this;
    }

    /** GET {@code url} (absolute or from the server's root) and the redirects that follow; the page at the end. */
    public HttpResponse<String> get(String url) {
        return follow(send(HttpRequest.newBuilder(URI.create(absolute(url))).GET()));
    }

    /** POST a form; the page at the end of the redirects. */
    public HttpResponse<String> post(String url, Map<String, List<String>> form) {
        String body = form.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))).collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder(URI.create(absolute(url))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** POST a multipart form: the text fields and one file {@code file} of {@code content}; the page at the end. */
    public HttpResponse<String> postFile(String url, Map<String, String> fields, String fileField, byte[] content) {
        String boundary = "omakase" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        fields.forEach((k, v) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                .append("\"\r\n\r\n").append(v).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"users.csv\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return follow(send(HttpRequest.newBuilder(URI.create(absolute(url)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    /** Opens {@code page}, logs in on Keycloak's login page it leads to, and returns the page reached after the login. */
    public HttpResponse<String> logIn(String page, String username, String password) {
        HttpResponse<String> login = get(page);
        Matcher action = LOGIN_FORM.matcher(login.body());
        if (!action.find()) {
            throw new AssertionError("no login form at " + login.uri() + ": " + login.body());
        }
        return post(unescape(action.group(1)), Map.of("username", List.of(username), "password", List.of(password),
                "credentialId", List.of("")));
    }

    /** The value of the cookie {@code name} this session holds, or null (a benchmark reuses the SSO cookies). */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Every redirect this session followed so far, in order, as absolute URLs. */
    public List<String> redirects() {
        return List.copyOf(redirects);
    }

    /** The {@code csrf} value of a form on the page, if it has one. */
    public static Optional<String> csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The text of the element with {@code id} (no nested tags), or null. */
    public static String byId(HttpResponse<String> page, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(page.body());
        return m.find() ? m.group(1).strip() : null;
    }

    public static boolean has(HttpResponse<String> page, String id) {
        return page.body().contains("id=\"" + id + "\"");
    }

    /** The action of the form with {@code id}, unescaped. */
    public static String formAction(HttpResponse<String> page, String id) {
        Matcher m = Pattern.compile("<form[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no form " + id + " at " + page.uri() + ": " + page.body());
        }
        return unescape(m.group(1));
    }

    public static void assertOk(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.uri() + ": " + page.body());
    }

    private HttpResponse<String> follow(HttpResponse<String> r) {
        for (int hops = 0; (r.statusCode() == 302 || r.statusCode() == 303) && hops < 10; hops++) {
            String location = absolute(r.headers().firstValue("Location").orElseThrow());
            redirects.add(location);
            r = send(HttpRequest.newBuilder(URI.create(location)).GET());
        }
        return r;
    }

    private String absolute(String url) {
        return url.startsWith("/") ? base + url : url;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Accept-Language", "ja").timeout(Duration.ofSeconds(60));
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = pair.substring(eq + 1).strip();
                    if (value.isEmpty()) {
                        cookies.remove(pair.substring(0, eq).strip());
                    } else {
                        cookies.put(pair.substring(0, eq).strip(), value);
                    }
                }
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&#61;", "=").replace("&#x3D;", "=");
    }
}
