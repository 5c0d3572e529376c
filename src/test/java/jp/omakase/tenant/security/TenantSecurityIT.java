package jp.omakase.tenant.security;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.tenant.ConsoleTenants;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 17, パスワードポリシー and アクセス制限 over HTTP against the real server: a tenant's stricter rule, set on its
 * console page, refuses at the first login's password page a password the service rule accepts (with the rule shown
 * before the error and a precise message), while a member of another tenant sets the same password; the history rule
 * refuses the current password through the admin API too. The allowed networks refuse a member signing in from
 * another address (page naming the address, LOGIN_ERROR event with it), exempt administrators when so chosen, leave
 * other tenants alone, and the console asks for an explicit confirmation before a list that shuts out the caller.
 */
@KeycloakIT
class TenantSecurityIT {

    /** Accepted by the service rule (10 characters, 4 classes). */
    static final String SERVICE_OK = "Abcdefgh1!";
    /** Accepted by the stricter rule below (15 characters, 4 classes). */
    static final String STRICT_OK = "Xyzdefghijk-12!";

    @Test
    void aTenantsStricterPasswordRuleRefusesWhatTheServiceAndAnotherTenantAccept(TestEnvironment env) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "厳格商事");
        ConsoleTenants.Tenant b = ConsoleTenants.create(env, "標準商事");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String aEmail = "strict-" + suffix + "@example.jp";
        String aUser = ConsoleTenants.member(env, a.id(), aEmail, "厳格", "一郎", false);
        String bEmail = "plain-" + suffix + "@example.jp";
        String bUser = ConsoleTenants.member(env, b.id(), bEmail, "標準", "二郎", false);

        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(a.console("security"), a.adminEmail(), ConsoleTenants.PASSWORD));
        HttpResponse<String> index = admin.get(a.console("security"));
        assertEquals("サービス標準のルールです。", PageSession.byId(index, "omakase-security-password-state"));
        assertEquals("セキュリティ設定", PageSession.byId(index, "omakase-console-nav-security"));
        HttpResponse<String> page = admin.get(a.console("security/password"));
        assertOk(page);
        String csrf = PageSession.csrf(page).orElseThrow();
        HttpResponse<String> weaker = admin.post(a.console("security/password"), Map.of("csrf", List.of(csrf), "minLength", List.of("8"),
                "classes", List.of("3")));
        assertEquals("10から64までの数字で入力してください。", PageSession.byId(weaker, "minLength-error"), "never weaker than the service");
        assertFalse(attributes(env, a.id()).contains("omakase.password"));
        assertEquals(403, admin.post(a.console("security/password"), Map.of("csrf", List.of("forged"), "minLength", List.of("15")))
                .statusCode());
        HttpResponse<String> saved = admin.post(a.console("security/password"), Map.of("csrf", List.of(csrf), "minLength", List.of("15"),
                "classes", List.of("4"), "history", List.of("2"), "notEmail", List.of("true")));
        assertEquals("パスワードポリシーを保存しました。", PageSession.byId(saved, "omakase-console-result"));
        assertEquals("サービス標準より厳しいルールを設定しています。", PageSession.byId(saved, "omakase-security-password-state"));
        assertEquals("15", value(admin.get(a.console("security/password")), "minLength"), "the page shows what is stored");
        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=organizations/" + a.id() + "&max=20").toString();
        assertTrue(events.contains("\\\"change\\\":\\\"password-policy-saved\\\"") && events.contains(a.id()), events);
        assertFalse(attributes(env, b.id()).contains("omakase.password"), "B untouched");

        // first login: both members must set a password (UPDATE_PASSWORD), as a new member does
        for (String id : List.of(aUser, bUser)) {
            assertEquals(204, env.admin().send("PUT", "/realms/omakase/users/" + id, Map.of("requiredActions", List.of("UPDATE_PASSWORD")))
                    .status());
        }
        PageSession strict = new PageSession(env.baseUrl());
        HttpResponse<String> form = strict.logIn(ConsoleTenants.CONSOLE, aEmail, ConsoleTenants.PASSWORD);
        assertTrue(PageSession.has(form, "omakase-tenant-password-rule"), "the tenant's rule is shown before any error: " + form.body());
        assertTrue(form.body().contains("15文字以上。"), form.body());
        HttpResponse<String> refused = strict.post(PageSession.formAction(form, "kc-passwd-update-form"),
                Map.of("password-new", List.of(SERVICE_OK), "password-confirm", List.of(SERVICE_OK)));
        assertTrue(refused.body().contains("このテナントでは、パスワードは15文字以上で入力してください（現在10文字）。"), refused.body());
        assertTrue(PageSession.has(refused, "kc-passwd-update-form"), "still on the password page");
        String withEmail = "Strict-" + suffix + "-X9";
        HttpResponse<String> emailRefused = strict.post(PageSession.formAction(refused, "kc-passwd-update-form"),
                Map.of("password-new", List.of(withEmail), "password-confirm", List.of(withEmail)));
        assertTrue(emailRefused.body().contains("パスワードにメールアドレスの@より前の部分（strict-" + suffix + "）を含めることはできません。"),
                emailRefused.body());
        HttpResponse<String> accepted = strict.post(PageSession.formAction(emailRefused, "kc-passwd-update-form"),
                Map.of("password-new", List.of(STRICT_OK), "password-confirm", List.of(STRICT_OK)));
        assertFalse(PageSession.has(accepted, "kc-passwd-update-form"), accepted.body());
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, aEmail, STRICT_OK), "omakase-tenant-user"));

        PageSession plain = new PageSession(env.baseUrl());
        HttpResponse<String> plainForm = plain.logIn(ConsoleTenants.CONSOLE, bEmail, ConsoleTenants.PASSWORD);
        assertFalse(PageSession.has(plainForm, "omakase-tenant-password-rule"), "no tenant rule shown in B");
        HttpResponse<String> plainDone = plain.post(PageSession.formAction(plainForm, "kc-passwd-update-form"),
                Map.of("password-new", List.of(SERVICE_OK), "password-confirm", List.of(SERVICE_OK)));
        assertFalse(PageSession.has(plainDone, "kc-passwd-update-form"), "B's member sets the service-valid password: " + plainDone.body());
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, bEmail, SERVICE_OK), "omakase-tenant-user"));

        // administrator-triggered reset (admin API): the history refuses the current password in A, not in B
        AdminApi.Response reused = env.admin().send("PUT", "/realms/omakase/users/" + aUser + "/reset-password",
                Map.of("type", "password", "value", STRICT_OK, "temporary", false));
        assertEquals(400, reused.status(), reused.body());
        assertTrue(reused.body().contains("omakaseTenantPasswordHistoryMessage") || reused.body().contains("2"), reused.body());
        String next = "Other-Strict-77!";
        assertEquals(204, env.admin().send("PUT", "/realms/omakase/users/" + aUser + "/reset-password",
                Map.of("type", "password", "value", next, "temporary", false)).status());
        assertEquals(400, env.admin().send("PUT", "/realms/omakase/users/" + aUser + "/reset-password",
                Map.of("type", "password", "value", STRICT_OK, "temporary", false)).status(), "the one before is in the last 2");
        assertEquals(204, env.admin().send("PUT", "/realms/omakase/users/" + bUser + "/reset-password",
                Map.of("type", "password", "value", SERVICE_OK, "temporary", false)).status(), "B has no history rule");
        JsonNode credentials = env.admin().get("/realms/omakase/users/" + aUser + "/credentials");
        assertTrue(credentials.toString().contains("omakase-password-history"), credentials.toString());
    }

    @Test
    void allowedNetworksRefuseAMemberFromElsewhereAndAskBeforeShuttingOutTheAdministrator(TestEnvironment env) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "拠点商事");
        ConsoleTenants.Tenant b = ConsoleTenants.create(env, "自由商事");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String memberEmail = "net-" + suffix + "@example.jp";
        String member = ConsoleTenants.member(env, a.id(), memberEmail, "拠点", "三郎", false);
        String otherEmail = "free-" + suffix + "@example.jp";
        ConsoleTenants.member(env, b.id(), otherEmail, "自由", "四郎", false);
        // private addresses: the realms require HTTPS for public ones (sslRequired=external)
        String office = "10.20.0.0/16";
        String adminAddress = "172.16.5.5";
        String inOffice = "10.20.3.4";
        String elsewhere = "192.168.7.7";

        PageSession admin = new PageSession(env.baseUrl()).clientAddress(adminAddress);
        assertOk(admin.logIn(a.console("security/networks"), a.adminEmail(), ConsoleTenants.PASSWORD));
        HttpResponse<String> page = admin.get(a.console("security/networks"));
        assertEquals("現在の接続元: " + adminAddress, PageSession.byId(page, "omakase-security-current-address"));
        String csrf = PageSession.csrf(page).orElseThrow();
        HttpResponse<String> bad = admin.post(a.console("security/networks"), Map.of("csrf", List.of(csrf),
                "ranges", List.of(office + "\noffice.example.jp"), "scope", List.of("all")));
        assertEquals("2行目が、アドレスまたはCIDR形式の範囲になっていません。", PageSession.byId(bad, "ranges-error"));
        HttpResponse<String> lockout = admin.post(a.console("security/networks"), Map.of("csrf", List.of(csrf),
                "ranges", List.of(office), "scope", List.of("all")));
        assertOk(lockout);
        assertTrue(PageSession.byId(lockout, "confirmLockout-error").contains(adminAddress), lockout.body());
        assertTrue(PageSession.has(lockout, "confirmLockout"), "the confirmation box is offered");
        assertFalse(attributes(env, a.id()).contains("omakase.networks"), "nothing saved without the confirmation");

        HttpResponse<String> saved = admin.post(a.console("security/networks"), Map.of("csrf", List.of(csrf),
                "ranges", List.of(office + "\n2001:db8::/32"), "scope", List.of("members")));
        assertEquals("アクセス制限を保存しました。", PageSession.byId(saved, "omakase-console-result"));
        assertEquals("許可するネットワーク: 2件（管理者を除く全員に適用）", PageSession.byId(saved, "omakase-security-networks-state"));
        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=organizations/" + a.id() + "&max=20").toString();
        assertTrue(events.contains("\\\"change\\\":\\\"networks-saved\\\""), events);

        HttpResponse<String> refused = new PageSession(env.baseUrl()).clientAddress(elsewhere)
                .logIn(ConsoleTenants.CONSOLE, memberEmail, ConsoleTenants.PASSWORD);
        assertEquals(403, refused.statusCode());
        assertTrue(unescaped(refused.body()).contains("この接続元（" + elsewhere + "）からのログインは、テナントの管理者により許可されていません。"),
                refused.body());
        JsonNode loginErrors = env.admin().get("/realms/omakase/events?type=LOGIN_ERROR&user=" + member + "&max=10");
        assertTrue(loginErrors.toString().contains("omakase_network_not_allowed") && loginErrors.toString().contains(elsewhere),
                loginErrors.toString());
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).clientAddress(inOffice)
                .logIn(ConsoleTenants.CONSOLE, memberEmail, ConsoleTenants.PASSWORD), "omakase-tenant-user"), "from the office: in");
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).clientAddress(elsewhere)
                .logIn(ConsoleTenants.CONSOLE, a.adminEmail(), ConsoleTenants.PASSWORD), "omakase-tenant-user"), "administrators exempt");
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).clientAddress(elsewhere)
                .logIn(ConsoleTenants.CONSOLE, otherEmail, ConsoleTenants.PASSWORD), "omakase-tenant-user"), "another tenant unaffected");
        assertEquals(0, env.admin().get("/realms/omakase/attack-detection/brute-force/users/" + member).path("numFailures").asInt(),
                "a refused network is no wrong password");

        // everyone, administrators included, confirmed: then the administrator from elsewhere is refused too
        admin.post(a.console("security/networks"), Map.of("csrf", List.of(csrf), "ranges", List.of(office), "scope", List.of("all"),
                "confirmLockout", List.of("true")));
        assertTrue(attributes(env, a.id()).contains("omakase.networks.scope"));
        assertEquals(403, new PageSession(env.baseUrl()).clientAddress(elsewhere)
                .logIn(ConsoleTenants.CONSOLE, a.adminEmail(), ConsoleTenants.PASSWORD).statusCode());
    }

    private static String attributes(TestEnvironment env, String orgId) {
        return env.admin().get("/realms/omakase/organizations/" + orgId).path("attributes").toString();
    }

    /** The page's text with numeric character references (Keycloak's error page writes （ as &#xff08;) resolved. */
    private static String unescaped(String html) {
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(html)
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }

    /** The value of the input {@code id} on the page. */
    private static String value(HttpResponse<String> page, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        return m.find() ? m.group(1) : null;
    }
}
