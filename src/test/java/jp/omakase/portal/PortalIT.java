package jp.omakase.portal;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jp.omakase.gate.GateApps;
import jp.omakase.security.PageSession;
import jp.omakase.tenant.ConsoleTenants;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 16, the users' portal over HTTP: the tiles are exactly the apps the user may use (for all members, through a
 * group, directly; never an unassigned one nor another tenant's), with their launch URLs; the profile; the password
 * change through Keycloak's UPDATE_PASSWORD; the console link for administrators only; sign-out everywhere ends every
 * session of the user.
 */
@KeycloakIT
class PortalIT {

    private static final String PORTAL = "/realms/omakase/omakase/portal/";
    private static final Pattern TILE = Pattern.compile("data-app-id=\"([^\"]+)\"");

    @Test
    void tilesShowExactlyTheAssignedAppsOfTheUsersTenant(TestEnvironment env) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "ポータルA社");
        ConsoleTenants.Tenant b = ConsoleTenants.create(env, "ポータルB社");
        String s = UUID.randomUUID().toString().substring(0, 8);
        String email = "portal-" + s + "@example.jp";
        String userId = addThroughTheConsole(env, a, email);
        GateApps.App forAll = GateApps.oidc(env, a.id(), "全員のアプリ", false);
        GateApps.App byGroup = GateApps.oidc(env, a.id(), "グループのアプリ", true);
        GateApps.App direct = GateApps.saml(env, a.id(), "個人のSAMLアプリ", true, "portal-sp-" + s);
        GateApps.App notMine = GateApps.oidc(env, a.id(), "割り当てなしのアプリ", true);
        GateApps.App otherTenant = GateApps.oidc(env, b.id(), "B社のアプリ", false);
        AdminApi.Response group = env.admin().send("POST", "/realms/omakase/groups", Map.of("name", "portal-group-" + s));
        String groupId = group.location().substring(group.location().lastIndexOf('/') + 1);
        assertEquals(204, env.admin().send("PUT", "/realms/omakase/users/" + userId + "/groups/" + groupId, null).status());
        GateApps.assign(env, byGroup, "groups", groupId, true);
        GateApps.assign(env, direct, "users", userId, true);

        PageSession user = new PageSession(env.baseUrl());
        HttpResponse<String> home = user.logIn(PORTAL, email, ConsoleTenants.PASSWORD);
        assertOk(home);
        assertEquals(Set.of(forAll.id(), byGroup.id(), direct.id()), tiles(home), home.body());
        assertFalse(home.body().contains(notMine.id()) || home.body().contains(otherTenant.id()) || home.body().contains("B社のアプリ"));
        assertTrue(home.body().contains("門田 一郎"), home.body());
        assertTrue(home.body().contains("href=\"" + env.baseUrl() + "/realms/omakase/protocol/saml/clients/portal-sp-" + s + "\""),
                "SAML: the IdP-initiated URL");
        assertTrue(home.body().contains("href=\"https://" + forAll.clientId() + ".example.jp/home\""), "OIDC: the base URL");
        assertFalse(PageSession.has(home, "omakase-portal-console"), "no console link for a plain user");

        HttpResponse<String> profile = user.get(PORTAL + "profile");
        assertOk(profile);
        assertEquals("門田 一郎", PageSession.byId(profile, "omakase-profile-name"));
        assertEquals("カドタ イチロウ", PageSession.byId(profile, "omakase-profile-kana"));
        assertEquals(email, PageSession.byId(profile, "omakase-profile-email"));
        assertEquals("営業部", PageSession.byId(profile, "omakase-profile-department"));
        assertEquals(a.name(), PageSession.byId(profile, "omakase-profile-tenant"));
        assertTrue(profile.body().contains("/login-actions/reset-credentials?client_id=omakase-portal"), "forgot-password link");

        HttpResponse<String> password = user.get(PORTAL + "password");
        assertTrue(user.redirects().stream().anyMatch(u -> u.contains("kc_action=UPDATE_PASSWORD")
                && u.contains("client_id=omakase-portal")), user.redirects().toString());
        assertOk(password);
        assertTrue(password.body().contains("password-new") || password.body().contains("kc-form-login"), password.body());
    }

    @Test
    void administratorsGetTheConsoleLinkAndSignOutEverywhereEndsEverySession(TestEnvironment env) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "ポータル管理社");
        PageSession first = new PageSession(env.baseUrl());
        HttpResponse<String> home = first.logIn(PORTAL, a.adminEmail(), ConsoleTenants.PASSWORD);
        assertOk(home);
        assertTrue(PageSession.has(home, "omakase-portal-no-apps"), home.body());
        assertTrue(home.body().contains("id=\"omakase-portal-console\" href=\"" + env.baseUrl() + "/realms/omakase/omakase/tenant/\""),
                home.body());
        PageSession second = new PageSession(env.baseUrl());
        second.logIn(ConsoleTenants.CONSOLE, a.adminEmail(), ConsoleTenants.PASSWORD);
        assertEquals(2, env.admin().get("/realms/omakase/users/" + a.adminId() + "/sessions").size());

        assertEquals(403, first.post(PORTAL + "sign-out", Map.of()).statusCode(), "no form token");
        HttpResponse<String> out = first.post(PORTAL + "sign-out", Map.of("csrf", List.of(PageSession.csrf(home).orElseThrow())));
        assertTrue(out.body().contains("kc-form-login"), "back at the login: " + out.body());
        assertEquals(0, env.admin().get("/realms/omakase/users/" + a.adminId() + "/sessions").size(), "every session ended");
        assertTrue(second.get(ConsoleTenants.CONSOLE).body().contains("kc-form-login"), "the other browser is signed out too");
        assertNull(PageSession.byId(second.get(PORTAL), "omakase-portal-user"));
    }

    /** A member added by the tenant's administrator in the console (kana and 部署名 as the console stores them), with a password. */
    private static String addThroughTheConsole(TestEnvironment env, ConsoleTenants.Tenant t, String email) {
        PageSession admin = new PageSession(env.baseUrl());
        String csrf = PageSession.csrf(admin.logIn(t.console("users/new"), t.adminEmail(), ConsoleTenants.PASSWORD)).orElseThrow();
        Map<String, List<String>> form = new java.util.LinkedHashMap<>();
        form.put("csrf", List.of(csrf));
        form.put("lastName", List.of("門田"));
        form.put("firstName", List.of("一郎"));
        form.put("lastNameKana", List.of("カドタ"));
        form.put("firstNameKana", List.of("イチロウ"));
        form.put("email", List.of(email));
        form.put("department", List.of("営業部"));
        assertOk(admin.post(t.console("users"), form));
        String id = env.admin().get("/realms/omakase/users?exact=true&email=" + email).get(0).path("id").asText();
        assertEquals(204, env.admin().send("PUT", "/realms/omakase/users/" + id + "/reset-password",
                Map.of("type", "password", "value", ConsoleTenants.PASSWORD, "temporary", false)).status());
        return id;
    }

    private static Set<String> tiles(HttpResponse<String> page) {
        Set<String> ids = new TreeSet<>();
        Matcher m = TILE.matcher(page.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
