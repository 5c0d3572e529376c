package jp.omakase.tenant;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 15, ロック解除 and パスワード再設定 on a user's page, over HTTP against the real server: a user locked out by
 * wrong passwords is shown locked (since, failures) and cannot log in; ロック解除 clears it (admin event with the tenant
 * id) and the password works again. パスワード再設定 mails a link; the user sets a new password through it and logs in
 * with it, the administrator never having seen one.
 */
@KeycloakIT
class TenantLockIT {

    static final String RESET_SUBJECT = "【おまかせログイン】パスワード再設定のお知らせ";
    static final String NEW_PASSWORD = "Omakase-2027!";

    @Test
    void aLockedOutUserIsShownLockedAndUnlockedByTheAdministrator(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "解錠商事");
        String email = "unlock-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        String id = ConsoleTenants.member(env, t.id(), email, "解錠", "太郎", false);
        for (int i = 0; i < 5; i++) {
            new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, email, "Wrong-Pass-" + i);
        }
        assertFalse(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, email, ConsoleTenants.PASSWORD),
                "omakase-tenant-user"), "locked: even the right password does not log in");

        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(t.console("users"), t.adminEmail(), ConsoleTenants.PASSWORD));
        HttpResponse<String> page = admin.get(t.console("users/" + id));
        assertEquals("ロック中", PageSession.byId(page, "omakase-user-state"));
        String failures = PageSession.byId(page, "omakase-user-lock-failures");
        assertTrue(failures.matches("[1-5]回"), failures);
        assertTrue(PageSession.byId(page, "omakase-user-lock-since").matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}"),
                PageSession.byId(page, "omakase-user-lock-since"));
        assertTrue(PageSession.has(page, "omakase-user-unlock"));

        Map<String, List<String>> token = Map.of("csrf", List.of(PageSession.csrf(page).orElseThrow()));
        assertEquals(403, admin.post(t.console("users/" + id + "/unlock"), Map.of("csrf", List.of("forged"))).statusCode());
        HttpResponse<String> unlocked = admin.post(t.console("users/" + id + "/unlock"), token);
        assertEquals("ロックを解除しました。", PageSession.byId(unlocked, "omakase-console-result"));
        HttpResponse<String> after = admin.get(t.console("users/" + id));
        assertEquals("有効", PageSession.byId(after, "omakase-user-state"));
        assertFalse(PageSession.has(after, "omakase-user-lock") || PageSession.has(after, "omakase-user-unlock"));
        assertEquals(0, env.admin().get("/realms/omakase/attack-detection/brute-force/users/" + id).path("numFailures").asInt());
        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=users/" + id + "&max=20").toString();
        assertTrue(events.contains("\\\"change\\\":\\\"unlocked\\\"") && events.contains(t.id()), events);

        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, email, ConsoleTenants.PASSWORD),
                "omakase-tenant-user"), "the password works again");
    }

    @Test
    void passwordResetMailsALinkByWhichTheUserSetsANewPassword(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "再設定商事");
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        String id = ConsoleTenants.member(env, t.id(), email, "再設", "花子", false);
        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(t.console("users"), t.adminEmail(), ConsoleTenants.PASSWORD));
        HttpResponse<String> page = admin.get(t.console("users/" + id));
        assertTrue(PageSession.has(page, "omakase-user-reset-password") && !PageSession.has(page, "omakase-user-unlock"));
        assertFalse(page.body().contains("password-new"), "the administrator sets no password");

        HttpResponse<String> sent = admin.post(t.console("users/" + id + "/reset-password"),
                Map.of("csrf", List.of(PageSession.csrf(page).orElseThrow())));
        assertEquals("パスワード再設定メールを送信しました。パスワードは本人が設定します。", PageSession.byId(sent, "omakase-console-result"));
        MimeMessage mail = Mails.awaitMailTo(env.mail(), email, RESET_SUBJECT, Duration.ofSeconds(30));
        String text = Mails.text(mail);
        assertTrue(text.contains(t.name()) && text.contains("24時間") && text.contains(email), text);
        String link = Mails.firstLink(text, env.baseUrl() + "/realms/omakase/omakase/tenant/first-login?key=");
        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=users/" + id + "&max=20").toString();
        assertTrue(events.contains("\\\"change\\\":\\\"password-reset\\\"") && events.contains(t.id()), events);
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, email, ConsoleTenants.PASSWORD),
                "omakase-tenant-user"), "the current password works until a new one is set");

        PageSession user = new PageSession(env.baseUrl());
        HttpResponse<String> form = user.get(link);
        assertTrue(PageSession.has(form, "password-new"), form.body());
        user.post(PageSession.formAction(form, "kc-passwd-update-form"),
                Map.of("password-new", List.of(NEW_PASSWORD), "password-confirm", List.of(NEW_PASSWORD)));
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, email, NEW_PASSWORD),
                "omakase-tenant-user"), "the new password works");
        assertFalse(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, email, ConsoleTenants.PASSWORD),
                "omakase-tenant-user"), "the old one no longer does");
        assertFalse(PageSession.has(new PageSession(env.baseUrl()).get(link), "password-new"), "the link is single-use");
    }
}
