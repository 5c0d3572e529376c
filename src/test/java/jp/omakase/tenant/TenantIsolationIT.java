package jp.omakase.tenant;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/**
 * Issues 15 and 16, isolation: logged in as tenant A's administrator, every console route ({@link ConsoleRoutes#ALL},
 * which a unit test keeps equal to the routes JAX-RS serves) with tenant B's id and B's user (group, app), and with A's
 * id and B's user (group, app, or a service client), answers 404 with the same page as a tenant that does not exist,
 * and changes nothing (forms carry A's valid token and valid values, so only the tenant check stands in the way). B's
 * checked bulk file can be neither seen nor applied from A and is still B's to apply afterwards. A member of A who
 * is no administrator gets 403 on every route of A. The list's group filter and the add form's groups refuse another
 * tenant's group (404, nobody added).
 */
@KeycloakIT
class TenantIsolationIT {

    @Test
    void anotherTenantsAdministratorAndAPlainMemberAreRefusedOnEveryRoute(TestEnvironment env) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "テナントA");
        ConsoleTenants.Tenant b = ConsoleTenants.create(env, "テナントB");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String bUserEmail = "b-user-" + suffix + "@example.jp";
        String bUser = ConsoleTenants.member(env, b.id(), bUserEmail, "別", "社員", false);
        String aMemberEmail = "a-member-" + suffix + "@example.jp";
        ConsoleTenants.member(env, a.id(), aMemberEmail, "一般", "社員", false);
        JsonNode bUserBefore = env.admin().get("/realms/omakase/users/" + bUser);
        // グループ管理: a group of B, a group of A, a realm group (no tenant's)
        String bGroup = group(env, "/realms/omakase/organizations/" + b.id() + "/groups", "B-group-" + suffix);
        String aGroup = group(env, "/realms/omakase/organizations/" + a.id() + "/groups", "A-group-" + suffix);
        String realmGroup = group(env, "/realms/omakase/groups", "realm-group-" + suffix);
        // SaaS設定: an app of B, an app of A, a service client (no tenant's)
        String bApp = app(env, b.id(), "b-app-" + suffix);
        String aApp = app(env, a.id(), "a-app-" + suffix);
        String serviceClient = env.admin().get("/realms/omakase/clients?clientId=account").get(0).path("id").asText();

        // a checked bulk file of B, ready to be applied by B's administrator
        PageSession bAdmin = new PageSession(env.baseUrl());
        assertOk(bAdmin.logIn(b.console("users/csv"), b.adminEmail(), ConsoleTenants.PASSWORD));
        String bCsrf = PageSession.csrf(bAdmin.get(b.console("users/csv"))).orElseThrow();
        String bNew = "b-new-" + suffix + "@example.jp";
        String bFile = "操作,メールアドレス,姓,名,セイ,メイ,部署名,電話番号,グループ,管理者\r\n登録," + bNew + ",別,新人,,,,,,いいえ\r\n";
        HttpResponse<String> bChecked = bAdmin.postFile(b.console("users/csv/check"), Map.of("csrf", bCsrf), "file",
                bFile.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String bJob = uploadId(bChecked);

        PageSession admin = new PageSession(env.baseUrl());
        HttpResponse<String> home = admin.logIn(a.console(""), a.adminEmail(), ConsoleTenants.PASSWORD);
        assertOk(home);
        assertEquals(a.name(), PageSession.byId(home, "omakase-console-tenant"), "A's own console works");
        String csrf = PageSession.csrf(admin.get(a.console("users/new"))).orElseThrow();
        HttpResponse<String> unknown = admin.get(ConsoleTenants.CONSOLE + UUID.randomUUID() + "/users");
        assertEquals(404, unknown.statusCode());

        List<String> wrong = new ArrayList<>();
        String posted = "posted-" + suffix + "@example.jp";
        for (ConsoleRoutes.Route route : ConsoleRoutes.ALL) {
            List<String> urls = new ArrayList<>(List.of(ConsoleTenants.CONSOLE + b.id() + "/" + route.with(bUser, bGroup, bJob, bApp)));
            if (route.hasUser()) {
                urls.add(a.console(route.with(bUser, aGroup, bJob, aApp)));
            }
            if (route.hasGroup()) {
                urls.add(a.console(route.with(a.adminId(), bGroup, bJob, aApp)));
                urls.add(a.console(route.with(a.adminId(), realmGroup, bJob, aApp)));
            }
            if (route.hasJob() || route.path().endsWith("csv/apply")) {
                urls.add(a.console(route.with(a.adminId(), aGroup, bJob, aApp)));
            }
            if (route.hasApp()) {
                urls.add(a.console(route.with(a.adminId(), aGroup, bJob, bApp)));
                urls.add(a.console(route.with(a.adminId(), aGroup, bJob, serviceClient)));
            }
            for (String url : urls) {
                HttpResponse<String> answer = send(admin, route, url, csrf, posted, bJob);
                if (answer.statusCode() != 404 || !answer.body().contains("ページが見つかりません")
                        || answer.body().contains(b.name()) || answer.body().contains(bUserEmail)) {
                    wrong.add(route.method() + " " + url + " → " + answer.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong, "A's administrator on B's tenant or B's user");
        Map<String, List<String>> nested = new LinkedHashMap<>(Map.of("csrf", List.of(csrf), "name", List.of("侵入"),
                "parent", List.of(bGroup)));
        assertEquals(404, admin.post(a.console("groups"), nested).statusCode(), "B's group as the parent of a new group of A");
        for (String foreign : List.of(bGroup, realmGroup)) {
            Map<String, List<String>> join = Map.of("csrf", List.of(csrf), "group", List.of(foreign));
            assertEquals(404, admin.post(a.console("users/" + a.adminId() + "/groups"), join).statusCode(),
                    "A's administrator put into B's group or a realm group");
        }
        // ユーザー管理's group filter and ユーザーの追加's groups: B's group or a realm group is the same 404, nobody is added
        for (String foreign : List.of(bGroup, realmGroup)) {
            HttpResponse<String> filtered = admin.get(a.console("users?group=" + foreign));
            assertEquals(404, filtered.statusCode(), "list filtered by " + foreign);
            assertFalse(filtered.body().contains(bUserEmail));
            Map<String, List<String>> add = form(csrf, posted);
            add.put("group", List.of(aGroup, foreign));
            assertEquals(404, admin.post(a.console("users"), add).statusCode(), "a user of A added to " + foreign);
        }

        PageSession member = new PageSession(env.baseUrl());
        assertEquals(403, member.logIn(a.console(""), aMemberEmail, ConsoleTenants.PASSWORD).statusCode());
        String memberCsrf = PageSession.csrf(member.get(ConsoleTenants.CONSOLE)).orElse("none");
        for (ConsoleRoutes.Route route : ConsoleRoutes.ALL) {
            HttpResponse<String> answer = send(member, route, a.console(route.with(a.adminId(), aGroup, bJob, aApp)), memberCsrf, posted,
                    bJob);
            if (answer.statusCode() != 403) {
                wrong.add("member: " + route.method() + " " + route.path() + " → " + answer.statusCode());
            }
        }
        assertEquals(List.of(), wrong, "a member who is no administrator");

        // nothing changed: B's user as before, no user with the posted address, A's administrator still enabled
        JsonNode bUserAfter = env.admin().get("/realms/omakase/users/" + bUser);
        for (String field : List.of("enabled", "email", "firstName", "lastName", "username")) {
            assertEquals(bUserBefore.path(field), bUserAfter.path(field), field);
        }
        assertEquals(0, env.admin().get("/realms/omakase/users?email=" + posted + "&exact=true").size());
        assertEquals(2, env.admin().get("/realms/omakase/organizations/" + b.id() + "/members").size());
        assertTrue(env.admin().get("/realms/omakase/users/" + a.adminId()).path("enabled").asBoolean());
        String orgs = "/realms/omakase/organizations/";
        assertEquals("B-group-" + suffix, env.admin().get(orgs + b.id() + "/groups/" + bGroup).path("name").asText());
        assertEquals("A-group-" + suffix, env.admin().get(orgs + a.id() + "/groups/" + aGroup).path("name").asText());
        assertEquals("realm-group-" + suffix, env.admin().get("/realms/omakase/groups/" + realmGroup).path("name").asText());
        assertEquals(1, env.admin().get("/realms/omakase/organizations/" + a.id() + "/groups").size(), "no group was created in A");
        assertEquals(0, env.admin().get("/realms/omakase/organizations/" + b.id() + "/groups/" + bGroup + "/members").size());
        assertFalse(env.admin().get("/realms/omakase/users/" + a.adminId() + "/role-mappings/realm").toString().isEmpty());
        for (String app : List.of(bApp, aApp, serviceClient)) {
            JsonNode client = env.admin().get("/realms/omakase/clients/" + app);
            assertTrue(client.path("enabled").asBoolean(), "app " + app + " still there and enabled");
        }
        assertEquals("b-app-" + suffix, env.admin().get("/realms/omakase/clients/" + bApp).path("clientId").asText());
        assertEquals(0, env.admin().get("/realms/omakase/clients/" + aApp + "/roles/omakase-access/users").size(), "nobody was assigned");
        assertEquals(1, env.admin().get("/realms/omakase/clients?q=omakase.tenant:" + a.id()).size(), "no app was created in A");
        assertEquals(1, env.admin().get("/realms/omakase/clients?q=omakase.tenant:" + b.id()).size(), "nor in B");
        assertEquals(0, env.admin().get("/realms/omakase/users?email=" + bNew + "&exact=true").size(), "B's file was not applied");
        for (String tenant : List.of(a.id(), b.id())) {
            String attributes = env.admin().get(orgs + tenant).path("attributes").toString();
            assertFalse(attributes.contains("omakase.password") || attributes.contains("omakase.networks"),
                    "no security setting was written: " + attributes);
        }
        // B's file was neither used nor spent by A's attempts: B's own administrator applies it once
        HttpResponse<String> applied = bAdmin.post(b.console("users/csv/apply"), Map.of("csrf", List.of(bCsrf), "upload", List.of(bJob)));
        assertOk(applied);
        assertTrue(PageSession.has(applied, "omakase-csv-progress"), applied.body());
    }

    /** The id of the checked file that the check page offers to apply. */
    static String uploadId(HttpResponse<String> checked) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"upload\" value=\"([^\"]+)\"").matcher(checked.body());
        if (!m.find()) {
            throw new AssertionError("no file to apply on " + checked.uri() + ": " + checked.body());
        }
        return m.group(1);
    }

    /** A tenant's app made through Keycloak's admin REST API (an OIDC client with the tenant attribute and its access role); its id. */
    static String app(TestEnvironment env, String tenantId, String clientId) {
        AdminApi.Response created = env.admin().send("POST", "/realms/omakase/clients", Map.of("clientId", clientId,
                "protocol", "openid-connect", "enabled", true, "attributes", Map.of("omakase.tenant", tenantId)));
        if (created.status() != 201) {
            throw new AssertionError("client creation answered " + created.status() + ": " + created.body());
        }
        String id = created.location().substring(created.location().lastIndexOf('/') + 1);
        env.admin().send("POST", "/realms/omakase/clients/" + id + "/roles", Map.of("name", "omakase-access"));
        return id;
    }

    /** A group made through Keycloak's admin REST API at {@code path} (an Organization's groups or the realm's); its id. */
    private static String group(TestEnvironment env, String path, String name) {
        AdminApi.Response created = env.admin().send("POST", path, Map.of("name", name));
        if (created.status() != 201) {
            throw new AssertionError("group creation answered " + created.status() + ": " + created.body());
        }
        return created.location().substring(created.location().lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> send(PageSession session, ConsoleRoutes.Route route, String url, String csrf, String email,
                                             String job) {
        if ("GET".equals(route.method())) {
            return session.get(url);
        }
        if (route.path().endsWith("csv/check")) {
            byte[] file = ("操作,メールアドレス\r\n削除," + email + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return session.postFile(url, Map.of("csrf", csrf), "file", file);
        }
        Map<String, List<String>> form = form(csrf, email);
        form.put("upload", List.of(job));
        return session.post(url, form);
    }

    /** A form every console form accepts as valid (a user's fields, a group's name, the confirmation). */
    private static Map<String, List<String>> form(String csrf, String email) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("csrf", List.of(csrf));
        form.put("lastName", List.of("侵入"));
        form.put("firstName", List.of("太郎"));
        form.put("lastNameKana", List.of("シンニュウ"));
        form.put("firstNameKana", List.of("タロウ"));
        form.put("email", List.of(email));
        form.put("admin", List.of("true"));
        form.put("name", List.of("侵入"));
        form.put("confirmed", List.of("true"));
        // SaaS設定: a valid custom OIDC app, an assignment of everyone and of A's administrator
        form.put("template", List.of("custom-oidc"));
        form.put("displayName", List.of("侵入アプリ"));
        form.put("field.redirectUris", List.of("https://posted.example.jp/cb"));
        form.put("clientType", List.of("confidential"));
        form.put("assignment", List.of("chosen"));
        // セキュリティ設定: a stricter password rule, a network list that shuts everyone out, confirmed
        form.put("minLength", List.of("20"));
        form.put("classes", List.of("4"));
        form.put("ranges", List.of("192.0.2.0/24"));
        form.put("scope", List.of("all"));
        form.put("confirmLockout", List.of("true"));
        return form;
    }
}
