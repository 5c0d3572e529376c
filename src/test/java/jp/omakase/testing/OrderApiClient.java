package jp.omakase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A web store calling the order API of {@code bizid}: confidential clients with service accounts (the store with the
 * order-API role and the API's audience, one without the role), made once per server, their client-credentials
 * tokens, and the API's requests.
 */
public final class OrderApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final String ROLE = "omakase-order-api";
    public static final String STORE = "order-api-it-store";
    public static final String NO_ROLE = "order-api-it-other";
    /** The audience the order API requires (option {@code order-api-audience}). */
    public static final String AUDIENCE = "omakase-order-api";
    private static final String SECRET = "it-secret-" + UUID.randomUUID();
    private static volatile String preparedFor;

    private OrderApiClient() {
    }

    /** Creates the role and the two clients on this server, once. */
    public static synchronized void prepare(TestEnvironment env) {
        if (env.baseUrl().equals(preparedFor)) {
            return;
        }
        store(env, STORE, true, true);
        store(env, NO_ROLE, false, true);
        preparedFor = env.baseUrl();
    }

    /**
     * A store as an operator sets one up (README): a confidential client with a service account (client-credentials
     * grant, secret {@link #token}'s), the audience mapper that puts {@value #AUDIENCE} into its tokens when
     * {@code audience}, and the order-API role on its service account when {@code role}. Made once per server.
     */
    public static void store(TestEnvironment env, String clientId, boolean role, boolean audience) {
        AdminApi admin = env.admin();
        if (admin.send("GET", "/realms/bizid/roles/" + ROLE, null).status() == 404) {
            admin.send("POST", "/realms/bizid/roles", Map.of("name", ROLE));
        }
        if (!admin.get("/realms/bizid/clients?clientId=" + clientId).isEmpty()) {
            return;
        }
        Map<String, Object> client = new LinkedHashMap<>(Map.of("clientId", clientId, "publicClient", false, "secret", SECRET,
                "serviceAccountsEnabled", true, "standardFlowEnabled", false));
        if (audience) {
            client.put("protocolMappers", List.of(audienceMapper()));
        }
        AdminApi.Response r = admin.send("POST", "/realms/bizid/clients", client);
        assertEquals(201, r.status(), r.body());
        if (role) {
            String clientUuid = admin.get("/realms/bizid/clients?clientId=" + clientId).get(0).path("id").asText();
            String serviceAccount = admin.get("/realms/bizid/clients/" + clientUuid + "/service-account-user").path("id").asText();
            JsonNode roleRep = admin.get("/realms/bizid/roles/" + ROLE);
            assertEquals(204, admin.send("POST", "/realms/bizid/users/" + serviceAccount + "/role-mappings/realm", List.of(roleRep))
                    .status());
        }
    }

    /** The protocol mapper that names the order API as an audience of the client's access tokens. */
    public static Map<String, Object> audienceMapper() {
        return Map.of("name", "omakase-order-api audience", "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", AUDIENCE, "access.token.claim", "true", "id.token.claim", "false"));
    }

    /** The seed's ご契約者情報 of 山田商事株式会社, with {@code email}. */
    public static Map<String, Object> contractor(String email) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("companyName", "山田商事株式会社");
        c.put("companyKana", "ヤマダショウジ");
        c.put("department", "情報システム部");
        c.put("name", "山田 太郎");
        c.put("nameKana", "ヤマダ タロウ");
        c.put("email", email);
        c.put("postalCode", "100-0001");
        c.put("address1", "東京都千代田区");
        c.put("address2", "千代田1-1");
        c.put("phone", "03-1234-5678");
        c.put("contactPhone", "090-1234-5678");
        c.put("contactDays", List.of("TUE", "MON"));
        c.put("contactHours", List.of("09-11"));
        return c;
    }

    public static Map<String, Object> order(String number, String subject, Map<String, Object> contractor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("storeOrderNumber", number);
        body.put("subject", subject);
        body.put("productCode", "omakase-login");
        body.put("contractor", contractor);
        return body;
    }

    public static String token(TestEnvironment env, String clientId) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    public static HttpResponse<String> post(TestEnvironment env, String token, Map<String, Object> body)
            throws IOException, InterruptedException {
        return send(env, token, JSON.writeValueAsString(body));
    }

    public static HttpResponse<String> send(TestEnvironment env, String token, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/omakase/orders"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> get(TestEnvironment env, String token, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/omakase/orders" + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Places a new order for {@code subject} and answers it (201 asserted). */
    public static JsonNode place(TestEnvironment env, String subject, String email) throws IOException, InterruptedException {
        prepare(env);
        HttpResponse<String> r = post(env, token(env, STORE),
                order("EC-" + UUID.randomUUID().toString().substring(0, 12), subject, contractor(email)));
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** The order as the API shows it now. */
    public static JsonNode fetch(TestEnvironment env, String orderId) throws IOException, InterruptedException {
        HttpResponse<String> r = get(env, token(env, STORE), "/" + orderId);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}
