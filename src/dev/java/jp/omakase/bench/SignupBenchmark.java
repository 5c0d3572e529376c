package jp.omakase.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEnvironment;

/**
 * Completed sign-ups per second over HTTP, ours (six steps, the mailed link read from the SMTP sink) against Keycloak's
 * stock one-page registration, on the same server in the same run, at each number of concurrent clients. Both create a
 * user with a hashed password, which is where the CPU goes.
 *
 * <pre>mvn -Pbench-signup verify -Dbench.clients=1,4 -Dbench.signups=40 [-Dbench.db=h2|postgres] [-Dbench.rounds=2]</pre>
 *
 * Results are printed and appended to {@code target/bench/signup.md}.
 */
public final class SignupBenchmark {

    private static final String CLIENT = "bench-store";
    private static final String REDIRECT = "http://127.0.0.1:9/bench/callback";
    private static final String PASSWORD = "Omakase-2026!";
    private static final String STOCK_REALM = "bench-stock";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern REGISTER_LINK = Pattern.compile("href=\"([^\"]*/login-actions/registration[^\"]*)\"");
    private static final AtomicInteger SEQ = new AtomicInteger();
    /** {@code -Dbench.trace=true}: print every request's time (one client). */
    private static final boolean TRACE = Boolean.getBoolean("bench.trace");

    private SignupBenchmark() {
    }

    public static void main(String[] args) {
        Benchmarks.runAndExit(() -> benchmark());
    }

    private static void benchmark() throws Exception {
        int[] clients = Arrays.stream(System.getProperty("bench.clients", "1,4").split(",")).mapToInt(Integer::parseInt).toArray();
        int signups = Integer.getInteger("bench.signups", 40);
        int rounds = Integer.getInteger("bench.rounds", 2);
        System.setProperty("omakase.it.db", System.getProperty("bench.db", "h2"));
        List<String> options = List.of(
                "--spi-authenticator--omakase-signup-email--mails-per-address-per-hour=1000000",
                "--spi-authenticator--omakase-signup-email--mails-per-client-per-hour=1000000");
        StringBuilder report = new StringBuilder();
        try (TestEnvironment env = TestEnvironment.start(options)) {
            prepare(env);
            // warm-up: JIT, caches, first hashes
            run(env, "stock", 1, 5);
            run(env, "omakase", 1, 5);
            report.append("\n## ").append(LocalDateTime.now().withNano(0)).append(" (").append(env.database().name().toLowerCase())
                    .append(", ").append(signups).append(" sign-ups per measurement, ").append(rounds).append(" rounds)\n\n")
                    .append("| clients | stock /s | omakase /s | ratio |\n|---|---|---|---|\n");
            for (int c : clients) {
                double stock = 0;
                double ours = 0;
                for (int r = 0; r < rounds; r++) {
                    // alternate the order so drift of the shared machine hits both alike
                    if (r % 2 == 0) {
                        stock += run(env, "stock", c, signups);
                        ours += run(env, "omakase", c, signups);
                    } else {
                        ours += run(env, "omakase", c, signups);
                        stock += run(env, "stock", c, signups);
                    }
                }
                stock /= rounds;
                ours /= rounds;
                String line = String.format("| %d | %.2f | %.2f | %.2f |%n", c, stock, ours, ours / stock);
                System.out.print("RESULT " + line);
                report.append(line);
            }
        }
        Path out = Path.of(System.getProperty("omakase.build.dir", "target"), "bench", "signup.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(report);
    }

    /** Completed sign-ups per second of {@code total} sign-ups by {@code clients} concurrent clients. */
    static double run(TestEnvironment env, String kind, int clients, int total) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger left = new AtomicInteger(total);
        Instant start = Instant.now();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    if (kind.equals("stock")) {
                        stockSignup(env);
                    } else {
                        omakaseSignup(env);
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
        System.out.printf("%s: %d sign-ups, %d clients, %.1f s, %.2f/s%n", kind, total, clients, seconds, total / seconds);
        return total / seconds;
    }

    private static void omakaseSignup(TestEnvironment env) throws IOException, InterruptedException {
        Browserless b = new Browserless(env.baseUrl());
        String email = "bench-" + SEQ.incrementAndGet() + "-" + System.nanoTime() + "@example.jp";
        String login = b.get(authUrl(env, "bizid"));
        String page = b.get(unescape(match(REGISTER_LINK, login)));
        page = b.post(action(page), Map.of("email", email));
        expect(page, "omakase-sent-title");
        MimeMessage mail = awaitMail(env.mail(), email);
        String link = Mails.firstLink(Mails.text(mail), env.baseUrl() + "/realms/bizid/omakase/signup?email_token=");
        // the link shows 「登録を続ける」; its POST (the hidden token) uses the link and lands on step 02
        page = b.get(link);
        expect(page, "omakase-link-continue");
        page = b.post(action(page), Map.of("email_token", link.substring(link.indexOf("email_token=") + "email_token=".length())));
        expect(page, "omakase-signup-terms");
        page = b.post(action(page), Map.of("acceptTerms", "on", "next", "true"));
        page = b.post(action(page), Map.of("q", "サンライズ第二", "search", "true"));
        page = b.post(action(page), Map.of("pick", "7124247168928"));
        Map<String, String> profile = new LinkedHashMap<>();
        profile.put("lastName", "山田");
        profile.put("firstName", "太郎");
        profile.put("lastNameKana", "ヤマダ");
        profile.put("firstNameKana", "タロウ");
        profile.put("department", "情報システム部");
        profile.put("phone", "03-1234-5678");
        profile.put("password", PASSWORD);
        profile.put("password-confirm", PASSWORD);
        profile.put("acceptPrivacy", "on");
        page = b.post(action(page), profile);
        expect(page, "omakase-signup-confirm");
        page = b.post(action(page), Map.of("register", "true"));
        expect(page, "omakase-complete-title");
        String end = b.postForRedirect(action(page), Map.of("continue", "true"));
        if (!end.startsWith(REDIRECT) || !end.contains("code=")) {
            throw new IllegalStateException("sign-up did not end at the client: " + end);
        }
    }

    /** The first mail to {@code email}, from its own mailbox in the sink (polled every 5 ms: the mail leaves after the commit). */
    private static MimeMessage awaitMail(com.icegreen.greenmail.util.GreenMail mail, String email) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            com.icegreen.greenmail.user.GreenMailUser user = mail.getUserManager().getUserByEmail(email);
            if (user != null) {
                try {
                    List<com.icegreen.greenmail.store.StoredMessage> messages =
                            mail.getManagers().getImapHostManager().getInbox(user).getMessages();
                    if (!messages.isEmpty()) {
                        return messages.get(0).getMimeMessage();
                    }
                } catch (com.icegreen.greenmail.store.FolderException e) {
                    throw new IllegalStateException(e);
                }
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no mail to " + email + " within 30 s");
    }

    private static void stockSignup(TestEnvironment env) throws IOException, InterruptedException {
        Browserless b = new Browserless(env.baseUrl());
        String email = "stock-" + SEQ.incrementAndGet() + "-" + System.nanoTime() + "@example.jp";
        String login = b.get(authUrl(env, STOCK_REALM));
        String page = b.get(unescape(match(REGISTER_LINK, login)));
        String end = b.postForRedirect(action(page), Map.of("email", email, "firstName", "太郎", "lastName", "山田",
                "password", PASSWORD, "password-confirm", PASSWORD));
        if (!end.startsWith(REDIRECT) || !end.contains("code=")) {
            throw new IllegalStateException("stock registration did not end at the client: " + end);
        }
    }

    static void prepare(TestEnvironment env) throws IOException {
        AdminApi admin = env.admin();
        Map<String, Object> client = Map.of("clientId", CLIENT, "publicClient", true, "standardFlowEnabled", true,
                "redirectUris", List.of("http://127.0.0.1:9/bench/*"));
        check(admin.send("POST", "/realms/bizid/clients", client));
        Map<String, Object> stock = new LinkedHashMap<>();
        stock.put("realm", STOCK_REALM);
        stock.put("enabled", true);
        stock.put("registrationAllowed", true);
        stock.put("registrationEmailAsUsername", true);
        stock.put("sslRequired", "external");
        stock.put("passwordPolicy", "length(10) and omakase-half-width and omakase-character-classes(3) and notUsername and notEmail");
        stock.put("clients", List.of(client));
        check(admin.send("POST", "/realms", stock));
        try (InputStream csv = SignupBenchmark.class.getResourceAsStream("/company/sample-companies.csv")) {
            check(admin.upload("/realms/bizid/omakase/companies/import", csv.readAllBytes(), "text/csv"));
        }
    }

    private static void check(AdminApi.Response r) {
        if (r.status() >= 300) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
    }

    private static String authUrl(TestEnvironment env, String realm) {
        return env.baseUrl() + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=" + CLIENT
                + "&response_type=code&scope=openid&state=bench&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8);
    }

    private static String action(String page) {
        return unescape(match(FORM_ACTION, page));
    }

    private static void expect(String page, String id) {
        if (!page.contains("id=\"" + id + "\"")) {
            throw new IllegalStateException("expected #" + id + " in: " + page.substring(0, Math.min(page.length(), 3000)));
        }
    }

    private static String match(Pattern p, String page) {
        Matcher m = p.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in: " + page.substring(0, Math.min(page.length(), 3000)));
        }
        return m.group(1);
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&#61;", "=").replace("&#x3D;", "=");
    }

    /**
     * A browser without a browser: cookies, form posts, redirects followed by hand (the client's address is not served).
     * Cookies are kept by name and all sent back: one server, and Keycloak marks them Secure even on http://127.0.0.1,
     * which Java's CookieManager would then withhold.
     */
    private static final class Browserless {
        private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final String base;

        Browserless(String base) {
            this.base = base;
        }

        String get(String url) throws IOException, InterruptedException {
            return follow(send(HttpRequest.newBuilder(URI.create(absolute(url))).header("Accept-Language", "ja").GET().build()));
        }

        String post(String url, Map<String, String> form) throws IOException, InterruptedException {
            return follow(send(postRequest(absolute(url), form)));
        }

        /** Posts and returns the first redirect that leaves the server (the client's redirect URI). */
        String postForRedirect(String url, Map<String, String> form) throws IOException, InterruptedException {
            HttpResponse<String> r = send(postRequest(absolute(url), form));
            while (r.statusCode() == 302 || r.statusCode() == 303) {
                String location = location(r);
                if (!location.startsWith(base)) {
                    return location;
                }
                r = send(HttpRequest.newBuilder(URI.create(location)).GET().build());
            }
            throw new IllegalStateException("no redirect out of the server: " + r.statusCode() + " " + r.body());
        }

        private HttpRequest postRequest(String url, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept-Language", "ja").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        private String follow(HttpResponse<String> r) throws IOException, InterruptedException {
            while (r.statusCode() == 302 || r.statusCode() == 303) {
                r = send(HttpRequest.newBuilder(URI.create(location(r))).header("Accept-Language", "ja").GET().build());
            }
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " from " + r.uri() + ": " + r.body());
            }
            return r.body();
        }

        private String location(HttpResponse<String> r) {
            return absolute(r.headers().firstValue("Location").orElseThrow());
        }

        private String absolute(String url) {
            return url.startsWith("/") ? base + url : url;
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            long t0 = System.nanoTime();
            try {
                return sendTimed(request);
            } finally {
                if (TRACE) {
                    System.out.printf("  %6.1f ms %s %s%n", (System.nanoTime() - t0) / 1e6, request.method(),
                            request.uri().getPath());
                }
            }
        }

        private HttpResponse<String> sendTimed(HttpRequest request) throws IOException, InterruptedException {
            HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
            if (!cookies.isEmpty()) {
                withCookies.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            try {
                HttpResponse<String> r = HTTP.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
                for (String set : r.headers().allValues("Set-Cookie")) {
                    String pair = set.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                    }
                }
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(request.uri().toString(), e);
            }
        }
    }
}
