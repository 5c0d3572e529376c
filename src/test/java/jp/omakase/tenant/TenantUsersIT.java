package jp.omakase.tenant;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.security.PageSession;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 15, ユーザー管理 against the real server: the list with search and states, adding a user (validation by field,
 * an address of another tenant refused without naming it, the invitation mail, the admin event), the user's page
 * (edit, disable/enable, reissue, delete through the confirmation) and the last administrator rule; HTTP as a browser
 * sends it. One browser walk: the invited user opens the mail, sets a password and logs in.
 */
@KeycloakIT
class TenantUsersIT {

    static final String INVITE_SUBJECT = "【おまかせログイン】ユーザー登録のお知らせ";

    @Test
    void administratorAddsAUserWhoIsInvitedListedAndSearchable(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "追加商事");
        ConsoleTenants.Tenant other = ConsoleTenants.create(env, "他社");
        PageSession admin = new PageSession(env.baseUrl());
        HttpResponse<String> home = admin.logIn(t.console(""), t.adminEmail(), ConsoleTenants.PASSWORD);
        assertOk(home);
        assertTrue(home.body().contains("aria-current=\"page\""), "the current navigation item is marked");
        for (String id : List.of("omakase-console-nav-home", "omakase-console-nav-users", "omakase-console-nav-groups",
                "omakase-console-nav-apps", "omakase-console-nav-security", "omakase-console-nav-sign-ins", "omakase-console-nav-inquiry")) {
            assertTrue(PageSession.has(home, id), id);
        }
        assertEquals("ログアウト", PageSession.byId(home, "omakase-console-logout"));

        HttpResponse<String> form = admin.get(t.console("users/new"));
        String csrf = PageSession.csrf(form).orElseThrow();
        HttpResponse<String> empty = admin.post(t.console("users"), Map.of("csrf", List.of(csrf)));
        assertOk(empty);
        assertTrue(PageSession.has(empty, "omakase-user-form-errors"), empty.body());
        for (String field : List.of("lastName", "firstName", "lastNameKana", "firstNameKana", "email")) {
            assertEquals("入力してください。", PageSession.byId(empty, field + "-error"), field);
        }
        HttpResponse<String> taken = admin.post(t.console("users"), user(csrf, other.adminEmail(), "営業部"));
        assertEquals("このメールアドレスは使用できません。別のメールアドレスを入力してください。", PageSession.byId(taken, "omakase-user-form-error"));
        assertFalse(taken.body().contains(other.name()), "the other tenant is not named");

        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        Map<String, List<String>> plain = user(csrf, email, "営業部");
        plain.remove("admin");
        HttpResponse<String> added = admin.post(t.console("users"), plain);
        assertOk(added);
        assertTrue(added.uri().toString().endsWith("/users?done=user-added"), added.uri().toString());
        assertEquals("ユーザーを追加しました。招待メールを送信しました。", PageSession.byId(added, "omakase-console-result"));
        assertTrue(added.body().contains(email) && added.body().contains("招待中"), added.body());
        assertEquals("全2件中 1–2件", PageSession.byId(added, "omakase-users-range"));

        JsonNode created = env.admin().get("/realms/omakase/users?email=" + email + "&exact=true").get(0);
        String id = created.path("id").asText();
        assertTrue(created.path("requiredActions").toString().contains("UPDATE_PASSWORD"));
        assertTrue(env.admin().get("/realms/omakase/organizations/" + t.id() + "/members").toString().contains(id));
        assertFalse(env.admin().get("/realms/omakase/users/" + id + "/role-mappings/realm").toString().contains("omakase-tenant-admin"));
        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=users/" + id + "&max=20").toString();
        assertTrue(events.contains("CREATE") && events.contains(t.id()), events);
        MimeMessage mail = Mails.awaitMailTo(env.mail(), email, INVITE_SUBJECT, Duration.ofSeconds(30));
        String text = Mails.text(mail);
        assertTrue(text.contains(t.name()) && text.contains("24時間"), text);
        assertNotNull(Mails.firstLink(text, env.baseUrl() + "/realms/omakase/omakase/tenant/first-login?key="));

        // search by kana, e-mail, state; no match
        assertTrue(admin.get(t.console("users?q=%E3%83%A4%E3%83%9E%E3%83%80")).body().contains(email), "kana ヤマダ");
        assertTrue(admin.get(t.console("users?q=" + email)).body().contains(email));
        HttpResponse<String> invited = admin.get(t.console("users?state=invited"));
        assertTrue(invited.body().contains(email) && !invited.body().contains(t.adminEmail()), invited.body());
        assertTrue(PageSession.has(admin.get(t.console("users?q=nobody-here")), "omakase-users-none"));
    }

    @Test
    void theUsersPageEditsDisablesEnablesReinvitesAndDeletesButNeverTheLastAdministrator(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "変更商事");
        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(t.console("users"), t.adminEmail(), ConsoleTenants.PASSWORD));
        String csrf = PageSession.csrf(admin.get(t.console("users/new"))).orElseThrow();
        Map<String, List<String>> token = Map.of("csrf", List.of(csrf));

        // the last administrator: not disabled, deleted or demoted
        assertTrue(admin.post(t.console("users/" + t.adminId() + "/disable"), token).body().contains("最後の管理者"));
        assertTrue(admin.post(t.console("users/" + t.adminId() + "/delete"), token).body().contains("最後の管理者"));
        Map<String, List<String>> demote = user(csrf, t.adminEmail(), "");
        demote.remove("admin");
        assertTrue(admin.post(t.console("users/" + t.adminId() + "/edit"), demote).body().contains("最後の管理者"));
        JsonNode self = env.admin().get("/realms/omakase/users/" + t.adminId());
        assertTrue(self.path("enabled").asBoolean());
        assertTrue(env.admin().get("/realms/omakase/users/" + t.adminId() + "/role-mappings/realm").toString().contains("omakase-tenant-admin"));

        String email = "edit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        admin.post(t.console("users"), user(csrf, email, "総務部"));
        String id = env.admin().get("/realms/omakase/users?email=" + email + "&exact=true").get(0).path("id").asText();
        HttpResponse<String> page = admin.get(t.console("users/" + id));
        assertEquals("総務部", PageSession.byId(page, "omakase-user-department"));
        assertEquals("招待中", PageSession.byId(page, "omakase-user-state"));

        HttpResponse<String> edited = admin.post(t.console("users/" + id + "/edit"), user(csrf, email, "経理部"));
        assertEquals("ユーザー情報を変更しました。", PageSession.byId(edited, "omakase-console-result"));
        assertEquals("経理部", PageSession.byId(admin.get(t.console("users/" + id)), "omakase-user-department"), "department stored");
        assertTrue(env.admin().get("/realms/omakase/users/" + id + "/role-mappings/realm").toString().contains("omakase-tenant-admin"));

        HttpResponse<String> disabled = admin.post(t.console("users/" + id + "/disable"), token);
        assertEquals("ユーザーを無効にしました。", PageSession.byId(disabled, "omakase-console-result"));
        assertFalse(env.admin().get("/realms/omakase/users/" + id).path("enabled").asBoolean());
        assertTrue(admin.get(t.console("users?state=disabled")).body().contains(email));
        admin.post(t.console("users/" + id + "/enable"), token);
        assertTrue(env.admin().get("/realms/omakase/users/" + id).path("enabled").asBoolean());

        HttpResponse<String> reinvited = admin.post(t.console("users/" + id + "/invite"), token);
        assertEquals("招待メールを再送しました。以前の招待URLは使用できません。", PageSession.byId(reinvited, "omakase-console-result"));
        List<MimeMessage> invitations = Mails.awaitMailsTo(env.mail(), email, INVITE_SUBJECT, 2, Duration.ofSeconds(30));
        assertEquals(2, invitations.size());
        String linkPrefix = env.baseUrl() + "/realms/omakase/omakase/tenant/first-login?key=";
        String firstLink = Mails.firstLink(Mails.text(invitations.get(0)), linkPrefix);
        String secondLink = Mails.firstLink(Mails.text(invitations.get(1)), linkPrefix);
        assertFalse(PageSession.has(new PageSession(env.baseUrl()).get(firstLink), "password-new"), "the first invitation is revoked");
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).get(secondLink), "password-new"), "the new one opens the password page");

        HttpResponse<String> confirm = admin.get(t.console("users/" + id + "/delete"));
        assertTrue(confirm.body().contains("削除は取り消せません"), confirm.body());
        HttpResponse<String> deleted = admin.post(PageSession.formAction(confirm, "omakase-user-delete-form"), token);
        assertEquals("ユーザーを削除しました。", PageSession.byId(deleted, "omakase-console-result"));
        assertEquals(404, env.admin().send("GET", "/realms/omakase/users/" + id, null).status());
        assertFalse(PageSession.has(new PageSession(env.baseUrl()).get(secondLink), "password-new"), "no invitation of a deleted user");
        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=users/" + id + "&max=50").toString();
        assertTrue(events.contains("DELETE") && events.contains("\\\"change\\\":\\\"disabled\\\""), events);
    }

    @Test
    void theListShowsFiftyUsersAPageWithPreviousAndNext(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "大所帯");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 50; i++) {
            String email = String.format("many-%02d-%s@example.jp", i, suffix);
            String id = env.admin().createUser("omakase", Map.of("username", email, "email", email, "enabled", true,
                    "firstName", String.format("%02d", i), "lastName", "利用者"));
            ConsoleTenants.join(env, t.id(), id);
        }
        PageSession admin = new PageSession(env.baseUrl());
        HttpResponse<String> first = admin.logIn(t.console("users"), t.adminEmail(), ConsoleTenants.PASSWORD);
        assertOk(first);
        assertEquals("全51件中 1–50件", PageSession.byId(first, "omakase-users-range"));
        assertEquals(50, first.body().split("class=\"omakase-user-row\"", -1).length - 1);
        assertFalse(PageSession.has(first, "omakase-users-previous"));
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("id=\"omakase-users-next\" href=\"([^\"]+)\"").matcher(first.body());
        assertTrue(next.find(), first.body());
        HttpResponse<String> second = admin.get(next.group(1).replace("&amp;", "&"));
        assertEquals("全51件中 51–51件", PageSession.byId(second, "omakase-users-range"));
        assertTrue(PageSession.has(second, "omakase-users-previous") && !PageSession.has(second, "omakase-users-next"));
        assertEquals("全50件中 1–50件", PageSession.byId(admin.get(t.console("users?q=" + suffix)), "omakase-users-range"), "search counts too");

        // paging keeps the sort: e-mail descending puts "admin-…" last, alone on page 2
        HttpResponse<String> descending = admin.get(t.console("users?sort=email&dir=desc"));
        assertEquals(String.format("many-49-%s@example.jp", suffix), emails(descending).get(0));
        java.util.regex.Matcher nextSorted = java.util.regex.Pattern.compile("id=\"omakase-users-next\" href=\"([^\"]+)\"")
                .matcher(descending.body());
        assertTrue(nextSorted.find() && nextSorted.group(1).endsWith("?sort=email&amp;dir=desc&amp;page=2"), descending.body());
        assertEquals(List.of(t.adminEmail()), emails(admin.get(nextSorted.group(1).replace("&amp;", "&"))));
    }

    /**
     * Sorting by 氏名, フリガナ and メールアドレス (links on the headers, {@code aria-sort} on the current one, an unknown sort is
     * the default), the group filter (direct members only) and ユーザーの追加 with groups (the user lands in them; a group
     * of another tenant answers 404 and creates nothing).
     */
    @Test
    void theListSortsByNameKanaAndEmailFiltersByGroupAndTheAddFormJoinsGroups(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "整列商事");
        ConsoleTenants.Tenant other = ConsoleTenants.create(env, "別会社");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String sales = orgGroup(env, t.id(), "営業部");
        String general = orgGroup(env, t.id(), "総務部");
        String foreign = orgGroup(env, other.id(), "営業部");
        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(t.console("users"), t.adminEmail(), ConsoleTenants.PASSWORD));
        HttpResponse<String> form = admin.get(t.console("users/new"));
        assertTrue(PageSession.has(form, "omakase-user-form-groups") && form.body().contains("営業部") && form.body().contains("総務部"),
                form.body());
        String csrf = PageSession.csrf(form).orElseThrow();

        // 上田 ウエダ sakura (営業部), 伊藤 イトウ kaede (営業部, 総務部), 青木 アオキ momo (none); the administrator: 管理, no kana
        String ueda = "sakura." + suffix + "@example.jp";
        String ito = "kaede." + suffix + "@example.jp";
        String aoki = "momo." + suffix + "@example.jp";
        assertOk(admin.post(t.console("users"), person(csrf, ueda, "上田", "ウエダ", List.of(sales))));
        assertOk(admin.post(t.console("users"), person(csrf, ito, "伊藤", "イトウ", List.of(sales, general))));
        assertOk(admin.post(t.console("users"), person(csrf, aoki, "青木", "アオキ", List.of())));
        HttpResponse<String> forged = admin.post(t.console("users"), person(csrf, "forged-" + suffix + "@example.jp", "偽造", "ギゾウ",
                List.of(sales, foreign)));
        assertEquals(404, forged.statusCode(), "another tenant's group on the add form");
        assertEquals(0, env.admin().get("/realms/omakase/users?email=forged-" + suffix + "@example.jp&exact=true").size());

        String groups = "/realms/omakase/organizations/" + t.id() + "/groups/";
        String salesMembers = env.admin().get(groups + sales + "/members").toString();
        assertTrue(salesMembers.contains(ueda) && salesMembers.contains(ito) && !salesMembers.contains(aoki), salesMembers);
        assertEquals(1, env.admin().get(groups + general + "/members").size());
        String itoId = env.admin().get("/realms/omakase/users?email=" + ito + "&exact=true").get(0).path("id").asText();
        HttpResponse<String> itoPage = admin.get(t.console("users/" + itoId));
        assertTrue(itoPage.body().contains("営業部") && itoPage.body().contains("総務部"), "the user page lists both groups");

        HttpResponse<String> byName = admin.get(t.console("users"));
        assertEquals(List.of(ueda, ito, t.adminEmail(), aoki), emails(byName), "上 < 伊 < 管 < 青");
        assertTrue(byName.body().matches("(?s).*<th scope=\"col\" aria-sort=\"ascending\">\\s*<a class=\"omakase-sort\" href=\"[^\"]*"
                + "\\?sort=name&amp;dir=desc\">氏名</a>.*"), "氏名 is the current sort; its link reverses it");
        HttpResponse<String> byKana = admin.get(t.console("users?sort=kana&dir=desc"));
        assertEquals(List.of(ueda, ito, aoki, t.adminEmail()), emails(byKana), "ウ > イ > ア > none");
        assertTrue(byKana.body().contains("aria-sort=\"descending\"") && !byKana.body().contains("aria-sort=\"ascending\""));
        assertEquals(List.of(t.adminEmail(), ito, aoki, ueda), emails(admin.get(t.console("users?sort=email"))));
        assertEquals(emails(byName), emails(admin.get(t.console("users?sort=password&dir=sideways"))), "unknown: the default");

        HttpResponse<String> inSales = admin.get(t.console("users?group=" + sales + "&sort=kana"));
        assertEquals(List.of(ito, ueda), emails(inSales), "営業部's direct members, by kana");
        assertTrue(inSales.body().contains("<option value=\"" + sales + "\" selected>営業部</option>"), inSales.body());
        assertEquals(List.of(ito), emails(admin.get(t.console("users?group=" + general + "&q=" + ito))));
        assertEquals(404, admin.get(t.console("users?group=" + foreign)).statusCode(), "another tenant's group as the filter");
    }

    /** Keycloak's brute-force protection (5 failures in the realm file) shows as ロック中 on the list and the user's page. */
    @Test
    void aUserLockedOutByWrongPasswordsIsShownLocked(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "施錠商事");
        String email = "locked-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        String id = ConsoleTenants.member(env, t.id(), email, "施錠", "太郎", false);
        for (int i = 0; i < 5; i++) {
            new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, email, "Wrong-Pass-" + i);
        }
        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(t.console("users"), t.adminEmail(), ConsoleTenants.PASSWORD));
        assertEquals("ロック中", PageSession.byId(admin.get(t.console("users/" + id)), "omakase-user-state"));
        assertTrue(admin.get(t.console("users?q=" + email)).body().contains("ロック中"));
    }

    /** An account that is also a member of another tenant is not changed from here; 削除 only ends this membership. */
    @Test
    void anAccountSharedWithAnotherTenantIsOnlyRemovedFromThisTenant(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "共有元");
        ConsoleTenants.Tenant other = ConsoleTenants.create(env, "共有先");
        String email = "shared-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        String id = ConsoleTenants.member(env, t.id(), email, "共有", "太郎", false);
        ConsoleTenants.join(env, other.id(), id);
        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(t.console("users"), t.adminEmail(), ConsoleTenants.PASSWORD));
        Map<String, List<String>> token = Map.of("csrf", List.of(PageSession.csrf(admin.get(t.console("users/new"))).orElseThrow()));

        HttpResponse<String> refused = admin.post(t.console("users/" + id + "/disable"), token);
        assertEquals("このユーザーはこの画面では変更できません。サービスの運営者にお問い合わせください。", PageSession.byId(refused, "omakase-user-error"));
        assertFalse(refused.body().contains(other.name()));
        assertTrue(env.admin().get("/realms/omakase/users/" + id).path("enabled").asBoolean());

        HttpResponse<String> removed = admin.post(t.console("users/" + id + "/delete"), token);
        assertEquals("ユーザーを削除しました。", PageSession.byId(removed, "omakase-console-result"));
        assertEquals(200, env.admin().send("GET", "/realms/omakase/users/" + id, null).status(), "the account stays");
        assertTrue(env.admin().get("/realms/omakase/organizations/" + other.id() + "/members").toString().contains(id));
        assertFalse(env.admin().get("/realms/omakase/organizations/" + t.id() + "/members").toString().contains(id));
        assertEquals(404, admin.get(t.console("users/" + id)).statusCode(), "no longer this tenant's");
    }

    @Test
    void anInvitedUserSetsAPasswordFromTheMailAndLogsIn(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "招待商事");
        String sales = orgGroup(env, t.id(), "営業部");
        browser.open(env.baseUrl() + t.console("users"));
        KeycloakPages.logIn(browser, t.adminEmail(), ConsoleTenants.PASSWORD);
        browser.click(By.id("omakase-users-add"));
        String email = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        Map<String, String> fields = Map.of("lastName", "山田", "firstName", "花子", "lastNameKana", "ヤマダ", "firstNameKana", "ハナコ",
                "email", email, "department", "人事部", "phone", "03-1234-5678");
        fields.forEach((field, value) -> browser.type(By.id(field), value));
        browser.click(By.xpath("//fieldset[legend='所属グループ']//label[normalize-space()='営業部']"));
        browser.screenshot("tenant-console-add-user-ja");
        browser.click(By.id("omakase-user-form-submit"));
        assertEquals("ユーザーを追加しました。招待メールを送信しました。", browser.find(By.id("omakase-console-result")).getText());
        browser.screenshot("tenant-console-users-ja");
        assertTrue(env.admin().get("/realms/omakase/organizations/" + t.id() + "/groups/" + sales + "/members").toString().contains(email),
                "the ticked group holds the new user");
        browser.click(By.linkText("フリガナ"));
        assertEquals("ascending", browser.find(By.xpath("//th[.//a[normalize-space()='フリガナ']]")).getAttribute("aria-sort"));

        MimeMessage mail = Mails.awaitMailTo(env.mail(), email, INVITE_SUBJECT, Duration.ofSeconds(30));
        String link = Mails.firstLink(Mails.text(mail), env.baseUrl() + "/realms/omakase/omakase/tenant/first-login?key=");
        browser.driver().manage().deleteAllCookies();
        browser.open(link);
        KeycloakPages.updatePassword(browser, "Hanako-Pass-2026");
        browser.find(By.id("username"));
        KeycloakPages.logIn(browser, email, "Hanako-Pass-2026");
        assertNotNull(browser.find(By.id("omakase-tenants-empty")), "logged in: the tenant pages, no tenant to administer");
        assertEquals(0, env.admin().get("/realms/omakase/users?email=" + email + "&exact=true").get(0).path("requiredActions").size(),
                "no required action left");
    }

    /** An Organization group of {@code orgId} made through Keycloak's admin REST API; its id. */
    private static String orgGroup(TestEnvironment env, String orgId, String name) {
        AdminApi.Response created = env.admin().send("POST", "/realms/omakase/organizations/" + orgId + "/groups", Map.of("name", name));
        assertEquals(201, created.status(), created.body());
        return created.location().substring(created.location().lastIndexOf('/') + 1);
    }

    /** The e-mail column of the list, top to bottom. */
    private static List<String> emails(HttpResponse<String> page) {
        assertOk(page);
        return java.util.regex.Pattern.compile("class=\"omakase-user-email\">([^<]*)<").matcher(page.body()).results()
                .map(m -> m.group(1)).toList();
    }

    private static Map<String, List<String>> person(String csrf, String email, String lastName, String lastNameKana, List<String> groups) {
        Map<String, List<String>> form = user(csrf, email, "営業部");
        form.put("lastName", List.of(lastName));
        form.put("lastNameKana", List.of(lastNameKana));
        form.remove("admin");
        form.put("group", groups);
        return form;
    }

    private static Map<String, List<String>> user(String csrf, String email, String department) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("csrf", List.of(csrf));
        form.put("lastName", List.of("山田"));
        form.put("firstName", List.of("次郎"));
        form.put("lastNameKana", List.of("ヤマダ"));
        form.put("firstNameKana", List.of("ジロウ"));
        form.put("email", List.of(email));
        form.put("department", List.of(department));
        form.put("phone", List.of("03-1234-5678"));
        form.put("admin", List.of("true"));
        return form;
    }
}
