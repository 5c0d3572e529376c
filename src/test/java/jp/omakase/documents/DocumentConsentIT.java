package jp.omakase.documents;

import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.Consents;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.StoreWalk;
import jp.omakase.testing.TestEnvironment;

/**
 * Terms as versioned documents (issue 14, item 7), with the operator's documents directory and the admin reload
 * instead of a server restart: a new version of the store member terms asks an existing member again and the consent
 * records show both versions with their hashes; a text changed under a version already served is refused.
 */
@KeycloakIT
class DocumentConsentIT {

    private static final String PASSWORD = "Omakase-2026!";
    private static final String RELOAD = "/realms/bizid/omakase/documents/reload";
    /** PKCE S256 challenge of a fixed verifier: the store client requires PKCE. */
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aNewStoreTermsVersionAsksAnExistingMemberAgainAndTheRecordsShowBothVersions(TestEnvironment env, Browser browser)
            throws IOException {
        String email = uniqueEmail("reconsent");
        String id = env.admin().createBusinessId(email, PASSWORD, Map.of());
        login(browser, env, email, "v1");
        StoreWalk.acceptMemberTerms(browser);
        awaitStore(browser, env);
        JsonNode v1 = Consents.document(env, "store-terms", "ja");
        assertEquals("1.0", v1.path("version").asText());

        Path file = env.documentsDirectory().resolve("store-terms.ja.html");
        try {
            Files.writeString(file, version2());
            AdminApi.Response reloaded = env.admin().send("POST", RELOAD, null);
            assertEquals(200, reloaded.status(), reloaded.body());
            JsonNode v2 = Consents.document(env, "store-terms", "ja");
            assertEquals("2.0", v2.path("version").asText());
            assertEquals(file.toString(), v2.path("source").asText());
            assertEquals(sha256(Files.readAllBytes(file)), v2.path("sha256").asText(), "the hash is sha256sum of the file");
            assertTrue(env.admin().get("/realms/bizid/admin-events?resourcePath=omakase/documents&operationTypes=UPDATE").size() > 0,
                    "the reload is an admin event");

            // the member's next login through the store asks again, with the new text
            try (Browser again = Browser.launch()) {
                login(again, env, email, "v2");
                String shown = again.find(By.id("omakase-store-terms")).getText();
                assertTrue(shown.contains("改定後のストア会員規約です。") && shown.contains("第2.0版"), shown);
                again.screenshot("store-terms-v2-ja");
                StoreWalk.acceptMemberTerms(again);
                awaitStore(again, env);
            }
            List<JsonNode> terms = new ArrayList<>();
            Consents.of(env, id).forEach(c -> {
                if ("store-terms".equals(c.path("documentId").asText())) {
                    terms.add(c);
                }
            });
            assertEquals(2, terms.size(), terms.toString());
            assertEquals("1.0", terms.get(0).path("version").asText());
            assertEquals(v1.path("sha256").asText(), terms.get(0).path("sha256").asText());
            assertEquals("2.0", terms.get(1).path("version").asText());
            assertEquals(v2.path("sha256").asText(), terms.get(1).path("sha256").asText());
            assertNotEquals(terms.get(0).path("sha256").asText(), terms.get(1).path("sha256").asText());
            assertEquals("2.0", env.admin().get("/realms/bizid/users/" + id).path("attributes").path("storeTermsVersion").path(0).asText());
        } finally {
            Files.deleteIfExists(file);
            AdminApi.Response restored = env.admin().send("POST", RELOAD, null);
            assertEquals(200, restored.status(), restored.body());
        }
        // back to the sample: version 1.0 with the very text served before, so it is served again
        assertEquals(v1.path("sha256").asText(), Consents.document(env, "store-terms", "ja").path("sha256").asText());
    }

    @Test
    void aTextChangedUnderAServedVersionIsRefusedAndTheServedTextStays(TestEnvironment env) throws IOException {
        JsonNode served = Consents.document(env, "signup-terms", "ja");
        Path file = env.documentsDirectory().resolve("signup-terms.ja.html");
        try {
            Files.writeString(file, "version: " + served.path("version").asText() + "\ntitle: 利用規約\n---\n<p>第1条 版を変えずに書き換えた本文</p>\n");
            AdminApi.Response refused = env.admin().send("POST", RELOAD, null);
            assertEquals(409, refused.status(), refused.body());
            String edited = sha256(Files.readAllBytes(file));
            assertTrue(refused.body().contains("signup-terms") && refused.body().contains(served.path("sha256").asText())
                    && refused.body().contains(edited), refused.body());
            assertEquals(served.path("sha256").asText(), Consents.document(env, "signup-terms", "ja").path("sha256").asText(),
                    "the text served before stays in force");
            assertTrue(Files.readString(env.serverLog()).contains("omakase documents: refused: document signup-terms version "
                    + served.path("version").asText() + " (ja)"), "a clear log line");
        } finally {
            Files.deleteIfExists(file);
            assertEquals(200, env.admin().send("POST", RELOAD, null).status());
        }
    }

    @Test
    void theRecordsAnswerOnlyToUserViewersAndTheReloadOnlyToRealmManagers(TestEnvironment env) throws Exception {
        String member = uniqueEmail("consent-member");
        String memberId = env.admin().createBusinessId(member, PASSWORD, Map.of());
        String viewer = uniqueEmail("consent-viewer");
        String viewerId = env.admin().createBusinessId(viewer, PASSWORD, Map.of());
        String realmManagement = env.admin().get("/realms/bizid/clients?clientId=realm-management").get(0).path("id").asText();
        JsonNode viewUsers = env.admin().get("/realms/bizid/clients/" + realmManagement + "/roles/view-users");
        assertEquals(204, env.admin().send("POST", "/realms/bizid/users/" + viewerId + "/role-mappings/clients/" + realmManagement,
                List.of(viewUsers)).status());

        String path = "/admin/realms/bizid/omakase/consents?user=" + memberId;
        assertEquals(403, call(env, token(env, member), "GET", path).statusCode(), "a Business ID reads no records, not even its own");
        assertEquals(200, call(env, token(env, viewer), "GET", path).statusCode(), "view-users reads them");
        assertEquals(403, call(env, token(env, viewer), "POST", "/admin" + RELOAD).statusCode(), "view-users cannot reload");
        assertEquals(401, call(env, null, "GET", path).statusCode());
        assertEquals(400, env.admin().send("GET", "/realms/bizid/omakase/consents", null).status(), "the user is required");
        assertEquals(404, env.admin().send("GET", "/realms/master/omakase/consents?user=" + memberId, null).status(),
                "only in the Business ID realm");
    }

    private static String token(TestEnvironment env, String username) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        URI tokenUrl = URI.create(env.baseUrl() + "/realms/bizid/protocol/openid-connect/token");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(tokenUrl)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body()).path("access_token").asText();
    }

    private static HttpResponse<String> call(TestEnvironment env, String token, String method, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(env.baseUrl() + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The operator's version 2 of the store member terms, long enough to scroll. */
    private static String version2() {
        StringBuilder text = new StringBuilder("# the operator's store member terms\nversion: 2.0\ntitle: おまかせビジネス向けストア会員規約\n---\n"
                + "<p>改定後のストア会員規約です。</p>\n");
        for (int i = 1; i <= 12; i++) {
            text.append("<h3>第").append(i).append("条</h3><p>会員は、ストアの定める条件に従い、商品・サービスを注文するものとします。</p>\n");
        }
        return text.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void login(Browser browser, TestEnvironment env, String email, String state) {
        browser.open(env.baseUrl() + "/realms/bizid/protocol/openid-connect/auth?client_id=omakase-store&response_type=code"
                + "&scope=openid&state=" + state + "&code_challenge_method=S256&code_challenge=" + CHALLENGE
                + "&redirect_uri=" + URLEncoder.encode(env.baseUrl() + "/realms/bizid/omakase/store/", StandardCharsets.UTF_8));
        KeycloakPages.logIn(browser, email, PASSWORD);
    }

    private static void awaitStore(Browser browser, TestEnvironment env) {
        String store = env.baseUrl() + "/realms/bizid/omakase/store/";
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().equals(store));
        browser.find(By.id("omakase-product-details"));
    }
}
