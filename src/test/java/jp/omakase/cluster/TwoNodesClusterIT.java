package jp.omakase.cluster;

import static jp.omakase.provisioning.Provisioned.START_SUBJECT;
import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.OrderApiClient;
import jp.omakase.testing.TestEnvironment;

/**
 * Two Keycloak nodes on one PostgreSQL database behind a round-robin front (-Pcluster): limits, caches and the
 * provisioning work hold for the cluster, not per node. The node crash comes last (the node is started again after it).
 */
@KeycloakIT
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesClusterIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Business ID e-mail → its user id (the order's subject). */
    private static final Map<String, String> SUBJECTS = Collections.synchronizedMap(new HashMap<>());

    @Test
    @Order(1)
    void companySearchesOfOneClientAreLimitedForTheClusterNotPerNode(TestEnvironment env) throws Exception {
        String client = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
        int[] before = {env.front().served(0), env.front().served(1)};
        int ok = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 70; i++) {
            last = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/omakase/companies?q="
                    + URLEncoder.encode("ミナト", StandardCharsets.UTF_8))).header("X-Forwarded-For", client).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == 200) {
                ok++;
            }
        }
        assertEquals(60, ok, "60 searches a minute for the client on both nodes together, not 60 on each");
        assertEquals(429, last.statusCode(), last.body());
        assertTrue(env.front().served(0) - before[0] >= 35 && env.front().served(1) - before[1] >= 35,
                "both nodes answered about half of the searches");
    }

    @Test
    @Order(2)
    void aUserDisabledOnOneNodeCannotLogInOnTheOtherAtTheNextLogin(TestEnvironment env) throws Exception {
        String email = uniqueEmail("cluster-disabled");
        String password = "Cluster-Pass-2026";
        String id = env.admin().createBusinessId(email, password, Map.of());
        AdminApi nodeA = new AdminApi(env.nodes().get(0).baseUrl(), TestEnvironment.ADMIN_USER, TestEnvironment.ADMIN_PASSWORD);
        String nodeB = env.nodes().get(1).baseUrl();

        assertEquals(200, passwordGrant(nodeB, email, password).statusCode(), "node B has the user in its cache now");
        assertEquals(204, nodeA.send("PUT", "/realms/bizid/users/" + id, Map.of("enabled", false)).status());
        HttpResponse<String> refused = passwordGrant(nodeB, email, password);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("invalid_grant"), refused.body());

        assertEquals(204, new AdminApi(nodeB, TestEnvironment.ADMIN_USER, TestEnvironment.ADMIN_PASSWORD)
                .send("PUT", "/realms/bizid/users/" + id, Map.of("enabled", true)).status());
        assertEquals(200, passwordGrant(env.nodes().get(0).baseUrl(), email, password).statusCode(), "enabled again on node A");
    }

    @Test
    @Order(3)
    void twoHundredOrdersSomePostedTwiceToBothNodesGiveTwoHundredTenantsAndMails(TestEnvironment env) throws Exception {
        String run = "CL" + UUID.randomUUID().toString().substring(0, 6);
        List<String> emails = businessIds(env, run.toLowerCase(), 200);
        String token = OrderApiClient.token(env, OrderApiClient.STORE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> placed = new ArrayList<>();
            for (int i = 0; i < emails.size(); i++) {
                int n = i;
                placed.add(pool.submit(() -> {
                    String body = OrderApiClient.JSON.writeValueAsString(OrderApiClient.order(run + "-" + n, subjectOf(env, emails.get(n)),
                            OrderApiClient.contractor(emails.get(n))));
                    if (n % 4 != 0) {
                        return placedId(post(env, n % 2, token, body));
                    }
                    // every fourth order is posted to both nodes at once (a store that retried through the other node)
                    CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> post(env, 0, token, body));
                    CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> post(env, 1, token, body));
                    String idA = placedId(a.join());
                    assertEquals(idA, placedId(b.join()), "both nodes answer the one order");
                    return idA;
                }));
            }
            for (Future<String> f : placed) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        awaitStartMails(env, emails, Instant.now().plus(Duration.ofMinutes(3)));
        assertOnceEach(env, run, emails);
    }

    @Test
    @Order(4)
    void ordersOfANodeKilledMidProvisioningGetTheirMailWithin30SecondsExactlyOnce(TestEnvironment env) throws Exception {
        String run = "KL" + UUID.randomUUID().toString().substring(0, 6);
        List<String> emails = businessIds(env, run.toLowerCase(), 40);
        String token = OrderApiClient.token(env, OrderApiClient.STORE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> placed = new ArrayList<>();
            for (int i = 0; i < emails.size(); i++) {
                int n = i;
                placed.add(pool.submit(() -> placedId(post(env, 1, token, OrderApiClient.JSON.writeValueAsString(
                        OrderApiClient.order(run + "-" + n, subjectOf(env, emails.get(n)), OrderApiClient.contractor(emails.get(n))))))));
            }
            for (Future<String> f : placed) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long before = startMails(env, emails);
        env.nodes().get(1).kill();
        Instant killed = Instant.now();
        assertTrue(before < emails.size(), "the node was killed with orders still to provision (" + before + " mails before)");

        awaitStartMails(env, emails, killed.plus(Duration.ofSeconds(30)));
        assertOnceEach(env, run, emails);

        env.restartNode(1);
        HttpResponse<String> back = HTTP.send(HttpRequest.newBuilder(URI.create(env.nodes().get(1).baseUrl()
                + "/realms/bizid/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, back.statusCode(), "the node is back");
    }

    // --- helpers

    private static List<String> businessIds(TestEnvironment env, String prefix, int count) throws Exception {
        OrderApiClient.prepare(env);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String email = uniqueEmail(prefix + "-" + i);
                made.add(pool.submit(() -> {
                    SUBJECTS.put(email, env.admin().createBusinessId(email, null, Map.of()));
                    return email;
                }));
            }
            List<String> emails = new ArrayList<>();
            for (Future<String> f : made) {
                emails.add(f.get());
            }
            return emails;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String subjectOf(TestEnvironment env, String email) {
        return SUBJECTS.get(email);
    }

    /** Posts the order straight to node {@code n} (not through the front). */
    private static HttpResponse<String> post(TestEnvironment env, int n, String token, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(env.nodes().get(n).baseUrl() + "/realms/bizid/omakase/orders"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String placedId(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
        try {
            return OrderApiClient.JSON.readTree(r.body()).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> passwordGrant(String node, String email, String password) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(node + "/realms/bizid/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** サービス利用開始通知 received so far for these addresses. */
    private static long startMails(TestEnvironment env, List<String> emails) {
        return startMailsByAddress(env, emails).values().stream().mapToLong(Integer::longValue).sum();
    }

    private static Map<String, Integer> startMailsByAddress(TestEnvironment env, List<String> emails) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> wanted = new HashSet<>(emails);
        for (MimeMessage m : env.mail().getReceivedMessages()) {
            if (!START_SUBJECT.equals(Mails.subject(m))) {
                continue;
            }
            try {
                for (Address a : m.getAllRecipients()) {
                    String to = ((InternetAddress) a).getAddress().toLowerCase(Locale.ROOT);
                    if (wanted.contains(to)) {
                        counts.merge(to, 1, Integer::sum);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    private static void awaitStartMails(TestEnvironment env, List<String> emails, Instant deadline) {
        long got = startMails(env, emails);
        while (got < emails.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(got + " of " + emails.size() + " サービス利用開始通知 by " + deadline);
            }
            KeycloakServer.sleep(Duration.ofMillis(200));
            got = startMails(env, emails);
        }
    }

    /** One order, one ACTIVE contract with its notice SENT, one tenant and one mail per address: no twin, no duplicate. */
    private static void assertOnceEach(TestEnvironment env, String run, List<String> emails) {
        String ours = "(select ID from OMK_ORDER where ORDER_NUMBER like '" + run + "-%')";
        assertEquals(emails.size(), env.queryLong("select count(*) from OMK_ORDER where ORDER_NUMBER like '" + run + "-%'"
                + " and STATE = 'ACTIVE'"), "every order once, ACTIVE");
        // every notice recorded as sent: no attempt is left that could send a second mail
        Instant deadline = Instant.now().plusSeconds(20);
        while (env.queryLong("select count(*) from OMK_CONTRACT where NOTICE_STATE = 'SENT' and ORDER_ID in " + ours) < emails.size()
                && Instant.now().isBefore(deadline)) {
            KeycloakServer.sleep(Duration.ofMillis(200));
        }
        assertEquals(emails.size(), env.queryLong("select count(*) from OMK_CONTRACT where NOTICE_STATE = 'SENT' and ORDER_ID in " + ours));
        assertEquals(emails.size(), env.queryLong("select count(*) from ORG where ID in (select ID from OMK_CONTRACT where ORDER_ID in "
                + ours + ")"), "one tenant per order");
        assertEquals(emails.size(), env.queryLong("select count(*) from OMK_CONTRACT where ORDER_ID in " + ours), "one contract per order");
        Map<String, Integer> mails = startMailsByAddress(env, emails);
        assertEquals(emails.size(), mails.size(), "a mail for every address");
        mails.forEach((address, n) -> assertEquals(1, n, "one サービス利用開始通知 for " + address));
    }
}
