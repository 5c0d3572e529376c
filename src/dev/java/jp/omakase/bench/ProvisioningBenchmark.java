package jp.omakase.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.OrderApiClient;
import jp.omakase.testing.TestEnvironment;

/**
 * Provisioning over HTTP: each client places an order through the order API and waits until the サービス利用開始通知
 * reaches the SMTP sink, then places the next. Measured: orders provisioned per second and the order-to-mail latency
 * (p50, p95), at each number of concurrent clients. For scale, the same run measures the stock equivalent through
 * Keycloak's admin REST API (organization, user, membership, execute-actions mail), waiting for that mail the same way.
 *
 * <pre>mvn -Pbench-provisioning verify -Dbench.clients=1,4 -Dbench.orders=40 [-Dbench.db=h2|postgres]</pre>
 *
 * Results are printed and appended to {@code target/bench/provisioning.md}.
 */
public final class ProvisioningBenchmark {

    private static final AtomicInteger SEQ = new AtomicInteger();
    /** Address → nanoTime its first mail was seen. */
    private static final Map<String, Long> ARRIVED = new ConcurrentHashMap<>();

    private ProvisioningBenchmark() {
    }

    public static void main(String[] args) {
        Benchmarks.runAndExit(() -> benchmark());
    }

    record Result(double perSecond, double p50, double p95) {
    }

    private static void benchmark() throws Exception {
        int[] clients = Arrays.stream(System.getProperty("bench.clients", "1,4").split(",")).mapToInt(Integer::parseInt).toArray();
        int orders = Integer.getInteger("bench.orders", 40);
        System.setProperty("omakase.it.db", System.getProperty("bench.db", "h2"));
        StringBuilder report = new StringBuilder();
        try (TestEnvironment env = TestEnvironment.start(List.of(
                "--spi-events-listener--omakase-provisioning--threads=" + Arrays.stream(clients).max().orElse(1)))) {
            OrderApiClient.prepare(env);
            Thread watcher = watchMails(env);
            run(env, "omakase", 1, 5);
            run(env, "stock", 1, 5);
            report.append("\n## ").append(LocalDateTime.now().withNano(0)).append(" (").append(env.database().name().toLowerCase())
                    .append(", ").append(orders).append(" orders per measurement)\n\n")
                    .append("| clients | omakase orders/s | p50 ms | p95 ms | stock admin-REST/s | stock p95 ms | ratio |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (int c : clients) {
                Result ours = run(env, "omakase", c, orders);
                Result stock = run(env, "stock", c, orders);
                String line = String.format("| %d | %.2f | %.0f | %.0f | %.2f | %.0f | %.2f |%n",
                        c, ours.perSecond(), ours.p50(), ours.p95(),
                        stock.perSecond(), stock.p95(), ours.perSecond() / stock.perSecond());
                System.out.print("RESULT " + line);
                report.append(line);
            }
            watcher.interrupt();
        }
        Path out = Path.of(System.getProperty("omakase.build.dir", "target"), "bench", "provisioning.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(report);
    }

    /** Records when each address receives its first mail (polled every 10 ms). */
    static Thread watchMails(TestEnvironment env) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                for (MimeMessage m : env.mail().getReceivedMessages()) {
                    try {
                        for (Address a : m.getAllRecipients()) {
                            ARRIVED.putIfAbsent(a.toString(), System.nanoTime());
                        }
                    } catch (Exception e) {
                        // a message being written
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-mail-watch");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static Result run(TestEnvironment env, String kind, int clients, int total) throws Exception {
        env.mail().purgeEmailFromAllMailboxes();
        ARRIVED.clear();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger left = new AtomicInteger(total);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    String email = "bench-prov-" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6)
                            + "@example.jp";
                    String subject = env.admin().createBusinessId(email, null, Map.of());
                    long t0 = System.nanoTime();
                    if (kind.equals("omakase")) {
                        OrderApiClient.place(env, subject, email);
                    } else {
                        stock(env.admin(), email);
                    }
                    latencies.add((awaitMail(email) - t0) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Result r = new Result(total / seconds, percentile(sorted, 50), percentile(sorted, 95));
        System.out.printf("%s: %d orders, %d clients, %.1f s, %.2f/s, p50 %.0f ms, p95 %.0f ms%n", kind, total, clients, seconds,
                r.perSecond(), r.p50(), r.p95());
        return r;
    }

    /** Keycloak's own way to the same result: organization, user, membership, execute-actions mail (24 h). */
    private static void stock(AdminApi admin, String email) {
        String alias = "stock-" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        AdminApi.Response org = admin.send("POST", "/realms/omakase/organizations", Map.of("name", alias, "alias", alias));
        String orgId = org.location().substring(org.location().lastIndexOf('/') + 1);
        String userId = admin.createUser("omakase", Map.of("username", email, "email", email, "enabled", true,
                "firstName", "太郎", "lastName", "山田", "requiredActions", List.of("UPDATE_PASSWORD")));
        check(admin.send("POST", "/realms/omakase/organizations/" + orgId + "/members", userId));
        check(admin.send("PUT", "/realms/omakase/users/" + userId + "/execute-actions-email?lifespan=86400", List.of("UPDATE_PASSWORD")));
    }

    private static void check(AdminApi.Response r) {
        if (r.status() >= 300) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
    }

    private static long awaitMail(String email) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Long at = ARRIVED.get(email);
            if (at != null) {
                return at;
            }
            KeycloakServer.sleep(Duration.ofMillis(5));
        }
        throw new IllegalStateException("no mail to " + email + " within 120 s");
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
