package jp.omakase.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.TestEnvironment;

/**
 * Tenant apps for the gate and portal tests, made directly through Keycloak's admin REST API with the attributes of
 * {@code jp.omakase.tenant.apps.TenantApps} (the SaaS settings pages are built elsewhere), and the token endpoint calls a
 * relying party makes.
 */
public final class GateApps {

    public static final String SECRET = "gate-it-secret-0123456789";
    /** A harmless page of the server itself as redirect URI / ACS URL: the test reads the code from the redirect. */
    public static final String CALLBACK = "/realms/omakase/.well-known/openid-configuration";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An app: the client's id (UUID) and client id. */
    public record App(String id, String clientId) {
    }

    private GateApps() {
    }

    /**
     * A confidential OIDC app of {@code tenantId}; {@code chosen}: only holders of {@code omakase-access}. Direct grants are
     * switched on here only to prove that the gate holds even when someone enables them.
     */
    public static App oidc(TestEnvironment env, String tenantId, String name, boolean chosen) {
        String clientId = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> rep = new HashMap<>(Map.of("clientId", clientId, "name", name, "enabled", true, "publicClient", false,
                "secret", SECRET, "standardFlowEnabled", true, "directAccessGrantsEnabled", true,
                "redirectUris", List.of(env.baseUrl() + CALLBACK), "baseUrl", "https://" + clientId + ".example.jp/home"));
        rep.put("attributes", attributes(tenantId, name, chosen, Map.of("omakase.template", "custom-oidc")));
        return create(env, rep, clientId);
    }

    /** A SAML app of {@code tenantId} with IdP-initiated login under {@code urlName}; entity ID = client id. */
    public static App saml(TestEnvironment env, String tenantId, String name, boolean chosen, String urlName) {
        String entityId = "https://sp-" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp/saml";
        Map<String, Object> rep = new HashMap<>(Map.of("clientId", entityId, "name", name, "enabled", true, "protocol", "saml",
                "redirectUris", List.of(env.baseUrl() + CALLBACK)));
        rep.put("attributes", attributes(tenantId, name, chosen, Map.of("saml_idp_initiated_sso_url_name", urlName,
                "saml_assertion_consumer_url_post", env.baseUrl() + CALLBACK, "saml.client.signature", "false",
                "saml.authnstatement", "true", "saml_name_id_format", "email", "omakase.template", "custom-saml")));
        return create(env, rep, entityId);
    }

    private static Map<String, String> attributes(String tenantId, String name, boolean chosen, Map<String, String> more) {
        Map<String, String> a = new HashMap<>(more);
        a.put("omakase.tenant", tenantId);
        a.put("omakase.assignment", chosen ? "chosen" : "all");
        a.put("omakase.displayName", name);
        return a;
    }

    private static App create(TestEnvironment env, Map<String, Object> rep, String clientId) {
        AdminApi.Response r = env.admin().send("POST", "/realms/omakase/clients", rep);
        if (r.status() != 201) {
            throw new AssertionError("client creation answered " + r.status() + ": " + r.body());
        }
        String id = r.location().substring(r.location().lastIndexOf('/') + 1);
        AdminApi.Response role = env.admin().send("POST", "/realms/omakase/clients/" + id + "/roles", Map.of("name", "omakase-access"));
        if (role.status() != 201) {
            throw new AssertionError("role creation answered " + role.status() + ": " + role.body());
        }
        return new App(id, clientId);
    }

    /** Gives (or takes away) the app's {@code omakase-access} to a user or, with {@code kind} "groups", a group. */
    public static void assign(TestEnvironment env, App app, String kind, String id, boolean give) {
        JsonNode role = env.admin().get("/realms/omakase/clients/" + app.id() + "/roles/omakase-access");
        AdminApi.Response r = env.admin().send(give ? "POST" : "DELETE", "/realms/omakase/" + kind + "/" + id + "/role-mappings/clients/"
                + app.id(), List.of(role));
        if (r.status() != 204) {
            throw new AssertionError("role mapping answered " + r.status() + ": " + r.body());
        }
    }

    /** The authorization request of {@code app} (code flow). */
    public static String authorize(TestEnvironment env, App app) {
        return "/realms/omakase/protocol/openid-connect/auth?response_type=code&scope=openid&state=st-1&nonce=n-1&client_id="
                + app.clientId() + "&redirect_uri=" + URLEncoder.encode(env.baseUrl() + CALLBACK, StandardCharsets.UTF_8);
    }

    /** A POST to the realm's token endpoint as {@code clientId} with {@link #SECRET}: status and JSON. */
    public static Token token(TestEnvironment env, String clientId, Map<String, String> form) {
        Map<String, String> all = new HashMap<>(form);
        all.put("client_id", clientId);
        all.put("client_secret", SECRET);
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl()
                    + "/realms/omakase/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return new Token(r.statusCode(), MAPPER.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token endpoint answer. */
    public record Token(int status, JsonNode json) {
        public String get(String field) {
            return json.path(field).asText(null);
        }
    }
}
