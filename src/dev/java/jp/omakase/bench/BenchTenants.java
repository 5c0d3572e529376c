package jp.omakase.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import jp.omakase.profile.ProfileAttributes;
import jp.omakase.tenant.ConsoleTenants;
import jp.omakase.testing.AdminApi;

/**
 * The tenant benchmark's data through Keycloak's admin REST API: tenants (an Organization with its administrator, who is
 * a member with the realm role {@code omakase-tenant-admin}), the OIDC client the login load uses, and the admin-REST
 * way of adding users to a tenant (create user + add Organization member) that the CSV import is compared with.
 */
final class BenchTenants {

    /** The public client with direct access grants through which the login load logs in. */
    static final String LOGIN_CLIENT = "bench-login";
    static final String REALM = "/realms/omakase";

    /** A tenant: Organization id, its administrator's e-mail and whether that administrator has a password. */
    record Tenant(String id, String adminEmail, boolean withPassword) {

        String console(String path) {
            return ConsoleTenants.CONSOLE + id + "/" + path;
        }
    }

    private final AdminApi admin;
    private final String run;
    private JsonNode adminRole;

    BenchTenants(AdminApi admin, String run) {
        this.admin = admin;
        this.run = run;
    }

    /**
     * Creates {@code count} tenants with {@code threads} concurrent admin clients; the administrators of the first
     * {@code withPassword} tenants get {@link ConsoleTenants#PASSWORD} (the others are invited-like: no password, which
     * saves a password hash each).
     */
    List<Tenant> create(int count, int withPassword, int threads) throws Exception {
        adminRole = admin.get(REALM + "/roles/omakase-tenant-admin");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Tenant>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> tenant(n, n < withPassword)));
            }
            List<Tenant> tenants = new ArrayList<>();
            for (Future<Tenant> f : futures) {
                tenants.add(f.get());
            }
            return tenants;
        } finally {
            pool.shutdown();
        }
    }

    private Tenant tenant(int n, boolean withPassword) {
        String alias = "b" + run + "-" + n;
        AdminApi.Response org = admin.send("POST", REALM + "/organizations", Map.of("name", "ベンチ商事" + alias, "alias", alias,
                "enabled", true));
        String orgId = id(check(org, 201));
        String email = "admin-" + alias + "@bench.example.jp";
        Map<String, Object> user = new HashMap<>(Map.of("username", email, "email", email, "enabled", true,
                "emailVerified", true, "firstName", "花子", "lastName", "管理"));
        if (withPassword) {
            user.put("credentials", List.of(Map.of("type", "password", "value", ConsoleTenants.PASSWORD, "temporary", false)));
        } else {
            user.put("requiredActions", List.of("UPDATE_PASSWORD"));
        }
        String userId = admin.createUser("omakase", user);
        check(admin.send("POST", REALM + "/organizations/" + orgId + "/members", userId), 201);
        check(admin.send("POST", REALM + "/users/" + userId + "/role-mappings/realm", List.of(adminRole)), 204);
        return new Tenant(orgId, email, withPassword);
    }

    /** The public client {@link #LOGIN_CLIENT} with direct access grants (password logins without pages). */
    void createLoginClient() {
        check(admin.send("POST", REALM + "/clients", Map.of("clientId", LOGIN_CLIENT, "publicClient", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true)), 201);
    }

    /**
     * Keycloak's own way to the CSV import's result: for each person, create the user (the same attributes, required
     * action UPDATE_PASSWORD, no password) and add it to the Organization; {@code clients} concurrent admin clients.
     * Returns the users created per second.
     */
    double createMembers(Tenant tenant, List<BenchPeople.Person> people, String domain, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < people.size(); i = next.getAndIncrement()) {
                        member(tenant, people.get(i), domain);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        return people.size() / ((System.nanoTime() - start) / 1e9);
    }

    private void member(Tenant tenant, BenchPeople.Person p, String domain) {
        String email = p.email(domain);
        Map<String, Object> attributes = Map.of(ProfileAttributes.LAST_NAME_KANA, List.of(p.lastKana()),
                ProfileAttributes.FIRST_NAME_KANA, List.of(p.firstKana()), ProfileAttributes.DEPARTMENT, List.of(p.department()),
                ProfileAttributes.PHONE, List.of(p.phone()));
        String userId = admin.createUser("omakase", Map.of("username", email, "email", email, "enabled", true,
                "firstName", p.first(), "lastName", p.last(), "attributes", attributes,
                "requiredActions", List.of("UPDATE_PASSWORD")));
        check(admin.send("POST", REALM + "/organizations/" + tenant.id() + "/members", userId), 201);
    }

    /** The number of members of the tenant, as Keycloak counts them. */
    long memberCount(Tenant tenant) {
        return admin.get(REALM + "/organizations/" + tenant.id() + "/members/count").asLong();
    }

    private static String id(AdminApi.Response created) {
        String location = created.location();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static AdminApi.Response check(AdminApi.Response r, int expected) {
        if (r.status() != expected) {
            throw new IllegalStateException("expected " + expected + ", got " + r.status() + ": " + r.body());
        }
        return r;
    }
}
