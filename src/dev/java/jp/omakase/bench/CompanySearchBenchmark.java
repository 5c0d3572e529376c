package jp.omakase.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import jp.omakase.company.CompanyNames;
import jp.omakase.company.CompanySearchResource;
import jp.omakase.company.CsvLines;
import jp.omakase.company.NtaDataGenerator;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.TestEnvironment;

/**
 * Company directory benchmark (not a test): for each size N, a fresh Keycloak (H2 or PostgreSQL) imports N
 * synthetic companies in the official format from its import directory, then answers a query mix over HTTP from
 * one client. Prints import rows/s and search p50/p95/p99; appends a line to target/bench/company-search.md.
 * <p>
 * {@code mvn -Pbench-companies verify -Dbench.db=h2|postgres -Dbench.sizes=100000,1000000,5000000 -Dbench.queries=2000}
 * and optionally {@code -Dbench.kcOptions="--db-url-properties=;CACHE_SIZE=262144"} (extra {@code kc.sh start} options).
 */
public final class CompanySearchBenchmark {

    private record Probe(String name, String kana, String number) {
    }

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("bench.db", "h2");
        System.setProperty("omakase.it.db", db);
        long[] sizes = Arrays.stream(System.getProperty("bench.sizes", "100000").split(",")).mapToLong(Long::parseLong).toArray();
        int queries = Integer.getInteger("bench.queries", 2000);
        Path build = Path.of(System.getProperty("omakase.build.dir"));
        Path results = Files.createDirectories(build.resolve("bench")).resolve("company-search.md");
        for (long n : sizes) {
            Path dir = Files.createDirectories(TestEnvironment.importDirectory(build));
            Path file = dir.resolve("bench_all_" + n + ".csv");
            List<Probe> probes = generate(n, file, 4000);
            List<String> options = new ArrayList<>(
                    List.of("--spi-realm-restapi-extension--omakase--company-searches-per-minute=100000000"));
            String extra = System.getProperty("bench.kcOptions", "");
            if (!extra.isBlank()) {
                options.addAll(Arrays.asList(extra.trim().split("\\s+")));
            }
            try (TestEnvironment env = TestEnvironment.start(options)) {
                AdminApi.Response r = env.admin().send("POST",
                        "/realms/bizid/omakase/companies/import?wait=0&file=" + file.getFileName(), null);
                if (r.status() != 202) {
                    throw new IllegalStateException("import answered " + r.status() + ": " + r.body());
                }
                String id = r.json().path("id").asText();
                com.fasterxml.jackson.databind.JsonNode job;
                do {
                    Thread.sleep(2000);
                    job = env.admin().get("/realms/bizid/omakase/companies/imports/" + id);
                } while (job.path("state").asText().equals("RUNNING"));
                if (!job.path("state").asText().equals("COMPLETED") || job.path("report").path("inserted").asLong() != n) {
                    throw new IllegalStateException("import ended as " + job);
                }
                double importSeconds = job.path("report").path("millis").asLong() / 1000.0;
                long rowsPerSecond = Math.round(n / importSeconds);
                double[] latencies = search(env, probes, queries);
                String line = String.format(Locale.ROOT, "| %s | %,d | %,d rows/s (%.0f s) | %.1f | %.1f | %.1f | %d |",
                        db + (extra.isBlank() ? "" : " " + extra.trim()), n, rowsPerSecond, importSeconds,
                        pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), latencies.length);
                System.out.println("| db | companies | import | search p50 ms | p95 ms | p99 ms | queries |");
                System.out.println(line);
                Files.writeString(results, line + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Writes N rows and keeps an even sample of them to build queries from. */
    private static List<Probe> generate(long n, Path file, int keep) throws Exception {
        NtaDataGenerator generator = new NtaDataGenerator(20261031L);
        long every = Math.max(1, n / keep);
        List<Probe> probes = new ArrayList<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long i = 1; i <= n; i++) {
                String row = generator.row(i);
                out.write(row.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                if (i % every == 0) {
                    List<String> f = CsvLines.split(row);
                    probes.add(new Probe(f.get(6), f.get(28), f.get(1)));
                }
            }
        }
        return probes;
    }

    /**
     * The query mix of a sign-up page: 60% a name prefix of 2-6 characters as typed (often with the legal form),
     * 15% the reading in hiragana, 10% a full name, 10% a corporate number, 5% a name that does not exist.
     */
    private static double[] search(TestEnvironment env, List<Probe> probes, int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        SplittableRandom random = new SplittableRandom(7);
        List<String> mix = new ArrayList<>();
        while (mix.size() < count + 200) {
            Probe p = probes.get(random.nextInt(probes.size()));
            int kind = random.nextInt(100);
            String core = p.name.replace("株式会社", "").replace("有限会社", "").replace("合同会社", "");
            if (kind < 60) {
                mix.add(core.substring(0, Math.min(core.length(), 2 + random.nextInt(5))));
            } else if (kind < 75) {
                String kana = toHiragana(p.kana);
                mix.add(kana.substring(0, Math.min(kana.length(), 3 + random.nextInt(4))));
            } else if (kind < 85) {
                mix.add(p.name);
            } else if (kind < 95) {
                mix.add(p.number);
            } else {
                mix.add("存在しない会社" + random.nextInt(1000));
            }
            // the sign-up page sends nothing shorter than the endpoint's minimum (e.g. "医療法人社" folds to "社")
            if (CompanyNames.key(mix.get(mix.size() - 1)).length() < CompanySearchResource.MIN_QUERY) {
                mix.remove(mix.size() - 1);
            }
        }
        double[] latencies = new double[count];
        for (int i = 0; i < mix.size(); i++) {
            URI uri = URI.create(env.baseUrl() + "/realms/bizid/omakase/companies?limit=10&q="
                    + URLEncoder.encode(mix.get(i), StandardCharsets.UTF_8));
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("search answered " + r.statusCode() + ": " + r.body());
            }
            if (i >= 200) { // the first 200 warm the server up
                latencies[i - 200] = ms;
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String toHiragana(String katakana) {
        StringBuilder out = new StringBuilder();
        for (char c : katakana.toCharArray()) {
            out.append(c >= 0x30A1 && c <= 0x30F6 ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }
}
