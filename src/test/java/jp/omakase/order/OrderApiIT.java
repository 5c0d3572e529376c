package jp.omakase.order;

import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static jp.omakase.testing.OrderApiClient.HTTP;
import static jp.omakase.testing.OrderApiClient.JSON;
import static jp.omakase.testing.OrderApiClient.NO_ROLE;
import static jp.omakase.testing.OrderApiClient.STORE;
import static jp.omakase.testing.OrderApiClient.get;
import static jp.omakase.testing.OrderApiClient.order;
import static jp.omakase.testing.OrderApiClient.post;
import static jp.omakase.testing.OrderApiClient.send;
import static jp.omakase.testing.OrderApiClient.token;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.omakase.testing.OrderApiClient;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/** The order API for real web stores: authorisation, validation, idempotency on the store order number, concurrency. */
@KeycloakIT
class OrderApiIT {

    @BeforeEach
    void prepare(TestEnvironment env) {
        OrderApiClient.prepare(env);
    }

    @Test
    void newOrderThenSameBodyThenDifferentBody(TestEnvironment env) throws Exception {
        String subject = businessId(env);
        String number = "EC-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = order(number, subject, contractor());

        HttpResponse<String> created = post(env, token(env, STORE), body);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode order = JSON.readTree(created.body());
        String id = order.path("id").asText();
        assertEquals(env.baseUrl() + "/realms/bizid/omakase/orders/" + id, created.headers().firstValue("Location").orElse(""));
        assertEquals(number, order.path("orderNumber").asText());
        assertEquals(subject, order.path("subject").asText());
        assertEquals("ORDERED", order.path("state").asText());
        assertEquals("PENDING", order.path("contractState").asText(), "the order opened its contract");
        assertTrue(order.path("contractId").asText().length() == 36);
        assertEquals("omakase-login", order.path("productCode").asText());
        assertEquals(1, order.path("quantity").asInt());
        assertEquals(0, order.path("initialFee").asLong());
        assertEquals(0, order.path("monthlyFee").asLong());
        assertEquals(10, order.path("taxRate").asInt());
        assertEquals(0, order.path("total").asLong());
        assertEquals("ヤマダショウジ", order.path("contractor").path("companyKana").asText());
        assertEquals(List.of("MON", "TUE"), JSON.convertValue(order.path("contractor").path("contactDays"), List.class), "stored sorted");

        HttpResponse<String> again = post(env, token(env, STORE), body);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(id, JSON.readTree(again.body()).path("id").asText(), "the same order, not a second one");

        Map<String, Object> otherContractor = contractor();
        otherContractor.put("phone", "090-9999-0000");
        HttpResponse<String> conflict = post(env, token(env, STORE), order(number, subject, otherContractor));
        assertEquals(409, conflict.statusCode(), conflict.body());
        assertEquals("order_number_in_use", JSON.readTree(conflict.body()).path("error").asText());

        HttpResponse<String> one = get(env, token(env, STORE), "/" + id);
        assertEquals(200, one.statusCode());
        assertEquals(number, JSON.readTree(one.body()).path("orderNumber").asText());
        JsonNode list = JSON.readTree(get(env, token(env, STORE), "?subject=" + subject).body());
        assertEquals(1, list.size());
        assertEquals(404, get(env, token(env, STORE), "/" + UUID.randomUUID()).statusCode());

        // one admin event, written with the order
        int events = 0;
        for (JsonNode e : env.admin().get("/realms/bizid/admin-events?max=500")) {
            if ("OMAKASE_ORDER".equals(e.path("resourceType").asText()) && ("omakase/orders/" + id).equals(e.path("resourcePath").asText())) {
                assertEquals("CREATE", e.path("operationType").asText());
                events++;
            }
        }
        assertEquals(1, events);
    }

    @Test
    void callersWithoutTokenOrRoleAreRefused(TestEnvironment env) throws Exception {
        Map<String, Object> body = order("EC-" + UUID.randomUUID().toString().substring(0, 8), businessId(env), contractor());
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/omakase/orders"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, post(env, "not-a-token", body).statusCode());
        assertEquals(403, post(env, token(env, NO_ROLE), body).statusCode());
        assertEquals(403, get(env, token(env, NO_ROLE), "?subject=x").statusCode());
    }

    @Test
    void malformedRequestsNameEachField(TestEnvironment env) throws Exception {
        String token = token(env, STORE);
        HttpResponse<String> notJson = send(env, token, "{not json");
        assertEquals(400, notJson.statusCode());
        assertEquals("invalid_json", JSON.readTree(notJson.body()).path("error").asText());

        JsonNode empty = JSON.readTree(send(env, token, "{}").body()).path("fields");
        assertEquals("required", empty.path("storeOrderNumber").asText());
        assertEquals("required", empty.path("subject").asText());
        assertEquals("required", empty.path("productCode").asText());
        assertEquals("required", empty.path("contractor").asText());

        Map<String, Object> bad = contractor();
        bad.put("companyKana", "やまだしょうじ");
        bad.put("nameKana", "");
        bad.put("postalCode", "1000");
        bad.put("phone", "12345");
        bad.put("email", "taro@");
        bad.put("companyName", "株".repeat(101));
        bad.put("contactDays", List.of("SUN"));
        bad.put("contactHours", List.of("17-19"));
        Map<String, Object> body = order("bad number!", UUID.randomUUID().toString(), bad);
        body.put("productCode", "something-else");
        body.put("quantity", 2);
        HttpResponse<String> r = post(env, token, body);
        assertEquals(400, r.statusCode());
        JsonNode fields = JSON.readTree(r.body()).path("fields");
        assertEquals("format", fields.path("storeOrderNumber").asText());
        assertEquals("unknown_user", fields.path("subject").asText());
        assertEquals("unknown_product", fields.path("productCode").asText());
        assertEquals("unsupported_quantity", fields.path("quantity").asText());
        assertEquals("katakana", fields.path("contractor.companyKana").asText());
        assertEquals("required", fields.path("contractor.nameKana").asText());
        assertEquals("postal_code", fields.path("contractor.postalCode").asText());
        assertEquals("phone", fields.path("contractor.phone").asText());
        assertEquals("email", fields.path("contractor.email").asText());
        assertEquals("too_long", fields.path("contractor.companyName").asText());
        assertEquals("unknown_value", fields.path("contractor.contactDays").asText());
        assertEquals("unknown_value", fields.path("contractor.contactHours").asText());
    }

    @Test
    void simultaneousCallsWithOneNumberMakeOneOrder(TestEnvironment env) throws Exception {
        String subject = businessId(env);
        String token = token(env, STORE);
        String number = "EC-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = order(number, subject, contractor());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> post(env, token, body));
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                HttpResponse<String> r = f.get();
                statuses.merge(r.statusCode(), 1, Integer::sum);
                ids.add(JSON.readTree(r.body()).path("id").asText());
            }
            assertEquals(Map.of(201, 1, 200, 5), statuses);
            assertEquals(1, ids.size());

            // the same number with two different bodies at once: one order, one conflict
            String other = "EC-" + UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> changed = contractor();
            changed.put("department", "総務部");
            List<Future<HttpResponse<String>>> pair = pool.invokeAll(List.of(
                    () -> post(env, token, order(other, subject, contractor())), () -> post(env, token, order(other, subject, changed))));
            List<Integer> codes = new ArrayList<>(List.of(pair.get(0).get().statusCode(), pair.get(1).get().statusCode()));
            codes.sort(null);
            assertEquals(List.of(201, 409), codes);
        } finally {
            pool.shutdown();
        }
        assertEquals(2, JSON.readTree(get(env, token, "?subject=" + subject).body()).size());
    }

    private static String businessId(TestEnvironment env) {
        return env.admin().createBusinessId(uniqueEmail("order"), null, Map.of());
    }

    static Map<String, Object> contractor() {
        return OrderApiClient.contractor("taro@example.jp");
    }
}
