package jp.omakase.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import jp.omakase.security.PageSession;

/**
 * Latency of ユーザー管理 ({@code GET {tenant}/users}) as the administrator sees it, client-side with HTTP: one client,
 * requests one after another, a warm-up first, then percentiles.
 */
final class ConsoleLatency {

    /** One kind of request and its latencies (ms), sorted. */
    record Figures(String kind, double[] sorted) {

        double pct(int p) {
            return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
        }
    }

    private final PageSession session;
    private final BenchTenants.Tenant tenant;
    private final int people;

    ConsoleLatency(PageSession session, BenchTenants.Tenant tenant, int people) {
        this.session = session;
        this.tenant = tenant;
        this.people = people;
    }

    /** The four kinds of the issue: page 1, page 50, a search by family name, a search by the start of an e-mail. */
    Figures[] measure(int warmUp, int requests) {
        SplittableRandom random = new SplittableRandom(15);
        int lastPage = Math.max(1, (people + 1 + 49) / 50);
        return new Figures[] {
            kind("page 1", warmUp, requests, i -> "users"),
            kind("page " + Math.min(50, lastPage), warmUp, requests, i -> "users?page=" + Math.min(50, lastPage)),
            kind("search name", warmUp, requests, i -> "users?q="
                    + URLEncoder.encode(BenchPeople.FAMILY[random.nextInt(BenchPeople.FAMILY.length)][0], StandardCharsets.UTF_8)),
            kind("search e-mail prefix", warmUp, requests, i -> "users?q=user" + (1 + random.nextInt(people))),
        };
    }

    private Figures kind(String kind, int warmUp, int requests, IntFunction<String> path) {
        double[] ms = new double[requests];
        for (int i = 0; i < warmUp + requests; i++) {
            String url = tenant.console(path.apply(i));
            long t0 = System.nanoTime();
            HttpResponse<String> page = session.get(url);
            double took = (System.nanoTime() - t0) / 1e6;
            if (page.statusCode() != 200 || !PageSession.has(page, "omakase-users-range")) {
                throw new IllegalStateException(url + " answered " + page.statusCode() + " without a result range");
            }
            if (i >= warmUp) {
                ms[i - warmUp] = took;
            }
        }
        Arrays.sort(ms);
        return new Figures(kind, ms);
    }
}
