package jp.omakase.security;

import static jp.omakase.testing.OrderApiClient.HTTP;
import static jp.omakase.testing.OrderApiClient.JSON;
import static jp.omakase.testing.OrderApiClient.NO_ROLE;
import static jp.omakase.testing.OrderApiClient.STORE;
import static jp.omakase.testing.OrderApiClient.contractor;
import static jp.omakase.testing.OrderApiClient.get;
import static jp.omakase.testing.OrderApiClient.order;
import static jp.omakase.testing.OrderApiClient.post;
import static jp.omakase.testing.OrderApiClient.token;
import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.provisioning.Provisioned;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.OrderApiClient;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 12, items 6, 9, 10, 12 (order API transport) and 13, each attack made against the real server: foreign and
 * user tokens, bodies the API must not read, another store's orders, personal data in events and failure reasons, an
 * order that names another tenant's administrator, more orders and reissues than a Business ID may make.
 */
@KeycloakIT
class OrderSecurityIT {

    static final String STORE_B = "order-api-it-store-b";
    static final String CONFIRM_SUBJECT = "【おまかせログイン】テナント管理者就任の確認のお願い";
    static final String PASSWORD = "Omakase-2026!";

    @BeforeEach
    void prepare(TestEnvironment env) {
        OrderApiClient.prepare(env);
    }

    // ---- item 12 (transport) and item 9: who may call, before anything is read

    @Test
    void requestWithoutTokenOrWithAnOversizeBodyIsAnsweredBeforeTheBodyIsSent(TestEnvironment env) throws Exception {
        // the request line and headers only: a server that waited for the 5 MB body would not answer in time
        assertTrue(rawPost(env, null, 5_000_000).startsWith("HTTP/1.1 401"));
        assertTrue(rawPost(env, token(env, STORE), 5_000_000).startsWith("HTTP/1.1 413"));

        String token = token(env, STORE);
        String big = "{\"storeOrderNumber\":\"EC-1\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}";
        HttpResponse<String> declared = OrderApiClient.send(env, token, big);
        assertEquals(413, declared.statusCode());
        assertEquals("body_too_large", JSON.readTree(declared.body()).path("error").asText());
        assertEquals("no-store", declared.headers().firstValue("Cache-Control").orElse(""));
        // the same without a declared length (chunked): read up to the limit, then refused
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/omakase/orders"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode());
        assertEquals("body_too_large", JSON.readTree(chunked.body()).path("error").asText());
    }

    @Test
    void onlyClientCredentialsTokensOfAStoreWithTheApiAudienceAreAccepted(TestEnvironment env) throws Exception {
        Map<String, Object> body = order("EC-" + UUID.randomUUID().toString().substring(0, 8), businessId(env, null), contractor("t@example.jp"));

        // a user holding the role, with a token that even names the API's audience: refused
        String userClient = "order-api-it-user-login";
        if (env.admin().get("/realms/bizid/clients?clientId=" + userClient).isEmpty()) {
            assertEquals(201, env.admin().send("POST", "/realms/bizid/clients", Map.of("clientId", userClient, "publicClient", true,
                    "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                    "protocolMappers", List.of(OrderApiClient.audienceMapper()))).status());
        }
        String email = uniqueEmail("role-user");
        String user = businessId(env, email);
        assertEquals(204, env.admin().send("POST", "/realms/bizid/users/" + user + "/role-mappings/realm",
                List.of(env.admin().get("/realms/bizid/roles/" + OrderApiClient.ROLE))).status());
        String userToken = passwordToken(env, userClient, email);
        assertTrue(JSON.readTree(java.util.Base64.getUrlDecoder().decode(userToken.split("\\.")[1])).path("aud").toString()
                .contains(OrderApiClient.AUDIENCE), "the user's token names the API");
        HttpResponse<String> asUser = post(env, userToken, body);
        assertEquals(403, asUser.statusCode(), asUser.body());
        assertEquals("store_service_account_required", JSON.readTree(asUser.body()).path("error").asText());
        assertEquals(403, get(env, userToken, "?subject=" + user).statusCode());

        // a store's service account with the role, but its tokens are not meant for the API (no audience): 401
        OrderApiClient.store(env, "order-api-it-no-audience", true, false);
        HttpResponse<String> noAudience = post(env, token(env, "order-api-it-no-audience"), body);
        assertEquals(401, noAudience.statusCode(), noAudience.body());
        assertTrue(noAudience.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
        assertEquals("no-store", noAudience.headers().firstValue("Cache-Control").orElse(""));

        // audience but no role: 403; nothing was placed by any of them
        assertEquals(403, post(env, token(env, NO_ROLE), body).statusCode());
        assertEquals(0, JSON.readTree(get(env, token(env, STORE), "?subject=" + body.get("subject")).body()).size());
    }

    @Test
    void eachStoreSeesOnlyItsOwnOrdersAndHasItsOwnNumbers(TestEnvironment env) throws Exception {
        OrderApiClient.store(env, STORE_B, true, true);
        String subject = businessId(env, null);
        String number = "EC-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> ofA = contractor("a@example.jp");
        ofA.put("phone", "03-1111-2222");
        Map<String, Object> ofB = contractor("b@example.jp");

        HttpResponse<String> a = post(env, token(env, STORE), order(number, subject, ofA));
        assertEquals(201, a.statusCode(), a.body());
        assertEquals("no-store", a.headers().firstValue("Cache-Control").orElse(""));
        // the same number in another store is another order, not a conflict
        HttpResponse<String> b = post(env, token(env, STORE_B), order(number, subject, ofB));
        assertEquals(201, b.statusCode(), b.body());
        String idA = JSON.readTree(a.body()).path("id").asText();
        String idB = JSON.readTree(b.body()).path("id").asText();
        assertNotEquals(idA, idB);
        assertEquals(STORE_B, JSON.readTree(b.body()).path("store").asText());

        // reading across stores: 404, lists only the caller's
        assertEquals(404, get(env, token(env, STORE_B), "/" + idA).statusCode());
        assertEquals(404, get(env, token(env, STORE), "/" + idB).statusCode());
        HttpResponse<String> own = get(env, token(env, STORE), "/" + idA);
        assertEquals(200, own.statusCode());
        assertEquals("no-store", own.headers().firstValue("Cache-Control").orElse(""));
        JsonNode listB = JSON.readTree(get(env, token(env, STORE_B), "?subject=" + subject).body());
        assertEquals(1, listB.size());
        assertEquals(idB, listB.get(0).path("id").asText());

        // a conflict in store B tells about B's order only
        Map<String, Object> changed = contractor("b@example.jp");
        changed.put("department", "総務部");
        HttpResponse<String> conflict = post(env, token(env, STORE_B), order(number, subject, changed));
        assertEquals(409, conflict.statusCode());
        assertFalse(conflict.body().contains(idA) || conflict.body().contains("03-1111-2222") || conflict.body().contains("a@example.jp"),
                conflict.body());
        // and store A's twin with A's body is still A's same order
        assertEquals(idA, JSON.readTree(post(env, token(env, STORE), order(number, subject, ofA)).body()).path("id").asText());

        // both orders become tenants (same company, same number: the names still differ)
        assertEquals("ACTIVE", Provisioned.awaitOrder(env, idA, Duration.ofSeconds(30), o -> "ACTIVE".equals(o.path("state").asText())).path("state").asText());
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode orderB = JSON.readTree(get(env, token(env, STORE_B), "/" + idB).body());
        while (!"ACTIVE".equals(orderB.path("state").asText()) && Instant.now().isBefore(deadline)) {
            KeycloakServer.sleep(Duration.ofMillis(300));
            orderB = JSON.readTree(get(env, token(env, STORE_B), "/" + idB).body());
        }
        assertEquals("ACTIVE", orderB.path("state").asText(), orderB.toString());
    }

    // ---- item 10: events and failure reasons

    @Test
    void orderEventsCarryIdsAndFailureReasonsAreCodes(TestEnvironment env) throws Exception {
        String email = uniqueEmail("event");
        String subject = businessId(env, email);
        JsonNode placed = OrderApiClient.place(env, subject, email);
        String id = placed.path("id").asText();
        String representation = "";
        for (JsonNode e : env.admin().get("/realms/bizid/admin-events?resourcePath=omakase/orders/" + id + "&max=100")) {
            if ("OMAKASE_ORDER".equals(e.path("resourceType").asText())) {
                representation = e.path("representation").asText();
            }
        }
        assertTrue(representation.contains(placed.path("contractId").asText()), representation);
        assertFalse(representation.contains(email) || representation.contains("山田") || representation.contains("03-1234-5678")
                || representation.contains("contractor"), representation);

        // the realm file expires stored events
        for (String realm : List.of("bizid", "omakase")) {
            JsonNode rep = env.admin().get("/realms/" + realm);
            assertEquals(2_592_000, rep.path("eventsExpiration").asLong(), realm);
            assertEquals("15552000", rep.path("attributes").path("adminEventsExpiration").asText(), realm);
        }

        // provisioning fails (the service realm has no Organizations): the reason is a code, as the API shows it
        assertEquals(204, env.admin().send("PUT", "/realms/omakase", Map.of("organizationsEnabled", false)).status());
        String failing;
        try {
            String other = uniqueEmail("failing");
            failing = OrderApiClient.place(env, businessId(env, other), other).path("id").asText();
            JsonNode failed = Provisioned.awaitOrder(env, failing, Duration.ofSeconds(30), o -> !o.path("failureReason").asText().isEmpty());
            assertEquals("service_realm_missing", failed.path("failureReason").asText());
        } finally {
            assertEquals(204, env.admin().send("PUT", "/realms/omakase", Map.of("organizationsEnabled", true)).status());
        }
        JsonNode active = Provisioned.awaitOrder(env, failing, Duration.ofSeconds(30), o -> "ACTIVE".equals(o.path("state").asText()));
        assertTrue(active.path("failureReason").asText().isEmpty(), active.toString());
        String events = env.admin().get("/realms/bizid/admin-events?resourcePath=omakase/orders/" + failing + "&max=100").toString();
        assertTrue(events.contains("service_realm_missing"), events);
        assertFalse(events.contains("Exception:") || events.contains("@example.jp"), events);
    }

    // ---- item 13: the administrator through the user profile

    @Test
    void administratorRefusedByTheUserProfileIsNotCreated(TestEnvironment env) throws Exception {
        String email = uniqueEmail("profile");
        Map<String, Object> c = contractor(email);
        c.put("name", "山田 $太郎"); // the service realm's profile refuses '$' in names (person-name-prohibited-characters)
        HttpResponse<String> r = post(env, token(env, STORE), order("EC-" + UUID.randomUUID().toString().substring(0, 8),
                businessId(env, email), c));
        assertEquals(201, r.statusCode(), r.body());
        JsonNode failed = Provisioned.awaitOrder(env, JSON.readTree(r.body()).path("id").asText(), Duration.ofSeconds(30),
                o -> "FAILED".equals(o.path("state").asText()));
        assertEquals("admin_profile_invalid", failed.path("failureReason").asText(), "refused data is not retried");
        assertEquals(0, env.admin().get("/realms/omakase/users?exact=true&email=" + email).size());
        assertEquals(404, env.admin().send("GET", "/realms/omakase/organizations/" + failed.path("contractId").asText(), null).status(),
                "the tenant transaction was rolled back");
    }

    // ---- item 6: existing accounts, open contracts, reissues

    @Test
    void existingAccountBecomesAdministratorOnlyWhenItsOwnerConfirms(TestEnvironment env, Browser browser) throws Exception {
        // X administers tenant 1 and has set a password through the first-login link
        String x = uniqueEmail("admin-x");
        JsonNode first = OrderApiClient.place(env, businessId(env, uniqueEmail("owner")), x);
        MimeMessage start = Mails.awaitMailTo(env.mail(), x, Provisioned.START_SUBJECT, Duration.ofSeconds(30));
        Provisioned.openAdminLink(browser, Provisioned.adminLink(env, start));
        KeycloakPages.updatePassword(browser, Provisioned.ADMIN_PASSWORD);
        browser.find(By.id("username"));
        Provisioned.awaitOrder(env, first.path("id").asText(), Duration.ofSeconds(10), o -> "ACTIVE".equals(o.path("state").asText()));
        String adminId = env.admin().get("/realms/omakase/users?exact=true&email=" + x).get(0).path("id").asText();
        browser.driver().manage().deleteAllCookies();

        // another Business ID orders a tenant naming X as its administrator
        JsonNode attack = OrderApiClient.place(env, businessId(env, uniqueEmail("attacker")), x);
        JsonNode second = Provisioned.awaitOrder(env, attack.path("id").asText(), Duration.ofSeconds(30), o -> "SENT".equals(o.path("noticeState").asText()));
        String tenant2 = second.path("contractId").asText();
        assertEquals("ACTIVE", second.path("state").asText());
        assertEquals(0, env.admin().get("/realms/omakase/organizations/" + tenant2 + "/members").size(), "X is no member before confirming");
        MimeMessage ask = Mails.awaitMailTo(env.mail(), x, CONFIRM_SUBJECT, Duration.ofSeconds(30));
        String text = Mails.text(ask);
        assertFalse(text.contains("first-login"), "no password link for an existing account: " + text);
        assertEquals(1, Mails.mailsTo(env.mail(), x).stream().filter(m -> Provisioned.START_SUBJECT.equals(Mails.subject(m))).count());
        String link = Mails.firstLink(text, env.baseUrl() + "/realms/omakase/omakase/tenant/confirm-admin?key=");

        // a mail scanner's GET changes nothing
        HttpResponse<String> scanner = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, scanner.statusCode(), "to the login first");
        assertEquals(0, env.admin().get("/realms/omakase/organizations/" + tenant2 + "/members").size());

        // X opens it, logs in, sees the question; only the button makes X the administrator
        browser.open(link);
        KeycloakPages.logIn(browser, x, Provisioned.ADMIN_PASSWORD);
        assertTrue(browser.find(By.id("omakase-confirm-question")).getText().contains(second.path("tenantName").asText()));
        assertEquals(0, env.admin().get("/realms/omakase/organizations/" + tenant2 + "/members").size());
        browser.screenshot("admin-confirm-ja");
        browser.click(By.name("confirm"));
        assertTrue(browser.find(By.id("omakase-confirm-done")).getText().contains("管理者になりました"), browser.text());
        JsonNode members = env.admin().get("/realms/omakase/organizations/" + tenant2 + "/members");
        assertEquals(1, members.size());
        assertEquals(adminId, members.get(0).path("id").asText());

        // the link worked once
        browser.open(link);
        assertTrue(browser.find(By.id("omakase-confirm-invalid")).isDisplayed());
    }

    @Test
    void ordersBeyondTheOpenContractLimitWaitForTheOperator(TestEnvironment env) throws Exception {
        String subject = businessId(env, null);
        String token = token(env, STORE);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<JsonNode> placed = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String email = uniqueEmail("limit" + i);
                calls.add(() -> post(env, token, order("EC-" + UUID.randomUUID().toString().substring(0, 8), subject, contractor(email))));
            }
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                assertEquals(201, f.get().statusCode(), f.get().body());
                placed.add(JSON.readTree(f.get().body()));
            }
        } finally {
            pool.shutdown();
        }
        List<String> held = placed.stream().filter(o -> "HELD".equals(o.path("state").asText())).map(o -> o.path("id").asText()).toList();
        assertEquals(2, held.size(), "5 simultaneous orders, 3 open contracts allowed: " + placed);

        KeycloakServer.sleep(Duration.ofSeconds(6)); // longer than redrive-after: the re-drive task had its chance
        for (String id : held) {
            JsonNode o = OrderApiClient.fetch(env, id);
            assertEquals("HELD", o.path("state").asText());
            assertTrue(o.path("organizationId").asText().isEmpty(), o.toString());
            assertEquals(404, env.admin().send("GET", "/realms/omakase/organizations/" + o.path("contractId").asText(), null).status());
        }
        // the operator releases one
        var released = env.admin().send("POST", "/realms/bizid/omakase/orders/" + held.get(0) + "/provisioning", null);
        assertEquals(202, released.status());
        assertTrue(released.json().path("released").asBoolean(), released.body());
        Provisioned.awaitOrder(env, held.get(0), Duration.ofSeconds(30), o -> "ACTIVE".equals(o.path("state").asText()));
        assertEquals("HELD", OrderApiClient.fetch(env, held.get(1)).path("state").asText());
    }

    @Test
    void reissuesAreLimitedPerContractAndPerBusinessId(TestEnvironment env, Browser browser) throws Exception {
        // the test server allows 2 reissues per contract and 4 per Business ID in 24 hours
        String email = uniqueEmail("reissue");
        String subject = businessId(env, email);
        List<String> contracts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode o = OrderApiClient.place(env, subject, uniqueEmail("reissue-admin" + i));
            contracts.add(Provisioned.awaitOrder(env, o.path("id").asText(), Duration.ofSeconds(30),
                    n -> "SENT".equals(n.path("noticeState").asText())).path("contractId").asText());
        }
        browser.open(env.baseUrl() + "/realms/bizid/omakase/contracts/");
        KeycloakPages.logIn(browser, email, PASSWORD);
        assertTrue(reissue(browser, contracts.get(0)).contains("再発行し"));
        assertTrue(reissue(browser, contracts.get(1)).contains("再発行し"));
        KeycloakServer.sleep(Duration.ofSeconds(65)); // past the one-minute pause after a reissued mail
        assertTrue(reissue(browser, contracts.get(0)).contains("再発行し"));
        String perContract = reissue(browser, contracts.get(0));
        assertTrue(perContract.contains("上限"), perContract);
        assertTrue(reissue(browser, contracts.get(2)).contains("再発行し"));
        String perBusinessId = reissue(browser, contracts.get(1));
        assertTrue(perBusinessId.contains("上限"), perBusinessId);
        String events = env.admin().get("/realms/bizid/admin-events?max=500").toString();
        assertTrue(events.contains("reissue-limited"), "the refusals are admin events");
    }

    /** Presses 「管理者用初回ログインURLを再発行する」 of one contract; answers the page's message. */
    private static String reissue(Browser browser, String contractId) {
        browser.click(By.cssSelector("#omakase-contract-" + contractId + " button[name=reissue]"));
        return browser.text();
    }

    private static String rawPost(TestEnvironment env, String token, long declaredLength) throws Exception {
        URI base = URI.create(env.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /realms/bizid/omakase/orders HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Length: " + declaredLength + "\r\n\r\n{\"storeOrderNumber\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Instant start = Instant.now();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10);
            return status == null ? "" : status;
        }
    }

    private static String passwordToken(TestEnvironment env, String clientId, String email) throws Exception {
        String form = "grant_type=password&client_id=" + clientId + "&username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    private static String businessId(TestEnvironment env, String email) {
        return env.admin().createBusinessId(email == null ? uniqueEmail("bid") : email, PASSWORD, Map.of());
    }

}
