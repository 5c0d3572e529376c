package jp.omakase.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.omakase.testing.TestEnvironment;

/**
 * The tenant console at scale (issue 15, "Performance"), over HTTP against a real server of the test harness: N
 * tenants through the admin REST API, then one tenant's administrator imports M new users with the console's CSV
 * check + apply while other tenants' users log in, then the same M users through Keycloak's admin REST API, then the
 * user list and search of the M-user tenant. Measured: setup time; import users/s; the server's live heap (after full
 * collections, {@link ServerHeap}) while only logins run and during the import; logins/s before and during the import;
 * admin-REST users/s and the ratio; list and search p50/p95/p99.
 *
 * <pre>mvn -Pbench-tenant verify -Dbench.db=postgres -Dbench.tenants=1000 -Dbench.users=10000</pre>
 *
 * Options (defaults): {@code bench.parts} (all; {@code list}: only the setup, the tenant filled through the admin REST
 * API and ユーザー管理), {@code bench.loginThreads} (2), {@code bench.loginUsers} (20), {@code bench.loginSeconds} (30),
 * {@code bench.loginLogout} (false: each login's session stays, as a real user's would; true: ended at once),
 * {@code bench.heapEverySeconds} (10), {@code bench.restClients} (1,4), {@code bench.listRequests} (1000, after
 * {@code bench.listWarmUp} 100), {@code bench.setupThreads} (4), {@code bench.kcOptions} (extra start options).
 * Results are printed and appended to {@code target/bench/tenant-console.md}.
 */
public final class TenantConsoleBenchmark {

    private TenantConsoleBenchmark() {
    }

    public static void main(String[] args) {
        Benchmarks.runAndExit(TenantConsoleBenchmark::benchmark);
    }

    private static void benchmark() throws Exception {
        int tenants = Integer.getInteger("bench.tenants", 1000);
        int users = Integer.getInteger("bench.users", 10000);
        // the console's tenant, the login users' tenants, and the last one for the admin-REST run
        int loginUsers = Math.max(1, Math.min(Integer.getInteger("bench.loginUsers", 20), tenants - 2));
        boolean listOnly = System.getProperty("bench.parts", "all").equals("list");
        int[] restClients = Arrays.stream(System.getProperty("bench.restClients", "1,4").split(","))
                .mapToInt(Integer::parseInt).toArray();
        System.setProperty("omakase.it.db", System.getProperty("bench.db", "h2"));
        String extra = System.getProperty("bench.kcOptions", "");
        List<String> options = extra.isBlank() ? List.of() : Arrays.asList(extra.trim().split("\\s+"));
        Path dir = Files.createDirectories(Path.of(System.getProperty("omakase.build.dir", "target"), "bench"));
        String run = UUID.randomUUID().toString().substring(0, 6);
        Report report = new Report(dir.resolve("tenant-console.md"));
        try (TestEnvironment env = TestEnvironment.start(options)) {
            report.head(env.database().name().toLowerCase(Locale.ROOT), tenants, users);
            BenchTenants data = new BenchTenants(env.admin(), run);
            long t0 = System.nanoTime();
            List<BenchTenants.Tenant> all = data.create(tenants, 1 + loginUsers, Integer.getInteger("bench.setupThreads", 4));
            data.createLoginClient();
            report.line("Setup: %,d tenants (Organization + administrator + role; %d administrators with a password) in %.0f s",
                    tenants, 1 + loginUsers, (System.nanoTime() - t0) / 1e9);
            BenchTenants.Tenant console = all.get(0);
            List<String> logins = all.subList(1, 1 + loginUsers).stream().map(BenchTenants.Tenant::adminEmail).toList();
            List<BenchPeople.Person> people = BenchPeople.make(users);
            byte[] csv = BenchPeople.csv(people, "csv-" + run + ".example.jp");
            ConsoleImport importer = ConsoleImport.logIn(env.baseUrl(), console);
            boolean applyBuilt = ConsoleImport.offersApply(importer.check(BenchPeople.csv(people.subList(0, 1), "probe.example.jp"), 1));

            ConsoleImport.Result imported = null;
            if (listOnly) {
                // only ユーザー管理: the console's tenant filled through the admin REST API
                report.rest(4, users, data.createMembers(console, people, "csv-" + run + ".example.jp", 4), 0);
                restClients = new int[0];
            } else {
                imported = importWhileLoggingIn(env, data, importer, console, logins, csv, users, applyBuilt, dir, report);
            }
            for (int i = 0; i < restClients.length; i++) {
                // without the apply, the first admin-REST run fills the console's tenant so that the list has its users
                BenchTenants.Tenant target = !applyBuilt && i == 0 ? console : all.get(all.size() - 1);
                double perSecond = data.createMembers(target, people, "rest" + i + "-" + run + ".example.jp", restClients[i]);
                report.rest(restClients[i], users, perSecond, imported == null ? 0 : users / imported.totalSeconds());
            }
            ConsoleLatency latency = new ConsoleLatency(importer.session(), console, users);
            report.latency(latency.measure(Integer.getInteger("bench.listWarmUp", 100), Integer.getInteger("bench.listRequests", 1000)),
                    data.memberCount(console));
        }
        System.out.println(report.text());
    }

    /** Parts 2-4: logins alone, then the CSV import while the logins go on, the server's live heap sampled in both. */
    private static ConsoleImport.Result importWhileLoggingIn(TestEnvironment env, BenchTenants data, ConsoleImport importer,
            BenchTenants.Tenant console, List<String> logins, byte[] csv, int users, boolean applyBuilt, Path dir, Report report)
            throws Exception {
        ServerHeap heap = ServerHeap.attach(dir);
        heap.liveKb();
        long quietKb = heap.liveKb();
        LoginLoad load = new LoginLoad(env.baseUrl(), logins, Boolean.getBoolean("bench.loginLogout"));
        load.start(Integer.getInteger("bench.loginThreads", 2));
        Thread.sleep(5000); // warm-up of the login path
        long every = Integer.getInteger("bench.heapEverySeconds", 10) * 1000L;
        LoginLoad.Mark before = load.mark();
        ServerHeap.Sampler sampler = heap.every(every);
        Thread.sleep(Integer.getInteger("bench.loginSeconds", 30) * 1000L);
        double loginsBefore = load.rate(before);
        List<Long> heapBefore = sampler.stop();
        LoginLoad.Mark during = load.mark();
        sampler = heap.every(every);
        ConsoleImport.Result imported = null;
        double checkSeconds;
        if (applyBuilt) {
            imported = importer.run(csv, users, 500);
            checkSeconds = imported.checkSeconds();
        } else {
            long c0 = System.nanoTime();
            importer.check(csv, users);
            checkSeconds = (System.nanoTime() - c0) / 1e9;
        }
        double loginsDuring = load.rate(during);
        List<Long> heapDuring = sampler.stop();
        load.stop();
        report.importFigures(users, imported, checkSeconds, data.memberCount(console), env.mail().getReceivedMessages().length);
        report.heap(quietKb, heapBefore, heapDuring, every, heap.gcLog());
        report.logins(Integer.getInteger("bench.loginThreads", 2), logins.size(), Boolean.getBoolean("bench.loginLogout"),
                new double[] {loginsBefore, loginsDuring}, load.failures(), load.lastFailure());
        return imported;
    }

    /** The result text (markdown), printed and appended to the results file as it grows (a killed run keeps its lines). */
    private static final class Report {
        private final StringBuilder text = new StringBuilder();
        private final Path file;

        Report(Path file) {
            this.file = file;
        }

        private void append(String markdown) {
            text.append(markdown);
            try {
                Files.writeString(file, markdown, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void head(String db, int tenants, int users) {
            append("\n## " + LocalDateTime.now().withNano(0) + " (" + db + ", " + String.format("%,d tenants, %,d users", tenants, users)
                    + ", " + Runtime.getRuntime().availableProcessors() + " cores)\n\n");
        }

        void line(String format, Object... args) {
            String l = String.format(Locale.ROOT, format, args);
            System.out.println("RESULT " + l);
            append("- " + l + "\n");
        }

        void importFigures(int users, ConsoleImport.Result r, double checkSeconds, long members, int mails) {
            if (r == null) {
                line("CSV check of %,d new users: %.1f s (%.0f rows/s); apply not built on this branch", users, checkSeconds,
                        users / checkSeconds);
                return;
            }
            line("CSV import of %,d new users: check %.1f s + apply %.1f s = %.1f s → **%.0f users/s** (target ≥ 200); job %s, "
                    + "%,d rows done, result file %,d lines; tenant members now %,d; mails in the SMTP sink %,d", users,
                    r.checkSeconds(), r.applySeconds(), r.totalSeconds(), users / r.totalSeconds(), r.state(), r.rows(),
                    r.resultLines(), members, mails);
        }

        void heap(long quietKb, List<Long> before, List<Long> during, long everyMillis, Path gcLog) {
            long idle = before.isEmpty() ? quietKb : Collections.max(before);
            long peak = during.isEmpty() ? -1 : Collections.max(during);
            line("Server live heap (after a full GC every %d s, jcmd GC.run + GC.heap_info): quiet %.1f MB; logins only max %.1f MB "
                    + "(%d samples); during the import max %.1f MB (%d samples) → **+%.1f MB** over the logins-only idle "
                    + "(target ≤ 64 MB); GC log %s", everyMillis / 1000, quietKb / 1024.0, idle / 1024.0, before.size(),
                    peak / 1024.0, during.size(), (peak - idle) / 1024.0, gcLog.getFileName());
        }

        void logins(int threads, int users, boolean logout, double[] rates, long failures, String lastFailure) {
            line("Logins of other tenants (%d threads, direct grant, %d users, %s): %.1f/s before, %.1f/s during the import → "
                    + "**%.0f %% drop** (target ≤ 30 %%); failures %d%s", threads, users,
                    logout ? "each session ended at once" : "sessions kept", rates[0], rates[1],
                    100 * (1 - rates[1] / rates[0]), failures, failures == 0 ? "" : " (last: " + lastFailure + ")");
        }

        void rest(int clients, int users, double perSecond, double csvPerSecond) {
            String ratio = csvPerSecond == 0 ? "" : String.format(Locale.ROOT, " → CSV/REST **%.2f**", csvPerSecond / perSecond);
            line("Admin REST (create user + add member), %d client(s): %,d users at %.0f users/s%s", clients, users, perSecond, ratio);
        }

        void latency(ConsoleLatency.Figures[] figures, long members) {
            line("ユーザー管理 in the tenant of %,d members (one client, ms):", members);
            append("\n| request | n | p50 | p95 | p99 |\n|---|---|---|---|---|\n");
            for (ConsoleLatency.Figures f : figures) {
                String row = String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", f.kind(), f.sorted().length,
                        f.pct(50), f.pct(95), f.pct(99));
                System.out.println("RESULT " + row);
                append(row + "\n");
            }
        }

        String text() {
            return text.toString();
        }
    }
}
