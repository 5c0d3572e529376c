package jp.omakase.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.omakase.tenant.ConsoleTenants;

/**
 * Password logins of other tenants' users, as fast as {@code threads} clients can: OIDC direct access grants
 * ({@code grant_type=password}) on the client {@link BenchTenants#LOGIN_CLIENT} of the {@code omakase} realm, each
 * thread going round the users; optionally each login's session is ended at once (OIDC logout with its refresh
 * token). Counts the logins that got a token; {@link #rate} gives logins/s over a window.
 */
final class LoginLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern REFRESH_TOKEN = Pattern.compile("\"refresh_token\":\"([^\"]+)\"");

    private final String tokenUrl;
    private final List<String> users;
    private final boolean logout;
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;
    private volatile String lastFailure;

    /** {@code logout}: end each login's session at once (so sessions do not pile up in the server's heap). */
    LoginLoad(String baseUrl, List<String> users, boolean logout) {
        this.tokenUrl = baseUrl + BenchTenants.REALM + "/protocol/openid-connect/token";
        this.users = List.copyOf(users);
        this.logout = logout;
    }

    void start(int count) {
        for (int t = 0; t < count; t++) {
            int first = t;
            Thread thread = new Thread(() -> loop(first, count), "bench-login-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void loop(int first, int step) {
        for (int i = first; !stopped; i += step) {
            String form = "grant_type=password&client_id=" + BenchTenants.LOGIN_CLIENT
                    + "&username=" + URLEncoder.encode(users.get(i % users.size()), StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(ConsoleTenants.PASSWORD, StandardCharsets.UTF_8);
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"access_token\"")) {
                    if (logout) {
                        logOut(r.body());
                    }
                    ok.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    lastFailure = r.statusCode() + " " + r.body();
                }
            } catch (IOException e) {
                failed.incrementAndGet();
                lastFailure = e.toString();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void logOut(String tokens) throws IOException, InterruptedException {
        Matcher m = REFRESH_TOKEN.matcher(tokens);
        if (!m.find()) {
            throw new IllegalStateException("no refresh token: " + tokens);
        }
        String form = "client_id=" + BenchTenants.LOGIN_CLIENT + "&refresh_token=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl.replace("/token", "/logout")))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 204) {
            throw new IOException("logout answered " + r.statusCode() + " " + r.body());
        }
    }

    /** A point in time and the logins done by then. */
    record Mark(long nanos, long logins) {
    }

    Mark mark() {
        return new Mark(System.nanoTime(), ok.get());
    }

    /** Logins per second between {@code from} and now. */
    double rate(Mark from) {
        Mark now = mark();
        return (now.logins() - from.logins()) / ((now.nanos() - from.nanos()) / 1e9);
    }

    long failures() {
        return failed.get();
    }

    String lastFailure() {
        return lastFailure;
    }

    void stop() throws InterruptedException {
        stopped = true;
        for (Thread t : threads) {
            t.join(60_000);
        }
    }
}
