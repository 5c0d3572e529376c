package jp.omakase.mfa;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.tenant.ConsoleTenants;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/**
 * A tenant security setting (the MFA policy, an Organization attribute in Keycloak's realm cache) changed through the
 * tenant console on one node is obeyed by the other node at the very next login (-Pcluster): the cache is invalidated
 * cluster-wide, no node keeps an old copy. Each node is addressed directly, not through the front.
 */
@KeycloakIT
class TenantMfaClusterIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void mfaPolicyChangedOnOneNodeAppliesOnTheOtherAtTheNextLogin(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "クラスタ商事");
        String member = "cluster-mfa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        String memberId = ConsoleTenants.member(env, t.id(), member, "営業", "一郎", false);
        AdminApi.Response group = env.admin().send("POST", "/realms/omakase/organizations/" + t.id() + "/groups", Map.of("name", "営業部"));
        assertEquals(201, group.status(), group.body());
        String sales = group.location().substring(group.location().lastIndexOf('/') + 1);
        AdminApi.Response joined = env.admin().send("PUT", "/realms/omakase/organizations/" + t.id() + "/groups/" + sales
                + "/members/" + memberId, null);
        assertTrue(joined.status() / 100 == 2, joined.status() + " " + joined.body());
        String client = "mfa-cluster-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, env.admin().send("POST", "/realms/omakase/clients", Map.of("clientId", client, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false)).status());
        String nodeA = env.nodes().get(0).baseUrl();
        String nodeB = env.nodes().get(1).baseUrl();

        // both nodes have read the tenant (and its settings) into their caches: MFA off, the password alone gives a token
        assertEquals(200, passwordGrant(nodeA, client, member).statusCode());
        assertEquals(200, passwordGrant(nodeB, client, member).statusCode());

        // on node A: 多要素認証 for the group 営業部, by mailed code
        setPolicy(nodeA, t, "groups", List.of(sales));
        HttpResponse<String> refused = passwordGrant(nodeB, client, member);
        assertEquals(400, refused.statusCode(), "node B obeys the policy set on node A at the next login: " + refused.body());
        assertTrue(refused.body().contains("invalid_grant"), refused.body());
        assertEquals(400, passwordGrant(nodeA, client, member).statusCode(), "and node A too");

        // back off on node B: node A lets the password alone in again at the next login
        setPolicy(nodeB, t, "off", List.of());
        HttpResponse<String> granted = passwordGrant(nodeA, client, member);
        assertEquals(200, granted.statusCode(), "node A obeys the policy set on node B: " + granted.body());
        assertEquals(200, passwordGrant(nodeB, client, member).statusCode());
    }

    /** Sets the tenant's MFA policy (method: mailed code) through its console page on the node at {@code node}. */
    private static void setPolicy(String node, ConsoleTenants.Tenant t, String policy, List<String> groups) {
        PageSession admin = new PageSession(node);
        HttpResponse<String> page = admin.logIn(t.console("security/mfa"), t.adminEmail(), ConsoleTenants.PASSWORD);
        assertOk(page);
        Map<String, List<String>> form = new HashMap<>();
        form.put("csrf", List.of(PageSession.csrf(page).orElseThrow()));
        form.put("policy", List.of(policy));
        form.put("groups", groups);
        form.put("methods", List.of("email"));
        // the post goes to this node itself (the redirect after it may land on either: --hostname is the front)
        HttpResponse<String> saved = admin.post(node + t.console("security/mfa"), form);
        assertEquals("多要素認証の設定を保存しました。", PageSession.byId(saved, "omakase-console-result"), saved.body());
    }

    private static HttpResponse<String> passwordGrant(String node, String clientId, String username) {
        String form = "grant_type=password&client_id=" + clientId + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(ConsoleTenants.PASSWORD, StandardCharsets.UTF_8);
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(node + "/realms/omakase/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
