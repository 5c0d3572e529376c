package jp.omakase.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.OrderApiClient;
import jp.omakase.testing.TestEnvironment;

/**
 * Two nodes vs one, same machine, same run: the cluster of the cluster tests (two nodes, one PostgreSQL database, the
 * round-robin front) measured with both nodes, then again after node 2 is stopped (the front sends everything to node
 * 1). Measured through the front: Business ID sign-ups per second ({@link SignupBenchmark}'s HTTP client) and orders to
 * サービス利用開始通知 per second ({@link ProvisioningBenchmark}'s), and the server CPU each used (all nodes' processes).
 *
 * <pre>mvn -Pbench-cluster verify -Dbench.clients=4 -Dbench.signups=20 -Dbench.orders=40</pre>
 *
 * Needs PostgreSQL on 127.0.0.1:5432. Results are printed and appended to {@code target/bench/cluster.md}.
 */
public final class ClusterBenchmark {

    private ClusterBenchmark() {
    }

    public static void main(String[] args) {
        // the front forwards the client's Host (RoundRobinFront): allowed before any HTTP client of this JVM starts
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        Benchmarks.runAndExit(ClusterBenchmark::benchmark);
    }

    private record Measured(double perSecond, double cpuMillisEach) {
    }

    private static void benchmark() throws Exception {
        int[] clients = Arrays.stream(System.getProperty("bench.clients", "4").split(",")).mapToInt(Integer::parseInt).toArray();
        int signups = Integer.getInteger("bench.signups", 20);
        int orders = Integer.getInteger("bench.orders", 40);
        System.setProperty("omakase.it.db", "postgres");
        StringBuilder report = new StringBuilder();
        try (TestEnvironment env = TestEnvironment.startCluster(List.of(
                "--spi-authenticator--omakase-signup-email--mails-per-address-per-hour=1000000",
                "--spi-authenticator--omakase-signup-email--mails-per-client-per-hour=1000000",
                "--spi-events-listener--omakase-provisioning--threads=" + Arrays.stream(clients).max().orElse(1)))) {
            SignupBenchmark.prepare(env);
            OrderApiClient.prepare(env);
            Thread watcher = ProvisioningBenchmark.watchMails(env);
            // warm-up of both nodes
            SignupBenchmark.run(env, "omakase", 2, 6);
            ProvisioningBenchmark.run(env, "omakase", 2, 6);
            report.append("\n## ").append(LocalDateTime.now().withNano(0)).append(" (postgres, ").append(signups)
                    .append(" sign-ups and ").append(orders).append(" orders per measurement, ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores)\n\n")
                    .append("| nodes | clients | sign-ups/s | CPU ms per sign-up | orders→mail/s | CPU ms per order |\n")
                    .append("|---|---|---|---|---|---|\n");
            StringBuilder two = new StringBuilder();
            for (int c : clients) {
                two.append(line(2, c, signups(env, c, signups), orders(env, c, orders)));
            }
            env.nodes().get(1).close();
            StringBuilder one = new StringBuilder();
            for (int c : clients) {
                one.append(line(1, c, signups(env, c, signups), orders(env, c, orders)));
            }
            report.append(two).append(one);
            watcher.interrupt();
        }
        Path out = Path.of(System.getProperty("omakase.build.dir", "target"), "bench", "cluster.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(report);
    }

    private static String line(int nodes, int clients, Measured signups, Measured orders) {
        String line = String.format("| %d | %d | %.2f | %.0f | %.2f | %.0f |%n", nodes, clients, signups.perSecond(),
                signups.cpuMillisEach(), orders.perSecond(), orders.cpuMillisEach());
        System.out.print("RESULT " + line);
        return line;
    }

    private static Measured signups(TestEnvironment env, int clients, int total) throws Exception {
        Duration before = cpu(env);
        double perSecond = SignupBenchmark.run(env, "omakase", clients, total);
        return new Measured(perSecond, cpu(env).minus(before).toMillis() / (double) total);
    }

    private static Measured orders(TestEnvironment env, int clients, int total) throws Exception {
        Duration before = cpu(env);
        double perSecond = ProvisioningBenchmark.run(env, "omakase", clients, total).perSecond();
        return new Measured(perSecond, cpu(env).minus(before).toMillis() / (double) total);
    }

    /** CPU of the nodes still running. */
    private static Duration cpu(TestEnvironment env) {
        return env.nodes().stream().map(KeycloakServer::cpu).reduce(Duration.ZERO, Duration::plus);
    }
}
