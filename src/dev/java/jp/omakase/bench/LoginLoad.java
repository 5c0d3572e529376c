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

import jp.omakase.tenant.ConsoleTenants;

/**
 * Password logins of other tenants' users, as fast as {@code threads} clients can: OIDC direct access grants
 * ({@code grant_type=password}) on the client {@link BenchTenants#LOGIN_CLIENT} of the {@code omakase} realm, each
 * thread going round the users. Counts the logins that got a token; {@link #rate} gives logins/s over a window.
 */
final class LoginLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String tokenUrl;
    private final List<String> users;
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;
    private volatile String lastFailure;

    LoginLoad(String baseUrl, List<String> users) {
        this.tokenUrl = baseUrl + BenchTenants.REALM + "/protocol/openid-connect/token";
        this.users = List.copyOf(users);
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
