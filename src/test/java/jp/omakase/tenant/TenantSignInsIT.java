package jp.omakase.tenant;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 15, ログイン履歴 over HTTP against the real server: tenant A's administrator sees the logins and failed logins of
 * A's members (result, e-mail), filtered by e-mail and date, and as CSV; never an event of tenant B's member, nor a
 * failed login with an unknown name.
 */
@KeycloakIT
class TenantSignInsIT {

    @Test
    void theSignInLogShowsThisTenantsMembersOnly(TestEnvironment env) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "履歴A社");
        ConsoleTenants.Tenant b = ConsoleTenants.create(env, "履歴B社");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String aEmail = "log-a-" + suffix + "@example.jp";
        String bEmail = "log-b-" + suffix + "@example.jp";
        String unknown = "log-nobody-" + suffix + "@example.jp";
        ConsoleTenants.member(env, a.id(), aEmail, "履歴", "一郎", false);
        ConsoleTenants.member(env, b.id(), bEmail, "履歴", "二郎", false);
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, aEmail, ConsoleTenants.PASSWORD),
                "omakase-tenant-user"));
        new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, aEmail, "Wrong-Pass-1");
        new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, bEmail, ConsoleTenants.PASSWORD);
        new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, unknown, "Wrong-Pass-1");

        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(a.console("sign-ins"), a.adminEmail(), ConsoleTenants.PASSWORD));
        HttpResponse<String> all = admin.get(a.console("sign-ins"));
        assertOk(all);
        assertEquals("ログイン履歴", PageSession.byId(all, "omakase-page-title"));
        assertTrue(all.body().contains("aria-current=\"page\""), "ログイン履歴 is the current navigation item");
        assertTrue(all.body().contains(aEmail) && all.body().contains(a.adminEmail()), all.body());
        assertFalse(all.body().contains(bEmail) || all.body().contains(unknown), "no event of another tenant or an unknown name");

        HttpResponse<String> mine = admin.get(a.console("sign-ins?email=" + aEmail));
        assertEquals("全2件中 1–2件", PageSession.byId(mine, "omakase-sign-ins-range"), mine.body());
        assertTrue(mine.body().contains("成功") && mine.body().contains("失敗") && !mine.body().contains(a.adminEmail()));
        assertTrue(PageSession.has(admin.get(a.console("sign-ins?email=" + bEmail)), "omakase-sign-ins-none"), "B's member: nothing");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String range = "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        assertTrue(admin.get(a.console("sign-ins?email=" + aEmail + range)).body().contains(aEmail));
        assertTrue(PageSession.has(admin.get(a.console("sign-ins?from=" + today.plusDays(2))), "omakase-sign-ins-none"));
        HttpResponse<String> bad = admin.get(a.console("sign-ins?from=yesterday"));
        assertEquals("日付は「2026-12-01」の形式で入力してください。", PageSession.byId(bad, "omakase-sign-ins-error"));

        HttpResponse<String> csv = admin.get(a.console("sign-ins/csv"));
        assertOk(csv);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFF日時,ユーザー,結果,アプリ,IPアドレス\r\n"), csv.body());
        assertTrue(csv.body().contains("," + aEmail + ",成功,") && csv.body().contains("," + aEmail + ",失敗,"), csv.body());
        assertFalse(csv.body().contains(bEmail) || csv.body().contains(unknown));
    }
}
