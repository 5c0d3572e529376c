package jp.omakase.apps;

import static jp.omakase.apps.PeerApps.awaitText;
import static jp.omakase.apps.PeerApps.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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
 * Issue 16, SAML 2.0 single sign-on of a tenant app against service providers this project did not write: Keycloak's
 * own SAML brokering (a service-provider realm) and {@code @node-saml/node-saml} run as a Node server, each validating
 * signatures, audience, NameID and attributes; an assertion encrypted with RSA-OAEP MGF1-SHA1 that node-saml decrypts;
 * a member of tenant A, signed in, refused tenant B's SAML app by the access gate.
 */
@KeycloakIT
class SamlPeersIT {

    static final String EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
    static final String RSA_OAEP_MGF1_SHA1 = "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p";

    @Test
    void keycloakBrokeringSignsTheMemberInAndImportsTheirMappedAttributes(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "SAML連携");
        String email = member(env, t.id());
        String sp = PeerApps.serviceProviderRealm(env, "saml-sp");
        PeerApps.saml(env, t.id(), PeerApps.entityId(env, sp), PeerApps.brokerEndpoint(env, sp));
        PeerApps.samlBroker(env, sp);

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
        assertEquals(email, link.path("userName").asText(), "the NameID (e-mail format) is the brokered user name");
    }

    @Test
    void nodeSamlValidatesTheSignedAssertionNameIdAndAttributes(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "ノードSAML");
        String email = member(env, t.id());
        String entityId = "https://sp-" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp/saml";
        try (NodePeer sp = samlPeer(env, entityId, Map.of())) {
            PeerApps.saml(env, t.id(), entityId, sp.url("/acs"));
            browser.open(sp.url("/login"));
            KeycloakPages.logIn(browser, email, ConsoleTenants.PASSWORD);
            assertAccepted(browser, sp, email, env.baseUrl() + "/realms/omakase");
            assertEquals("no", byId(browser, "encrypted"));
        }
    }

    @Test
    void nodeSamlDecryptsAnAssertionEncryptedWithRsaOaepMgf1Sha1(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "暗号SAML");
        String email = member(env, t.id());
        String entityId = "https://sp-" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp/saml";
        PeerApps.App app = PeerApps.saml(env, t.id(), entityId, "http://127.0.0.1/placeholder");
        // the SP's key pair: Keycloak generates it for the client (certificate kept as the encryption certificate)
        JsonNode keys = env.admin().send("POST", "/realms/omakase/clients/" + app.id() + "/certificates/saml.encryption/generate",
                null).json();
        try (NodePeer sp = samlPeer(env, entityId, Map.of("SP_DECRYPTION_KEY", keys.path("privateKey").asText()))) {
            PeerApps.update(env, app, Map.of("saml.encrypt", "true", "saml.encryption.keyAlgorithm", RSA_OAEP_MGF1_SHA1,
                    "saml.encryption.digestMethod", "http://www.w3.org/2000/09/xmldsig#sha1",
                    "saml.encryption.algorithm", "http://www.w3.org/2009/xmlenc11#aes256-gcm",
                    "saml_assertion_consumer_url_post", sp.url("/acs")), List.of(sp.url("/acs")));
            browser.open(sp.url("/login"));
            KeycloakPages.logIn(browser, email, ConsoleTenants.PASSWORD);
            assertAccepted(browser, sp, email, env.baseUrl() + "/realms/omakase");
            assertEquals("yes", byId(browser, "encrypted"));
            assertEquals(RSA_OAEP_MGF1_SHA1, byId(browser, "key-transport"));
        }
    }

    @Test
    void aSignedInMemberOfTenantAIsRefusedTenantBsSamlApp(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "甲社");
        ConsoleTenants.Tenant b = ConsoleTenants.create(env, "乙社");
        String email = member(env, a.id());
        String entityA = "https://sp-a-" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp/saml";
        String entityB = "https://sp-b-" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp/saml";
        try (NodePeer spA = samlPeer(env, entityA, Map.of()); NodePeer spB = samlPeer(env, entityB, Map.of())) {
            PeerApps.saml(env, a.id(), entityA, spA.url("/acs"));
            PeerApps.saml(env, b.id(), entityB, spB.url("/acs"));
            browser.open(spA.url("/login"));
            KeycloakPages.logIn(browser, email, ConsoleTenants.PASSWORD);
            assertAccepted(browser, spA, email, env.baseUrl() + "/realms/omakase");

            browser.open(spB.url("/login"));
            awaitText(browser, PeerApps.REFUSED);
            assertTrue(browser.driver().getCurrentUrl().startsWith(env.baseUrl() + "/realms/omakase/"),
                    browser.driver().getCurrentUrl());
            assertFalse(browser.html().contains("SAMLResponse"), "no assertion is issued");
            browser.open(spB.url("/status"));
            assertEquals("0", byId(browser, "accepted"), "tenant B's SP received nothing");
        }
    }

    private static String member(TestEnvironment env, String tenantId) {
        String email = "saml-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        ConsoleTenants.member(env, tenantId, email, "山田", "花子", false);
        return email;
    }

    private static NodePeer samlPeer(TestEnvironment env, String entityId, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(Map.of("SP_ENTITY_ID", entityId,
                "IDP_SSO_URL", env.baseUrl() + "/realms/omakase/protocol/saml",
                "IDP_DESCRIPTOR_URL", env.baseUrl() + "/realms/omakase/protocol/saml/descriptor"));
        environment.putAll(extra);
        return NodePeer.start("saml-sp", environment);
    }

    private static void assertAccepted(Browser browser, NodePeer sp, String email, String issuer) {
        browser.find(By.id("result"));
        assertEquals("accepted", byId(browser, "result"), () -> browser.text() + "\n" + sp.output());
        assertEquals(issuer, byId(browser, "issuer"));
        assertEquals(email, byId(browser, "nameid"));
        assertEquals(EMAIL_FORMAT, byId(browser, "nameid-format"));
        assertEquals(email, byId(browser, "attr-email"));
        assertEquals("花子", byId(browser, "attr-firstName"));
        assertEquals("山田", byId(browser, "attr-lastName"));
    }
}
