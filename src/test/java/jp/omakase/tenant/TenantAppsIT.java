package jp.omakase.tenant;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 16, SaaS設定 over HTTP: the catalogue; a 「カスタムSAML」 and a 「カスタムOIDC」 app made through the pages and read
 * back through Keycloak's admin REST API (client id = entity ID or generated, attributes, redirect URIs, protocol mappers,
 * the access role, no direct grants / service account / token exchange); the client secret shown once, then rotated; an
 * entity ID already in the realm refused without naming the tenant that has it; assignment to a group and a user (the
 * client role granted and revoked); disable, enable, delete through the confirmation; admin events with the tenant id.
 */
@KeycloakIT
class TenantAppsIT {

    private static final Pattern APP_ROW = Pattern.compile("class=\"omakase-app-row\" data-app-id=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"omakase-app-secret\" value=\"([^\"]+)\"");

    @Test
    void administratorAddsASamlAndAnOidcAppAssignsThemAndDeletesOne(TestEnvironment env) throws IOException {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "連携商事");
        ConsoleTenants.Tenant other = ConsoleTenants.create(env, "他社");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String memberEmail = "app-member-" + suffix + "@example.jp";
        String memberId = ConsoleTenants.member(env, t.id(), memberEmail, "山田", "花子", false);
        String groupId = env.admin().send("POST", "/realms/omakase/organizations/" + t.id() + "/groups", Map.of("name", "営業部"))
                .location().replaceAll(".*/", "");

        PageSession admin = new PageSession(env.baseUrl());
        HttpResponse<String> list = admin.logIn(t.console("apps"), t.adminEmail(), ConsoleTenants.PASSWORD);
        assertOk(list);
        assertTrue(PageSession.has(list, "omakase-apps-empty"), list.body());
        assertTrue(list.body().contains("id=\"omakase-console-nav-apps\" href=") && list.body().contains("aria-current=\"page\">SaaS設定"),
                "SaaS設定 is a link and the current item");
        HttpResponse<String> catalogue = admin.get(t.console("apps/new"));
        for (String id : List.of("google-workspace", "entra-id", "salesforce", "box", "slack", "zoom", "kintone", "line-works",
                "aws-iam-identity-center", "dropbox", "github-enterprise", "custom-saml", "custom-oidc")) {
            assertTrue(catalogue.body().contains("data-template=\"" + id + "\""), id);
        }
        assertTrue(catalogue.body().contains("カスタムSAML") && catalogue.body().contains("https://support.google.com/a/answer/12032922"));
        assertOk(admin.get(t.console("apps/new?template=google-workspace")));
        String csrf = PageSession.csrf(admin.get(t.console("apps/new?template=custom-saml"))).orElseThrow();
        assertEquals(404, admin.get(t.console("apps/new?template=nope")).statusCode());

        // カスタムSAML: errors next to the fields, then the app
        Map<String, List<String>> saml = saml(csrf, "https://sp-" + suffix + ".example.jp/saml");
        saml.put("field.acsUrls", List.of("http://sp.example.jp/acs"));
        saml.put("encryptionCertificate", List.of("not a certificate"));
        HttpResponse<String> wrong = admin.post(t.console("apps"), saml);
        assertEquals("形式が正しくありません。例を参考に入力してください。", PageSession.byId(wrong, "field.acsUrls-error"));
        assertTrue(PageSession.byId(wrong, "encryptionCertificate-error").startsWith("証明書を読み取れませんでした。"));
        assertEquals(403, admin.post(t.console("apps"), saml(null, "https://x.example.jp")).statusCode(), "no form token");
        String entityId = "https://sp-" + suffix + ".example.jp/saml";
        HttpResponse<String> created = admin.post(t.console("apps"), saml(csrf, entityId));
        assertOk(created);
        assertEquals("アプリを追加しました。SaaS側に下記の値を設定してください。", PageSession.byId(created, "omakase-console-result"));
        assertEquals(entityId, PageSession.byId(created, "omakase-app-entity-id"));
        assertTrue(PageSession.byId(created, "omakase-app-metadata-url").endsWith("/realms/omakase/protocol/saml/descriptor"));
        assertTrue(PageSession.byId(created, "omakase-app-idp-initiated-url").contains("/realms/omakase/protocol/saml/clients/"));
        JsonNode sp = env.admin().get("/realms/omakase/clients?clientId=" + entityId).get(0);
        String samlId = sp.path("id").asText();
        assertTrue(created.uri().toString().contains("/apps/" + samlId), created.uri().toString());
        assertEquals("saml", sp.path("protocol").asText());
        JsonNode attrs = sp.path("attributes");
        assertEquals(t.id(), attrs.path("omakase.tenant").asText());
        assertEquals("custom-saml", attrs.path("omakase.template").asText());
        assertEquals("all", attrs.path("omakase.assignment").asText());
        assertEquals("自社SP", attrs.path("omakase.displayName").asText());
        assertEquals("persistent", attrs.path("saml_name_id_format").asText());
        assertEquals("https://sp-" + suffix + ".example.jp/acs", attrs.path("saml_assertion_consumer_url_post").asText());
        assertEquals("true", attrs.path("saml.assertion.signature").asText());
        assertEquals("false", attrs.path("saml.server.signature").asText());
        assertEquals("true", attrs.path("saml.encrypt").asText());
        assertEquals("http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p", attrs.path("saml.encryption.keyAlgorithm").asText());
        assertEquals(certificate().replaceAll("-----[A-Z ]+-----|\\s", ""), attrs.path("saml.encryption.certificate").asText());
        assertFalse(attrs.path("saml_idp_initiated_sso_url_name").asText().isEmpty());
        assertEquals(List.of("https://sp-" + suffix + ".example.jp/acs", "https://sp-" + suffix + ".example.jp/acs2"),
                sorted(sp.path("redirectUris")));
        assertFalse(sp.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(sp.path("serviceAccountsEnabled").asBoolean());
        Map<String, JsonNode> mappers = mappers(sp);
        assertEquals("email", mappers.get("omakase nameid").path("config").path("user.attribute").asText());
        assertEquals("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
                mappers.get("omakase nameid").path("config").path("mapper.nameid.format").asText());
        assertEquals("memberOf", mappers.get("omakase groups").path("config").path("attribute.name").asText());
        assertEquals("saml-group-membership-mapper", mappers.get("omakase groups").path("protocolMapper").asText());
        assertEquals("sn", mappers.get("omakase lastName").path("config").path("attribute.name").asText());
        assertFalse(mappers.containsKey("omakase department"), "a blank attribute is not sent");
        assertEquals("omakase-access",
                env.admin().get("/realms/omakase/clients/" + samlId + "/roles/omakase-access").path("name").asText());
        HttpResponse<String> pem = admin.get(t.console("apps/" + samlId + "/certificate"));
        assertEquals(200, pem.statusCode());
        assertTrue(pem.body().startsWith("-----BEGIN CERTIFICATE-----\n"), pem.body());
        assertTrue(pem.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));

        // an entity ID already in the realm: refused, for another tenant too, without naming the tenant that has it
        PageSession stranger = new PageSession(env.baseUrl());
        assertOk(stranger.logIn(other.console("apps"), other.adminEmail(), ConsoleTenants.PASSWORD));
        String otherCsrf = PageSession.csrf(stranger.get(other.console("apps/new?template=custom-saml"))).orElseThrow();
        for (String taken : List.of(entityId, "omakase-tenant-admin")) {
            HttpResponse<String> refused = stranger.post(other.console("apps"), saml(otherCsrf, taken));
            assertEquals("このエンティティIDは使用できません。SaaS側の値を確認してください。", PageSession.byId(refused, "entityId-error"), taken);
            assertFalse(refused.body().contains(t.name()) || refused.body().contains(t.id()), "names no tenant");
        }
        assertEquals(1, env.admin().get("/realms/omakase/clients?clientId=" + entityId).size());
        assertEquals(0, env.admin().get("/realms/omakase/clients?q=omakase.tenant:" + other.id()).size());

        // カスタムOIDC: a generated client id, the secret shown once
        Map<String, List<String>> oidc = new HashMap<>(Map.of("csrf", List.of(csrf), "template", List.of("custom-oidc"),
                "displayName", List.of("社内RP"),
                "field.redirectUris", List.of("https://rp-" + suffix + ".example.jp/cb\nhttp://localhost:3000/cb"),
                "clientType", List.of("confidential"), "backchannelLogoutUrl", List.of("https://rp-" + suffix + ".example.jp/logout"),
                "claim.groups", List.of("groups"), "claim.department", List.of("dept")));
        HttpResponse<String> rpPage = admin.post(t.console("apps"), oidc);
        assertOk(rpPage);
        String rpId = rpPage.uri().getPath().replaceAll(".*/apps/", "");
        JsonNode rp = env.admin().get("/realms/omakase/clients/" + rpId);
        String clientId = rp.path("clientId").asText();
        assertTrue(clientId.matches(Pattern.quote(alias(env, t)) + "-[a-z2-9]{8}"), clientId);
        assertEquals(clientId, PageSession.byId(rpPage, "omakase-app-client-id"));
        String secret = secret(rpPage);
        assertEquals(env.admin().get("/realms/omakase/clients/" + rpId + "/client-secret").path("value").asText(), secret);
        assertFalse(admin.get(t.console("apps/" + rpId)).body().contains(secret), "shown once");
        assertFalse(rp.path("publicClient").asBoolean());
        assertFalse(rp.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(rp.path("serviceAccountsEnabled").asBoolean());
        assertFalse(rp.path("implicitFlowEnabled").asBoolean());
        assertEquals("false", rp.path("attributes").path("standard.token.exchange.enabled").asText());
        assertEquals("https://rp-" + suffix + ".example.jp/logout", rp.path("attributes").path("backchannel.logout.url").asText());
        assertEquals(List.of("http://localhost:3000/cb", "https://rp-" + suffix + ".example.jp/cb"), sorted(rp.path("redirectUris")));
        Map<String, JsonNode> claims = mappers(rp);
        assertEquals("groups", claims.get("omakase groups").path("config").path("claim.name").asText());
        assertEquals("department", claims.get("omakase department").path("config").path("user.attribute").asText());
        HttpResponse<String> rotated = admin.post(t.console("apps/" + rpId + "/secret"), Map.of("csrf", List.of(csrf)));
        assertEquals("クライアントシークレットを再発行しました。以前のシークレットは使用できません。", PageSession.byId(rotated, "omakase-console-result"));
        assertNotEquals(secret, secret(rotated));
        assertEquals(env.admin().get("/realms/omakase/clients/" + rpId + "/client-secret").path("value").asText(), secret(rotated));
        oidc.put("clientType", List.of("public"));
        oidc.put("field.redirectUris", List.of("http://rp.example.jp/cb"));
        assertEquals("形式が正しくありません。例を参考に入力してください。",
                PageSession.byId(admin.post(t.console("apps/" + rpId + "/edit"), oidc), "field.redirectUris-error"), "https only");
        oidc.put("field.redirectUris", List.of("https://rp-" + suffix + ".example.jp/cb"));
        HttpResponse<String> edited = admin.post(t.console("apps/" + rpId + "/edit"), oidc);
        assertEquals("アプリの設定を変更しました。", PageSession.byId(edited, "omakase-console-result"));
        rp = env.admin().get("/realms/omakase/clients/" + rpId);
        assertTrue(rp.path("publicClient").asBoolean());
        assertEquals("S256", rp.path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals(clientId, rp.path("clientId").asText(), "the client id stays");
        assertTrue(admin.get(t.console("apps/" + rpId + "/edit")).body().contains("value=\"public\" selected"));

        // the list: this tenant's two apps only
        HttpResponse<String> apps = admin.get(t.console("apps"));
        assertEquals(List.of(rpId, samlId).stream().sorted().toList(),
                APP_ROW.matcher(apps.body()).results().map(m -> m.group(1)).sorted().toList());

        // assignment: chosen groups and users hold the client role
        HttpResponse<String> chosen = admin.post(t.console("apps/" + samlId + "/assignment"), Map.of("csrf", List.of(csrf),
                "assignment", List.of("chosen")));
        assertEquals("利用者の割り当てを保存しました。", PageSession.byId(chosen, "omakase-console-result"));
        assertEquals("chosen", env.admin().get("/realms/omakase/clients/" + samlId).path("attributes").path("omakase.assignment").asText());
        // Keycloak's /groups API refuses Organization groups: read through the Organization's group API
        String orgGroup = "/realms/omakase/organizations/" + t.id() + "/groups/" + groupId;
        int joined = env.admin().send("PUT", orgGroup + "/members/" + memberId, null).status();
        assertTrue(joined == 204 || joined == 200, "member joins the group: " + joined);
        String direct = "/realms/omakase/users/" + memberId + "/role-mappings/clients/" + samlId;
        HttpResponse<String> granted = admin.post(t.console("apps/" + samlId + "/assignment/groups"), Map.of("csrf", List.of(csrf),
                "group", List.of(groupId)));
        assertTrue(granted.body().contains("data-group-id=\"" + groupId + "\"><span>営業部</span>"), granted.body());
        assertEquals("omakase-access", env.admin().get(orgGroup + "/role-mappings/clients/" + samlId).get(0).path("name").asText());
        assertEquals(0, env.admin().get(direct).size(), "not a direct mapping");
        admin.post(t.console("apps/" + samlId + "/assignment/groups/" + groupId + "/remove"), Map.of("csrf", List.of(csrf)));
        assertEquals(0, env.admin().get(orgGroup + "/role-mappings/clients/" + samlId).size(), "revoked from the group");
        HttpResponse<String> foreign = admin.post(t.console("apps/" + samlId + "/assignment/users"), Map.of("csrf", List.of(csrf),
                "email", List.of(other.adminEmail())));
        assertEquals("このテナントにこのメールアドレスのユーザーはいません。", PageSession.byId(foreign, "email-error"));
        HttpResponse<String> user = admin.post(t.console("apps/" + samlId + "/assignment/users"), Map.of("csrf", List.of(csrf),
                "email", List.of(memberEmail)));
        assertTrue(user.body().contains("data-user-id=\"" + memberId + "\""), user.body());
        assertEquals(1, env.admin().get(direct).size());
        admin.post(t.console("apps/" + samlId + "/assignment/users/" + memberId + "/remove"), Map.of("csrf", List.of(csrf)));
        assertEquals(0, env.admin().get(direct).size());

        // disable, enable, delete through the confirmation
        assertEquals("アプリを無効にしました。", PageSession.byId(admin.post(t.console("apps/" + samlId + "/disable"),
                Map.of("csrf", List.of(csrf))), "omakase-console-result"));
        assertFalse(env.admin().get("/realms/omakase/clients/" + samlId).path("enabled").asBoolean());
        admin.post(t.console("apps/" + samlId + "/enable"), Map.of("csrf", List.of(csrf)));
        assertTrue(env.admin().get("/realms/omakase/clients/" + samlId).path("enabled").asBoolean());
        HttpResponse<String> confirm = admin.post(t.console("apps/" + samlId + "/delete"), Map.of("csrf", List.of(csrf)));
        assertEquals("アプリ「自社SP」を削除します。よろしいですか。", PageSession.byId(confirm, "omakase-app-delete-what"));
        assertEquals(200, env.admin().send("GET", "/realms/omakase/clients/" + samlId, null).status(), "not without the confirmation");
        HttpResponse<String> deleted = admin.post(t.console("apps/" + samlId + "/delete"), Map.of("csrf", List.of(csrf),
                "confirmed", List.of("true")));
        assertEquals("アプリを削除しました。", PageSession.byId(deleted, "omakase-console-result"));
        assertEquals(404, env.admin().send("GET", "/realms/omakase/clients/" + samlId, null).status());

        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=clients/" + samlId + "&max=50").toString();
        for (String change : List.of("created", "assignment", "disabled", "enabled", "deleted")) {
            assertTrue(events.contains("\\\"change\\\":\\\"" + change + "\\\"") && events.contains(t.id()), change + ": " + events);
        }
        String rpEvents = env.admin().get("/realms/omakase/admin-events?resourcePath=clients/" + rpId + "&max=50").toString();
        assertTrue(rpEvents.contains("secret-rotated") && rpEvents.contains("updated") && !rpEvents.contains(secret(rotated)), rpEvents);
        String grants = env.admin().get("/realms/omakase/admin-events?resourcePath=groups/" + groupId + "/role-mappings/clients/" + samlId
                + "&max=20").toString();
        assertTrue(grants.contains("access-granted") && grants.contains("access-revoked") && grants.contains("CLIENT_ROLE_MAPPING"),
                grants);
    }

    private static Map<String, List<String>> saml(String csrf, String entityId) throws IOException {
        String host = entityId.replaceAll("^https://|/saml$", "");
        Map<String, List<String>> form = new HashMap<>();
        if (csrf != null) {
            form.put("csrf", List.of(csrf));
        }
        form.put("template", List.of("custom-saml"));
        form.put("displayName", List.of("自社SP"));
        form.put("field.entityId", List.of(entityId));
        form.put("field.acsUrls", List.of("https://" + host + "/acs\nhttps://" + host + "/acs2"));
        form.put("nameIdFormat", List.of("persistent"));
        form.put("nameIdSource", List.of("email"));
        form.put("signAssertions", List.of("true"));
        form.put("encrypt", List.of("true"));
        form.put("keyTransport", List.of("rsa-oaep-mgf1p"));
        form.put("encryptionCertificate", List.of(certificate()));
        form.put("attr.lastName", List.of("sn"));
        form.put("attr.firstName", List.of("givenName"));
        form.put("attr.email", List.of("mail"));
        form.put("attr.groups", List.of("memberOf"));
        form.put("idpInitiated", List.of("true"));
        return form;
    }

    private static String certificate() throws IOException {
        try (InputStream in = TenantAppsIT.class.getResourceAsStream("apps/sp-encryption.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String secret(HttpResponse<String> page) {
        Matcher m = SECRET.matcher(page.body());
        assertTrue(m.find(), "the secret is on the page: " + page.body());
        return m.group(1);
    }

    private static String alias(TestEnvironment env, ConsoleTenants.Tenant t) {
        return env.admin().get("/realms/omakase/organizations/" + t.id()).path("alias").asText();
    }

    private static Map<String, JsonNode> mappers(JsonNode client) {
        Map<String, JsonNode> byName = new HashMap<>();
        client.path("protocolMappers").forEach(m -> byName.put(m.path("name").asText(), m));
        return byName;
    }

    private static List<String> sorted(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out.stream().sorted().toList();
    }
}
