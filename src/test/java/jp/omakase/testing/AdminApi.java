package jp.omakase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Keycloak's admin REST API over plain HTTP, as the bootstrap admin of the master realm. */
public final class AdminApi {

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        public String location() {
            return raw.headers().firstValue("Location")
                    .orElseThrow(() -> new AssertionError("no Location header, status " + status + ": " + body));
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String baseUrl;
    private final String user;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public AdminApi(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    public JsonNode get(String path) {
        Response r = send("GET", path, null);
        if (r.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    public Response send(String method, String path, Object body) {
        return send(method, path, body, Duration.ofSeconds(30));
    }

    public Response send(String method, String path, Object body, Duration timeout) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body));
            HttpRequest.Builder b = request(path, timeout).header("Accept", "application/json").method(method, publisher);
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            return exchange(b.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends raw bytes (an upload) to an admin endpoint. */
    public Response upload(String path, byte[] body, String contentType) {
        return exchange(request(path, Duration.ofMinutes(10)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        try {
            return HttpRequest.newBuilder(URI.create(baseUrl + "/admin" + path)).timeout(timeout)
                    .header("Authorization", "Bearer " + token());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a user and returns its id. */
    public String createUser(String realm, Map<String, Object> representation) {
        Response r = send("POST", "/realms/" + realm + "/users", representation);
        if (r.status() != 201) {
            throw new AssertionError("user creation answered " + r.status() + ": " + r.body());
        }
        String location = r.location();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The id of the user of {@code realm} with exactly this e-mail, or null. */
    public String userIdByEmail(String realm, String email) {
        JsonNode found = get("/realms/" + realm + "/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        return found.isEmpty() ? null : found.get(0).path("id").asText();
    }

    /** Grants the realm role {@code role} of {@code realm} to the user (granting it again changes nothing). */
    public void grantRealmRole(String realm, String userId, String role) {
        JsonNode representation = get("/realms/" + realm + "/roles/" + role);
        Response granted = send("POST", "/realms/" + realm + "/users/" + userId + "/role-mappings/realm", List.of(representation));
        if (granted.status() != 204) {
            throw new AssertionError("role mapping answered " + granted.status() + ": " + granted.body());
        }
    }

    /**
     * A complete Business ID in {@code bizid} (山田 太郎, kana, phone: what the realm's profile requires), with
     * {@code password}, plus {@code extra} attributes; returns its id.
     */
    public String createBusinessId(String email, String password, Map<String, List<String>> extra) {
        Map<String, Object> attributes = new HashMap<>(Map.of("lastNameKana", List.of("ヤマダ"),
                "firstNameKana", List.of("タロウ"), "phone", List.of("03-1234-5678")));
        attributes.putAll(extra);
        String id = createUser("bizid", Map.of("username", email, "email", email, "enabled", true, "emailVerified", true,
                "firstName", "太郎", "lastName", "山田", "attributes", attributes));
        if (password != null) {
            Response r = send("PUT", "/realms/bizid/users/" + id + "/reset-password",
                    Map.of("type", "password", "value", password, "temporary", false));
            if (r.status() != 204) {
                throw new AssertionError("password refused: " + r.status() + " " + r.body());
            }
        }
        return id;
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("admin token refused: " + r.statusCode() + " " + r.body());
        }
        JsonNode json = MAPPER.readTree(r.body());
        token = json.get("access_token").asText();
        tokenExpires = Instant.now().plusSeconds(Math.max(5, json.get("expires_in").asLong() - 15));
        return token;
    }
}
