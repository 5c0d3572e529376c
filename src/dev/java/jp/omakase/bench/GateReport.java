package jp.omakase.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The gate benchmark's table: per kind of login the totals over the rounds, then gated / ungated per protocol. */
final class GateReport {

    /** Totals of one kind. */
    record Total(long logins, long failures, double cpuMsPerLogin, double perSecond, double p50, double p95, String lastFailure) {
    }

    private GateReport() {
    }

    static void write(Map<String, List<GateLogins.Stretch>> results, StringBuilder report, Path dir) throws IOException {
        GateBenchmark.line(report, dir, "%n| kind | logins | failed | logins/s | server CPU ms/login | p50 ms | p95 ms |%n"
                + "|---|---|---|---|---|---|---|%n");
        Map<String, Total> totals = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<GateLogins.Stretch>> e : results.entrySet()) {
            Total t = total(e.getValue());
            totals.put(e.getKey(), t);
            GateBenchmark.line(report, dir, "| %s | %,d | %d | %.1f | %.2f | %.1f | %.1f |%n", e.getKey(), t.logins(), t.failures(),
                    t.perSecond(), t.cpuMsPerLogin(), t.p50(), t.p95());
        }
        GateBenchmark.line(report, dir, "%n| protocol | CPU per login gated / ungated (target ≤ 1.05) | p95 gated / ungated (target ≤ 1.1) |%n"
                + "|---|---|---|%n");
        for (String protocol : List.of("OIDC", "SAML")) {
            Total gated = totals.get(protocol + " gated");
            Total open = totals.get(protocol + " ungated");
            GateBenchmark.line(report, dir, "| %s | %.3f | %.3f |%n", protocol, gated.cpuMsPerLogin() / open.cpuMsPerLogin(),
                    gated.p95() / open.p95());
        }
        for (Map.Entry<String, Total> e : totals.entrySet()) {
            if (e.getValue().failures() > 0) {
                GateBenchmark.line(report, dir, "%s: last failure %s%n", e.getKey(), e.getValue().lastFailure());
            }
        }
        GateBenchmark.line(report, dir, "Per round (CPU ms/login): %s%n", perRound(results));
    }

    private static Total total(List<GateLogins.Stretch> stretches) {
        long logins = 0;
        long failures = 0;
        double cpu = 0;
        double seconds = 0;
        List<Long> nanos = new ArrayList<>();
        String last = null;
        for (GateLogins.Stretch s : stretches) {
            logins += s.logins();
            failures += s.failures();
            cpu += s.cpuSeconds();
            seconds += s.seconds();
            nanos.addAll(s.nanos());
            last = s.lastFailure() != null ? s.lastFailure() : last;
        }
        Collections.sort(nanos);
        return new Total(logins, failures, logins == 0 ? 0 : cpu * 1000 / logins, logins / seconds, percentile(nanos, 0.50),
                percentile(nanos, 0.95), last);
    }

    private static String perRound(Map<String, List<GateLogins.Stretch>> results) {
        StringBuilder out = new StringBuilder();
        results.forEach((kind, stretches) -> {
            out.append(kind).append(' ');
            for (GateLogins.Stretch s : stretches) {
                out.append(String.format(java.util.Locale.ROOT, "%.2f ", s.logins() == 0 ? 0 : s.cpuSeconds() * 1000 / s.logins()));
            }
            out.append("; ");
        });
        return out.toString();
    }

    /** The nearest-rank percentile in ms. */
    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1))) / 1e6;
    }
}
