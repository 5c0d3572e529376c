package jp.omakase.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.TestEnvironment;

/**
 * A node killed ({@code kill -9}) in the middle of a tenant's purge (-Pcluster): the other node's lifecycle task
 * finishes it from the stored state, each step once, and every mail of the termination arrives once. The cluster
 * runs with {@code contract-retention-days=0} (see {@code ClusterNodes}), so the purge follows the end at once and is
 * driven by the nodes' own timers, not by a test clock.
 */
@KeycloakIT
class ContractPurgeClusterIT {

    /** Members of the tenant: five of the purge's 50-member steps. */
    private static final int MEMBERS = 250;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNodeKilledInTheMiddleOfThePurgeLeavesTheRestToTheOtherNodeWithoutDuplicateStepOrMail(TestEnvironment env)
            throws Exception {
        Contracts.Tenant t = Contracts.tenant(env, null, "purge-cluster");
        String run = "pcl" + UUID.randomUUID().toString().substring(0, 8);
        String secondAdmin = run + "-admin@example.jp";
        String secondAdminId = env.admin().createUser("omakase", Map.of("username", secondAdmin, "email", secondAdmin,
                "enabled", true, "firstName", "二郎", "lastName", "管理"));
        assertEquals(201, env.admin().send("POST", "/realms/omakase/organizations/" + t.contractId() + "/members", secondAdminId).status());
        env.admin().grantRealmRole("omakase", secondAdminId, "omakase-tenant-admin");
        AdminApi.Response group = env.admin().send("POST", "/realms/omakase/organizations/" + t.contractId() + "/groups",
                Map.of("name", "営業部"));
        assertEquals(201, group.status(), group.body());
        String groupId = group.location().substring(group.location().lastIndexOf('/') + 1);
        addMembers(env, t.contractId(), run);
        String ours = "select count(*) from USER_ENTITY u join REALM r on r.ID = u.REALM_ID where r.NAME = 'omakase'"
                + " and u.EMAIL like '" + run + "-%'";
        assertEquals(MEMBERS + 1, env.queryLong(ours), "the members and the second administrator");

        // node A ends the contract now (the operator's request) and starts the steps; A is killed once the purge is under way
        int a = 1;
        AdminApi nodeA = new AdminApi(env.nodes().get(a).baseUrl(), TestEnvironment.ADMIN_USER, TestEnvironment.ADMIN_PASSWORD);
        AdminApi.Response ended = nodeA.send("POST", "/realms/bizid/omakase/contracts/" + t.contractId() + "/termination", null);
        assertEquals(202, ended.status(), ended.body());
        boolean killed = false;
        try {
            long left = env.queryLong(ours);
            Instant deadline = Instant.now().plusSeconds(120);
            while (left > MEMBERS - 10 && left > 0 && Instant.now().isBefore(deadline)) {
                left = env.queryLong(ours);
            }
            assertTrue(left > 0 && left <= MEMBERS - 10, "the purge is under way and not done (" + left + " of " + (MEMBERS + 1)
                    + " accounts left)");
            env.nodes().get(a).kill();
            killed = true;
            Instant killedAt = Instant.now();
            long atKill = env.queryLong(ours);
            assertTrue(atKill > 0, "node A was killed with " + atKill + " accounts still to delete");

            // node B's lifecycle task finishes the purge
            String purged = "select count(*) from OMK_CONTRACT where ID = '" + t.contractId() + "' and STATE = 'PURGED'";
            await(() -> env.queryLong(purged) == 1, killedAt.plusSeconds(180), "contract PURGED by node B");
            assertEquals(0, env.queryLong(ours), "no account of the tenant's people is left");
            assertEquals(0, env.queryLong("select count(*) from ORG where ID = '" + t.contractId() + "'"), "the Organization is gone");
            assertEquals(404, env.admin().send("GET", "/realms/omakase/organizations/" + t.contractId(), null).status());
            assertEquals(404, env.admin().send("GET", "/realms/omakase/users/" + t.adminId(), null).status());
            assertEquals(0, env.queryLong("select count(*) from KEYCLOAK_GROUP where ID = '" + groupId + "'"), "its group is gone");
            JsonNode record = Contracts.record(env, t.contractId());
            assertEquals("PURGED", record.path("state").asText(), record.toString());
            assertEquals(1, env.queryLong("select count(*) from OMK_CONTRACT where ORDER_ID = '" + t.contractor().orderId() + "'"),
                    "one contract for the order");

            // every step once: one 'terminated' and one 'purged' event of the lifecycle task
            Map<String, Integer> steps = steps(env, t.contractId());
            assertEquals(1, steps.getOrDefault("terminated", 0), steps.toString());
            assertEquals(1, steps.getOrDefault("purged", 0), steps.toString());

            // the mails: once the outbox holds nothing more for these addresses, each arrived exactly once
            String outbox = "select count(*) from OMK_MAIL_OUTBOX where RECIPIENT in ('" + t.email() + "', '" + secondAdmin + "')";
            await(() -> env.queryLong(outbox) == 0, Instant.now().plusSeconds(180), "the outbox sent the termination's mails");
            assertEquals(2, Contracts.mails(env, t.email(), Contracts.ENDED_SUBJECT).size(),
                    "ご契約終了のお知らせ once to the contractor and once to the administrator (the same address)");
            assertEquals(1, Contracts.mails(env, secondAdmin, Contracts.ENDED_SUBJECT).size(), "once to the second administrator");
            assertEquals(1, Contracts.mails(env, t.email(), Contracts.PURGED_SUBJECT).size(), "データ削除完了のお知らせ once");
        } finally {
            if (killed) {
                env.restartNode(a);
            }
        }
        HttpResponse<String> back = HTTP.send(HttpRequest.newBuilder(URI.create(env.nodes().get(a).baseUrl()
                + "/realms/bizid/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, back.statusCode(), "node A is back");
    }

    /** {@link #MEMBERS} members without a password ({@code <run>-<n>@example.jp}) through the front, six at a time. */
    private static void addMembers(TestEnvironment env, String orgId, String run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> made = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                String email = run + "-" + i + "@example.jp";
                made.add(pool.submit(() -> {
                    String id = env.admin().createUser("omakase", Map.of("username", email, "email", email, "enabled", true,
                            "firstName", "太郎", "lastName", "社員"));
                    AdminApi.Response joined = env.admin().send("POST", "/realms/omakase/organizations/" + orgId + "/members", id);
                    assertEquals(201, joined.status(), joined.body());
                    return null;
                }));
            }
            for (Future<?> f : made) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many admin events of the contract each lifecycle step has. */
    private static Map<String, Integer> steps(TestEnvironment env, String contractId) throws Exception {
        Map<String, Integer> steps = new java.util.TreeMap<>();
        for (JsonNode e : env.admin().get("/realms/bizid/admin-events?resourcePath=omakase/contracts/" + contractId + "&max=100")) {
            String representation = e.path("representation").asText("");
            if (!representation.isEmpty()) {
                steps.merge(JSON.readTree(representation).path("step").asText(), 1, Integer::sum);
            }
        }
        return steps;
    }

    private static void await(BooleanSupplier done, Instant deadline, String what) {
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not by " + deadline + ": " + what);
            }
            KeycloakServer.sleep(Duration.ofMillis(200));
        }
    }
}
