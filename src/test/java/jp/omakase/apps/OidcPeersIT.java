package jp.omakase.apps;

import static jp.omakase.apps.PeerApps.awaitText;
import static jp.omakase.apps.PeerApps.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.tenant.ConsoleTenants;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.NodePeer;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 16, OpenID Connect single sign-on of a tenant app against relying parties this project did not write:
 * Keycloak's own OIDC brokering (a service-provider realm, PKCE) and {@code openid-client} run as a Node server (code
 * flow with PKCE S256, ID token signature checked against the JWKS, issuer, audience, nonce, claims); a member of
 * tenant A, signed in, refused tenant B's OIDC app by the access gate.
 */
@KeycloakIT
class OidcPeersIT {

    @Test
    void keycloakBrokeringSignsTheMemberInAndImportsTheirClaims(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "OIDC連携");
        String email = member(env, t.id());
        String sp = PeerApps.serviceProviderRealm(env, "oidc-sp");
        PeerApps.App app = PeerApps.oidc(env, t.id(), PeerApps.brokerEndpoint(env, sp));
        PeerApps.oidcBroker(env, sp, app);

        browser.open(env.baseUrl() + "/realms/" + sp + "/account/");
        browser.click(By.id("social-" + PeerApps.BROKER));
        KeycloakPages.logIn(browser, email, ConsoleTenants.PASSWORD);
        awaitText(browser, "花子");
        assertTrue(browser.driver().getCurrentUrl().startsWith(env.baseUrl() + "/realms/" + sp + "/account"),
                browser.driver().getCurrentUrl());

        JsonNode user = env.admin().get("/realms/" + sp + "/users?email=" + email + "&exact=true").get(0);
        assertEquals("花子", user.path("firstName").asText());
        assertEquals("山田", user.path("lastName").asText());
        JsonNode link = env.admin().get("/realms/" + sp + "/users/" + user.path("id").asText() + "/federated-identity").get(0);
        assertEquals(PeerApps.BROKER, link.path("identityProvider").asText());
        String omakaseId = env.admin().get("/realms/omakase/users?email=" + email + "&exact=true").get(0).path("id").asText();
        assertEquals(omakaseId, link.path("userId").asText(), "the brokered identity is the ID token's subject");
    }

    @Test
    void openidClientValidatesTheIdTokenOfACodeFlowWithPkce(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "ノードOIDC");
        String email = member(env, t.id());
        PeerApps.App app = PeerApps.oidc(env, t.id(), "http://127.0.0.1/placeholder");
        try (NodePeer rp = relyingParty(env, app)) {
            PeerApps.update(env, app, Map.of(), List.of(rp.url("/callback")));
            browser.open(rp.url("/login"));
            KeycloakPages.logIn(browser, email, ConsoleTenants.PASSWORD);
            assertSignedIn(env, browser, rp, app, email);
        }
    }

    @Test
    void aSignedInMemberOfTenantAIsRefusedTenantBsOidcApp(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "甲社");
        ConsoleTenants.Tenant b = ConsoleTenants.create(env, "乙社");
        String email = member(env, a.id());
        PeerApps.App appA = PeerApps.oidc(env, a.id(), "http://127.0.0.1/placeholder");
        PeerApps.App appB = PeerApps.oidc(env, b.id(), "http://127.0.0.1/placeholder");
        try (NodePeer rpA = relyingParty(env, appA); NodePeer rpB = relyingParty(env, appB)) {
            PeerApps.update(env, appA, Map.of(), List.of(rpA.url("/callback")));
            PeerApps.update(env, appB, Map.of(), List.of(rpB.url("/callback")));
            browser.open(rpA.url("/login"));
            KeycloakPages.logIn(browser, email, ConsoleTenants.PASSWORD);
            assertSignedIn(env, browser, rpA, appA, email);

            browser.open(rpB.url("/login"));
            awaitText(browser, PeerApps.REFUSED);
            String url = browser.driver().getCurrentUrl();
            assertTrue(url.startsWith(env.baseUrl() + "/realms/omakase/"), url);
            assertFalse(url.contains("code="), "no code is issued: " + url);
            browser.open(rpB.url("/status"));
            assertEquals("0", byId(browser, "accepted"), "tenant B's RP received nothing");
        }
    }

    private static String member(TestEnvironment env, String tenantId) {
        String email = "oidc-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        ConsoleTenants.member(env, tenantId, email, "山田", "花子", false);
        return email;
    }

    private static NodePeer relyingParty(TestEnvironment env, PeerApps.App app) {
        return NodePeer.start("oidc-rp", Map.of("OIDC_ISSUER", env.baseUrl() + "/realms/omakase",
                "OIDC_CLIENT_ID", app.clientId(), "OIDC_CLIENT_SECRET", app.secret()));
    }

    private static void assertSignedIn(TestEnvironment env, Browser browser, NodePeer rp, PeerApps.App app, String email) {
        browser.find(By.id("result"));
        assertEquals("accepted", byId(browser, "result"), () -> browser.text() + "\n" + rp.output());
        assertEquals(env.baseUrl() + "/realms/omakase", byId(browser, "iss"));
        assertEquals(env.admin().get("/realms/omakase/users?email=" + email + "&exact=true").get(0).path("id").asText(),
                byId(browser, "sub"));
        assertTrue(byId(browser, "aud").contains(app.clientId()), byId(browser, "aud"));
        assertEquals("matched", byId(browser, "nonce"));
        assertEquals("RS256", byId(browser, "alg"));
        assertEquals(email, byId(browser, "email"));
        assertEquals("花子", byId(browser, "given_name"));
        assertEquals("山田", byId(browser, "family_name"));
    }
}
