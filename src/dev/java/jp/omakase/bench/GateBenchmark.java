package jp.omakase.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import jp.omakase.security.PageSession;
import jp.omakase.tenant.ConsoleTenants;
import jp.omakase.tenant.apps.TenantApps;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.TestEnvironment;

/**
 * The access gate's cost (issue 16, "Performance"), over HTTP against a real server of the test harness, in one run:
 * N tenants and M apps (clients of the {@code omakase} realm with the tenant attribute, half OIDC, half SAML, made
 * through the admin REST API by several clients at once); U tenants' administrators, each with an SSO session, log in
 * again and again to an OIDC app and to a SAML app of their tenant (gated: the realm's browser flow with the gate, the
 * app assigned to a group of the tenant that the user is in), and to one OIDC and one SAML client without the tenant
 * attribute whose browser flow is a copy of the realm's without the gate (ungated). The four kinds take turns, in
 * rounds, so that drift on a shared machine falls on all of them. Measured per kind: logins/s, the server's CPU per
 * login ({@code /proc/<pid>/stat}), p50 / p95 latency; then the gated / ungated ratios.
 *
 * <pre>mvn -Pbench-gate verify -Dbench.tenants=1000 -Dbench.apps=5000</pre>
 *
 * Options (defaults): {@code bench.users} (10), {@code bench.threads} (2), {@code bench.seconds} (20 per kind and
 * round), {@code bench.rounds} (3), {@code bench.warmUp} (10 s per kind), {@code bench.setupThreads} (4),
 * {@code bench.db} (h2), {@code bench.kcOptions} (extra start options, e.g. a profiler through JAVA_OPTS_APPEND is
 * set in the environment instead). Results are printed and appended to {@code target/bench/gate.md}.
 */
public final class GateBenchmark {

    private static final String REALM = BenchTenants.REALM;
    private static final String GATE = "omakase-access-gate";
    private static final String UNGATED_FLOW = "bench browser without gate";

    private GateBenchmark() {
    }

    public static void main(String[] args) {
        Benchmarks.runAndExit(GateBenchmark::benchmark);
    }

    private static void benchmark() throws Exception {
        int tenants = Integer.getInteger("bench.tenants", 1000);
        int apps = Integer.getInteger("bench.apps", 5000);
        int users = Math.max(1, Math.min(Integer.getInteger("bench.users", 10), tenants));
        int threads = Integer.getInteger("bench.threads", 2);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int setupThreads = Integer.getInteger("bench.setupThreads", 4);
        System.setProperty("omakase.it.db", System.getProperty("bench.db", "h2"));
        String extra = System.getProperty("bench.kcOptions", "");
        List<String> options = extra.isBlank() ? List.of() : Arrays.asList(extra.trim().split("\\s+"));
        Path dir = Files.createDirectories(Path.of(System.getProperty("omakase.build.dir", "target"), "bench"));
        String run = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder report = new StringBuilder();
        try (TestEnvironment env = TestEnvironment.start(options)) {
            line(report, dir, "%n## Gate benchmark %s (%s, %,d tenants, %,d apps, %d users, %d threads, %d rounds × %d s per kind)%n",
                    LocalDateTime.now().withNano(0), env.database().name().toLowerCase(Locale.ROOT), tenants, apps, users, threads,
                    rounds, seconds);
            AdminApi admin = env.admin();
            long t0 = System.nanoTime();
            List<BenchTenants.Tenant> all = new BenchTenants(admin, run).create(tenants, users, setupThreads);
            double tenantSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            List<GateLogins.Member> members = members(env, all.subList(0, users), run);
            fillerApps(admin, all, apps - 2 * users, run, setupThreads);
            line(report, dir, "Setup: %,d tenants in %.0f s; %,d apps in %.0f s (%.0f apps/s)%n", tenants, tenantSeconds, apps,
                    (System.nanoTime() - t0) / 1e9, apps / ((System.nanoTime() - t0) / 1e9));
            line(report, dir, "Apps in the realm (client search by omakase.tenant of one tenant): %d%n",
                    admin.get(REALM + "/clients?q=" + TenantApps.TENANT + ":" + all.get(0).id()).size());

            String flowId = ungatedFlow(admin);
            GateLogins.Target oidcOpen = oidcClient(admin, null, "bench-open-oidc-" + run, flowId, false);
            GateLogins.Target samlOpen = samlClient(admin, null, "https://open-" + run + ".bench.example/saml", flowId, false);
            // the same role through the same groups as the gated apps: Keycloak's role mappers then do the same work
            for (GateLogins.Member m : members) {
                grant(admin, m.group(), oidcOpen);
                grant(admin, m.group(), samlOpen);
            }
            GateLogins logins = new GateLogins(env.baseUrl(), GateLogins.serverPid());
            Map<String, Function<GateLogins.Member, GateLogins.Target>> kinds = new LinkedHashMap<>();
            kinds.put("OIDC gated", GateLogins.Member::oidc);
            kinds.put("OIDC ungated", m -> oidcOpen);
            kinds.put("SAML gated", GateLogins.Member::saml);
            kinds.put("SAML ungated", m -> samlOpen);
            int warmUp = Integer.getInteger("bench.warmUp", 10);
            for (Function<GateLogins.Member, GateLogins.Target> kind : kinds.values()) {
                GateLogins.Stretch w = logins.run(members, kind, threads, warmUp);
                if (w.logins() == 0) {
                    throw new IllegalStateException("no login in the warm-up: " + w.lastFailure());
                }
            }
            Map<String, List<GateLogins.Stretch>> results = new LinkedHashMap<>();
            kinds.keySet().forEach(k -> results.put(k, new ArrayList<>()));
            for (int r = 0; r < rounds; r++) {
                List<String> order = new ArrayList<>(kinds.keySet());
                if (r % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (String kind : order) {
                    results.get(kind).add(logins.run(members, kinds.get(kind), threads, seconds));
                }
            }
            GateReport.write(results, report, dir);
        }
        System.out.println(report);
    }

    /** Each user: SSO session (a login to the portal), a group of their tenant holding the access role of a gated OIDC and SAML app. */
    private static List<GateLogins.Member> members(TestEnvironment env, List<BenchTenants.Tenant> tenants, String run) {
        AdminApi admin = env.admin();
        List<GateLogins.Member> members = new ArrayList<>();
        for (BenchTenants.Tenant t : tenants) {
            String userId = admin.userIdByEmail("omakase", t.adminEmail());
            String groups = REALM + "/organizations/" + t.id() + "/groups";
            String group = location(BenchTenants.check(admin.send("POST", groups, Map.of("name", "ベンチ部")), 201));
            int joined = admin.send("PUT", groups + "/" + group + "/members/" + userId, null).status();
            if (joined != 204 && joined != 200) {
                throw new IllegalStateException("group membership answered " + joined);
            }
            GateLogins.Target oidc = oidcClient(admin, t.id(), "bench-oidc-" + run + "-" + members.size(), null, true);
            GateLogins.Target saml = samlClient(admin, t.id(), "https://sp-" + run + "-" + members.size() + ".bench.example/saml", null,
                    true);
            for (GateLogins.Target app : List.of(oidc, saml)) {
                grant(admin, groups + "/" + group, app);
            }
            PageSession browser = new PageSession(env.baseUrl());
            browser.logIn("/realms/omakase/omakase/portal/", t.adminEmail(), ConsoleTenants.PASSWORD);
            members.add(new GateLogins.Member(new GateLogins.Sso(browser.cookie("KEYCLOAK_IDENTITY"), browser.cookie("KEYCLOAK_SESSION")),
                    oidc, saml, groups + "/" + group));
        }
        return members;
    }

    /** The client role {@code omakase-access} of {@code app} to the Organization group at {@code group}. */
    private static void grant(AdminApi admin, String group, GateLogins.Target app) {
        String clientUuid = admin.get(REALM + "/clients?clientId=" + app.clientId()).get(0).path("id").asText();
        JsonNode role = admin.get(REALM + "/clients/" + clientUuid + "/roles/" + TenantApps.ACCESS_ROLE);
        BenchTenants.check(admin.send("POST", group + "/role-mappings/clients/" + clientUuid, List.of(role)), 204);
    }

    /** {@code count} more apps spread over the tenants, half OIDC, half SAML, for all members, with the access role. */
    private static void fillerApps(AdminApi admin, List<BenchTenants.Tenant> tenants, int count, String run, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                String tenant = tenants.get(n % tenants.size()).id();
                done.add(pool.submit(() -> n % 2 == 0 ? oidcClient(admin, tenant, "bench-app-" + run + "-" + n, null, false)
                        : samlClient(admin, tenant, "https://app-" + run + "-" + n + ".bench.example/saml", null, false)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A copy of the realm's browser flow without the gate; its id. */
    private static String ungatedFlow(AdminApi admin) {
        String browserFlow = admin.get(REALM).path("browserFlow").asText();
        BenchTenants.check(admin.send("POST", REALM + "/authentication/flows/" + encode(browserFlow) + "/copy",
                Map.of("newName", UNGATED_FLOW)), 201);
        for (JsonNode e : admin.get(REALM + "/authentication/flows/" + encode(UNGATED_FLOW) + "/executions")) {
            if (GATE.equals(e.path("providerId").asText())) {
                BenchTenants.check(admin.send("DELETE", REALM + "/authentication/executions/" + e.path("id").asText(), null), 204);
            }
        }
        for (JsonNode f : admin.get(REALM + "/authentication/flows")) {
            if (UNGATED_FLOW.equals(f.path("alias").asText())) {
                return f.path("id").asText();
            }
        }
        throw new IllegalStateException("the copied flow is missing");
    }

    /** A confidential OIDC client: a tenant's app ({@code tenant} not null) or an ungated client bound to {@code flowId}. */
    private static GateLogins.Target oidcClient(AdminApi admin, String tenant, String clientId, String flowId, boolean chosen) {
        String secret = "bench-secret-" + clientId;
        String redirect = "http://127.0.0.1:9/" + clientId + "/callback";
        Map<String, Object> c = client(tenant, clientId, "openid-connect", flowId, chosen);
        c.putAll(Map.of("publicClient", false, "secret", secret, "standardFlowEnabled", true, "redirectUris", List.of(redirect)));
        create(admin, c, tenant != null);
        return new GateLogins.Target(clientId, false, clientId, secret, redirect);
    }

    /** A SAML client (signed response and assertion, e-mail NameID, three attributes), as {@link #oidcClient}. */
    private static GateLogins.Target samlClient(AdminApi admin, String tenant, String entityId, String flowId, boolean chosen) {
        String acs = entityId.replace("/saml", "/acs");
        Map<String, Object> c = client(tenant, entityId, "saml", flowId, chosen);
        c.put("redirectUris", List.of(acs));
        @SuppressWarnings("unchecked")
        Map<String, String> attributes = (Map<String, String>) c.get("attributes");
        attributes.putAll(Map.of("saml.server.signature", "true", "saml.assertion.signature", "true", "saml.client.signature", "false",
                "saml.signature.algorithm", "RSA_SHA256", "saml.force.post.binding", "true", "saml.authnstatement", "true",
                "saml_name_id_format", "email", "saml_force_name_id_format", "true", "saml_assertion_consumer_url_post", acs));
        List<Map<String, Object>> mappers = new ArrayList<>();
        for (String property : List.of("email", "firstName", "lastName")) {
            mappers.add(Map.of("name", property, "protocol", "saml", "protocolMapper", "saml-user-property-mapper",
                    "config", Map.of("user.attribute", property, "attribute.name", property, "attribute.nameformat", "Basic")));
        }
        c.put("protocolMappers", mappers);
        create(admin, c, tenant != null);
        return new GateLogins.Target(entityId, true, entityId, null, acs);
    }

    private static Map<String, Object> client(String tenant, String clientId, String protocol, String flowId, boolean chosen) {
        Map<String, Object> c = new HashMap<>(Map.of("clientId", clientId, "name", clientId, "protocol", protocol, "enabled", true,
                "directAccessGrantsEnabled", false, "serviceAccountsEnabled", false));
        Map<String, String> attributes = new HashMap<>();
        if (tenant != null) {
            attributes.putAll(Map.of(TenantApps.TENANT, tenant, TenantApps.TEMPLATE, "saml".equals(protocol) ? "custom-saml" : "custom-oidc",
                    TenantApps.ASSIGNMENT, chosen ? "chosen" : TenantApps.ASSIGN_ALL, TenantApps.DISPLAY_NAME, clientId));
        }
        c.put("attributes", attributes);
        if (flowId != null) {
            c.put("authenticationFlowBindingOverrides", Map.of("browser", flowId));
        }
        return c;
    }

    /** Creates the client and its role {@code omakase-access} (an ungated twin gets the role too, for the same role work). */
    private static void create(AdminApi admin, Map<String, Object> client, boolean app) {
        String id = location(BenchTenants.check(admin.send("POST", REALM + "/clients", client), 201));
        BenchTenants.check(admin.send("POST", REALM + "/clients/" + id + "/roles", Map.of("name", TenantApps.ACCESS_ROLE)), 201);
    }

    private static String location(AdminApi.Response created) {
        String location = created.location();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void line(StringBuilder report, Path dir, String format, Object... args) throws java.io.IOException {
        String text = String.format(Locale.ROOT, format, args);
        System.out.print(text);
        report.append(text);
        Files.writeString(dir.resolve("gate.md"), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
