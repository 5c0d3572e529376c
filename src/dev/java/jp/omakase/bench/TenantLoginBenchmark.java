package jp.omakase.bench;

import java.io.IOException;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.omakase.tenant.ConsoleTenants;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 17's performance rule: the server CPU of a password login of a tenant member (the tenant with a stricter
 * password rule and an allowed-networks list that lets the client in, no MFA), against a stock login (a realm made
 * with Keycloak's defaults: no Organizations, none of our authenticators) on the same server in the same run. Both are
 * OIDC password grants of users with the same password and hash, one client, alternating rounds; the CPU is the
 * Keycloak JVM's (user + system, from {@code /proc/<pid>/stat}) per login. Target: ratio ≤ 1.05.
 *
 * <pre>mvn -Pbench-tenant-login verify -Dbench.logins=300 [-Dbench.rounds=4] [-Dbench.db=h2|postgres]</pre>
 *
 * Results are printed and appended to {@code target/bench/tenant-login.md}.
 */
public final class TenantLoginBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String STOCK = "bench-stock-login";
    private static final String CLIENT = "bench-login";
    private static final int USERS = 10;
    /** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
    private static final double HZ = 100.0;

    private TenantLoginBenchmark() {
    }

    public static void main(String[] args) {
        Benchmarks.runAndExit(TenantLoginBenchmark::benchmark);
    }

    private static void benchmark() throws Exception {
        int logins = Integer.getInteger("bench.logins", 300);
        int rounds = Integer.getInteger("bench.rounds", 4);
        System.setProperty("omakase.it.db", System.getProperty("bench.db", "h2"));
        try (TestEnvironment env = TestEnvironment.start()) {
            long pid = ProcessHandle.current().descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains("io.quarkus.bootstrap.runner.QuarkusEntryPoint"))
                    .mapToLong(ProcessHandle::pid).findFirst().orElseThrow(() -> new IllegalStateException("no Keycloak JVM"));
            List<String> tenantUsers = tenantUsers(env);
            List<String> stockUsers = stockUsers(env);
            String ours = env.baseUrl() + "/realms/omakase/protocol/openid-connect/token";
            String stock = env.baseUrl() + "/realms/" + STOCK + "/protocol/openid-connect/token";
            // warm-up: JIT, caches, the first hashes
            cpuPerLogin(pid, stock, stockUsers, 50);
            cpuPerLogin(pid, ours, tenantUsers, 50);
            double stockCpu = 0;
            double ourCpu = 0;
            for (int r = 0; r < rounds; r++) {
                // alternate the order so drift of the shared machine hits both alike
                if (r % 2 == 0) {
                    stockCpu += cpuPerLogin(pid, stock, stockUsers, logins);
                    ourCpu += cpuPerLogin(pid, ours, tenantUsers, logins);
                } else {
                    ourCpu += cpuPerLogin(pid, ours, tenantUsers, logins);
                    stockCpu += cpuPerLogin(pid, stock, stockUsers, logins);
                }
            }
            stockCpu /= rounds;
            ourCpu /= rounds;
            String report = String.format("%n## %s (%s, %d logins x %d rounds, 1 client)%n%n| stock ms CPU/login | tenant member ms CPU/login "
                    + "| ratio |%n|---|---|---|%n| %.1f | %.1f | %.3f |%n", LocalDateTime.now().withNano(0),
                    env.database().name().toLowerCase(), logins, rounds, stockCpu, ourCpu, ourCpu / stockCpu);
            System.out.println("RESULT" + report);
            Path out = Path.of(System.getProperty("omakase.build.dir", "target"), "bench", "tenant-login.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** A tenant with a stricter password rule and networks allowing this client, its members, the login client. */
    private static List<String> tenantUsers(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "ベンチ制限商事");
        AdminApi admin = env.admin();
        ObjectNode org = (ObjectNode) admin.get("/realms/omakase/organizations/" + t.id());
        org.set("attributes", new ObjectMapper().valueToTree(Map.of(
                "omakase.password.min-length", List.of("14"), "omakase.password.classes", List.of("4"),
                "omakase.networks.ranges", List.of("127.0.0.0/8", "::1/128"), "omakase.networks.scope", List.of("all"))));
        BenchTenants.check(admin.send("PUT", "/realms/omakase/organizations/" + t.id(), org), 204);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String email = "login-" + i + "-" + t.id().substring(0, 8) + "@bench.example.jp";
            ConsoleTenants.member(env, t.id(), email, "計測", "太郎", false);
            users.add(email);
        }
        BenchTenants.check(admin.send("POST", "/realms/omakase/clients", Map.of("clientId", CLIENT, "publicClient", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true)), 201);
        return users;
    }

    /** A realm of Keycloak's defaults with the same users (password, hash) and the same client. */
    private static List<String> stockUsers(TestEnvironment env) {
        AdminApi admin = env.admin();
        BenchTenants.check(admin.send("POST", "/realms", Map.of("realm", STOCK, "enabled", true, "sslRequired", "none")), 201);
        BenchTenants.check(admin.send("POST", "/realms/" + STOCK + "/clients", Map.of("clientId", CLIENT, "publicClient", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true)), 201);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String email = "stock-" + i + "@bench.example.jp";
            admin.createUser(STOCK, Map.of("username", email, "email", email, "enabled", true, "emailVerified", true,
                    "firstName", "太郎", "lastName", "計測",
                    "credentials", List.of(Map.of("type", "password", "value", ConsoleTenants.PASSWORD, "temporary", false))));
            users.add(email);
        }
        return users;
    }

    /** Server CPU milliseconds per login over {@code count} sequential password grants. */
    private static double cpuPerLogin(long pid, String tokenUrl, List<String> users, int count) throws IOException, InterruptedException {
        long before = cpuTicks(pid);
        for (int i = 0; i < count; i++) {
            String form = "grant_type=password&client_id=" + CLIENT + "&scope=openid"
                    + "&username=" + URLEncoder.encode(users.get(i % users.size()), StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(ConsoleTenants.PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("login answered " + r.statusCode() + ": " + r.body());
            }
        }
        return (cpuTicks(pid) - before) / HZ * 1000 / count;
    }

    /** utime + stime of the process, in clock ticks. */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
