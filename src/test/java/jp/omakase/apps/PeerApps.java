package jp.omakase.apps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.omakase.tenant.apps.TenantApps;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.TestEnvironment;

/**
 * Tenant apps and their peers for the protocol tests, made through Keycloak's admin REST API: an app is a client of
 * the {@code omakase} realm with the {@link TenantApps} attributes (a SAML app's client id is the SP's entity ID, an
 * OIDC app's client id is generated from the tenant's alias); a service-provider realm brokers to {@code omakase}
 * through Keycloak's own SAML or OIDC identity provider, configured from the realm's published metadata.
 */
final class PeerApps {

    /** The access gate's refusal page (issue 16). */
    static final String REFUSED = "このアプリの利用は許可されていません";
    /** The identity provider alias in a service-provider realm. */
    static final String BROKER = "omakase";

    /** An app: the client's internal id, its client id, its secret (OIDC, confidential) or null. */
    record App(String id, String clientId, String secret) {
    }

    private PeerApps() {
    }

    /** A SAML app of {@code tenantId} for the SP {@code entityId} posting to {@code acs}: signed response and assertion. */
    static App saml(TestEnvironment env, String tenantId, String entityId, String acs) {
        Map<String, Object> client = base(tenantId, entityId, "saml", "custom-saml");
        client.put("redirectUris", List.of(acs));
        Map<String, String> attributes = attributes(client);
        attributes.putAll(Map.of("saml.server.signature", "true", "saml.assertion.signature", "true",
                "saml.client.signature", "false", "saml.signature.algorithm", "RSA_SHA256", "saml.force.post.binding", "true",
                "saml.authnstatement", "true", "saml_name_id_format", "email", "saml_force_name_id_format", "true",
                "saml_assertion_consumer_url_post", acs));
        List<Map<String, Object>> mappers = new ArrayList<>();
        for (String property : List.of("email", "firstName", "lastName")) {
            mappers.add(Map.of("name", property, "protocol", "saml", "protocolMapper", "saml-user-property-mapper",
                    "config", Map.of("user.attribute", property, "attribute.name", property, "friendly.name", property,
                            "attribute.nameformat", "Basic")));
        }
        client.put("protocolMappers", mappers);
        return create(env, client, null);
    }

    /** A confidential OIDC app of {@code tenantId} redirecting to {@code redirectUri}, PKCE S256 required. */
    static App oidc(TestEnvironment env, String tenantId, String redirectUri) {
        String alias = env.admin().get("/realms/omakase/organizations/" + tenantId).path("alias").asText();
        String clientId = alias + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> client = base(tenantId, clientId, "openid-connect", "custom-oidc");
        client.putAll(Map.of("publicClient", false, "standardFlowEnabled", true, "implicitFlowEnabled", false,
                "redirectUris", List.of(redirectUri), "webOrigins", List.of("+")));
        attributes(client).put("pkce.code.challenge.method", "S256");
        App created = create(env, client, null);
        String secret = env.admin().get("/realms/omakase/clients/" + created.id() + "/client-secret").path("value").asText();
        return new App(created.id(), clientId, secret);
    }

    /** Sets more attributes and the redirect (ACS) URIs of an app, as the SaaS settings page would. */
    static void update(TestEnvironment env, App app, Map<String, String> attributes, List<String> redirectUris) {
        JsonNode current = env.admin().get("/realms/omakase/clients/" + app.id());
        Map<String, Object> representation = new ObjectMapper().convertValue(current, Map.class);
        Map<String, Object> merged = new HashMap<>(new ObjectMapper().convertValue(current.path("attributes"), Map.class));
        merged.putAll(attributes);
        representation.put("attributes", merged);
        representation.put("redirectUris", redirectUris);
        expect(env.admin().send("PUT", "/realms/omakase/clients/" + app.id(), representation), 204, "client update");
    }

    /** A new realm acting as a service provider (its users arrive through the broker). */
    static String serviceProviderRealm(TestEnvironment env, String prefix) {
        String realm = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        expect(env.admin().send("POST", "/realms", Map.of("realm", realm, "enabled", true)), 201, "realm creation");
        return realm;
    }

    /** The SP realm's entity ID (Keycloak's default for its SAML brokers) and its broker's endpoint (SAML ACS, OIDC redirect). */
    static String entityId(TestEnvironment env, String realm) {
        return env.baseUrl() + "/realms/" + realm;
    }

    static String brokerEndpoint(TestEnvironment env, String realm) {
        return entityId(env, realm) + "/broker/" + BROKER + "/endpoint";
    }

    /** Keycloak's SAML identity provider in {@code realm}, imported from the {@code omakase} realm's SAML descriptor. */
    static void samlBroker(TestEnvironment env, String realm) {
        Map<String, Object> config = importConfig(env, realm, "saml", env.baseUrl() + "/realms/omakase/protocol/saml/descriptor");
        config.putAll(Map.of("entityId", entityId(env, realm), "nameIDPolicyFormat",
                "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress", "principalType", "SUBJECT", "validateSignature", "true",
                "wantAssertionsSigned", "true", "wantAuthnRequestsSigned", "false", "postBindingResponse", "true",
                "postBindingAuthnRequest", "true", "syncMode", "IMPORT"));
        createBroker(env, realm, "saml", config);
        for (String property : List.of("email", "firstName", "lastName")) {
            expect(env.admin().send("POST", "/realms/" + realm + "/identity-provider/instances/" + BROKER + "/mappers",
                    Map.of("name", property, "identityProviderAlias", BROKER, "identityProviderMapper", "saml-user-attribute-idp-mapper",
                            "config", Map.of("syncMode", "INHERIT", "attribute.name", property, "user.attribute", property))),
                    201, "mapper " + property);
        }
    }

    /** Keycloak's OIDC identity provider in {@code realm}, from the {@code omakase} realm's discovery document, PKCE on. */
    static void oidcBroker(TestEnvironment env, String realm, App app) {
        Map<String, Object> config = importConfig(env, realm, "oidc",
                env.baseUrl() + "/realms/omakase/.well-known/openid-configuration");
        config.putAll(Map.of("clientId", app.clientId(), "clientSecret", app.secret(), "clientAuthMethod", "client_secret_post",
                "pkceEnabled", "true", "pkceMethod", "S256", "validateSignature", "true", "useJwksUrl", "true",
                "defaultScope", "openid email profile", "syncMode", "IMPORT"));
        createBroker(env, realm, "oidc", config);
    }

    private static Map<String, Object> importConfig(TestEnvironment env, String realm, String providerId, String url) {
        AdminApi.Response imported = env.admin().send("POST", "/realms/" + realm + "/identity-provider/import-config",
                Map.of("providerId", providerId, "fromUrl", url));
        expect(imported, 200, "import-config " + url);
        return new HashMap<>(new ObjectMapper().convertValue(imported.json(), Map.class));
    }

    private static void createBroker(TestEnvironment env, String realm, String providerId, Map<String, Object> config) {
        expect(env.admin().send("POST", "/realms/" + realm + "/identity-provider/instances", Map.of("alias", BROKER,
                "displayName", "Omakase Login", "providerId", providerId, "enabled", true, "trustEmail", true, "config", config)),
                201, "identity provider");
    }

    private static Map<String, Object> base(String tenantId, String clientId, String protocol, String template) {
        Map<String, Object> client = new HashMap<>(Map.of("clientId", clientId, "name", clientId, "protocol", protocol,
                "enabled", true, "directAccessGrantsEnabled", false, "serviceAccountsEnabled", false));
        client.put("attributes", new HashMap<>(Map.of(TenantApps.TENANT, tenantId, TenantApps.TEMPLATE, template,
                TenantApps.ASSIGNMENT, TenantApps.ASSIGN_ALL, TenantApps.DISPLAY_NAME, "検証アプリ " + clientId,
                "standard.token.exchange.enabled", "false")));
        return client;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> attributes(Map<String, Object> client) {
        return (Map<String, String>) client.get("attributes");
    }

    private static App create(TestEnvironment env, Map<String, Object> client, String secret) {
        AdminApi.Response created = env.admin().send("POST", "/realms/omakase/clients", client);
        expect(created, 201, "client " + client.get("clientId"));
        String id = created.location().substring(created.location().lastIndexOf('/') + 1);
        expect(env.admin().send("POST", "/realms/omakase/clients/" + id + "/roles", Map.of("name", TenantApps.ACCESS_ROLE)),
                201, "access role");
        return new App(id, (String) client.get("clientId"), secret);
    }

    /** The text of the element {@code id} of the browser's page (a peer's result page). */
    static String byId(Browser browser, String id) {
        return browser.find(By.id(id)).getText();
    }

    /** Waits up to 30 seconds until the page's text contains {@code text}. */
    static void awaitText(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(() -> "page text without " + text + ":\n"
                + browser.text()).until(d -> browser.text().contains(text));
    }

    static void expect(AdminApi.Response r, int status, String what) {
        if (r.status() != status) {
            throw new AssertionError(what + " answered " + r.status() + ": " + r.body());
        }
    }
}
