package jp.omakase.contract;

import static jp.omakase.contract.Contracts.ENDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.provisioning.Provisioned;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEmails;
import jp.omakase.testing.TestEnvironment;

/**
 * The contractor portal's contract operations and a tenant's end: administrator change (the new administrator signs
 * in, the old one loses the console), termination (sign-ins refused with the page, then the purge), and cancellation.
 * The end date and the retention period are reached through the operator's "run the lifecycle now" endpoint with the
 * test clock.
 */
@KeycloakIT
class ContractLifecycleIT {

    @Test
    void contractorChangesTheAdministratorAndTheOldOneLosesTheConsoleOnceTheNewOneSignedIn(TestEnvironment env, Browser browser)
            throws Exception {
        Contracts.Tenant t = Contracts.tenant(env, browser, "admin-change");
        String before = Contracts.signInToConsole(env, browser, t, t.email(), Provisioned.ADMIN_PASSWORD);
        assertEquals(env.baseUrl() + t.console(), browser.driver().getCurrentUrl(), before);
        assertFalse(before.contains("このページを表示する権限がありません。"), before);

        // the details page: every field the issue lists
        Contracts.openPortal(env, browser, t);
        String details = browser.find(By.id("omakase-contract-summary")).getText();
        for (String label : List.of("契約番号", "サービス", "申込日", "利用開始日", "契約状態", "ご利用中", "テナント名", "管理者メールアドレス", t.email())) {
            assertTrue(details.contains(label), label + " in " + details);
        }
        assertTrue(browser.find(By.id("omakase-contractor")).getText().contains("山田商事株式会社"), browser.text());
        browser.screenshot("contract-details-ja");

        // 管理者の変更: form, confirmation, then the new administrator's mail
        String next = TestEmails.uniqueEmail("next-admin");
        browser.click(By.id("omakase-change-admin"));
        browser.type(By.id("adminEmail"), next);
        browser.type(By.id("adminName"), "佐藤 花子");
        browser.click(By.id("omakase-to-confirm"));
        assertTrue(browser.find(By.id("omakase-named-admin")).getText().contains(next));
        browser.click(By.id("omakase-apply"));
        assertTrue(browser.text().contains("新しい管理者に初回ログイン用URLを送信しました。"), browser.text());
        assertTrue(browser.find(By.id("omakase-contract-pending-admin")).getText().contains(next));
        MimeMessage invite = Mails.awaitMailTo(env.mail(), next, Contracts.ADMIN_SUBJECT, Duration.ofSeconds(30));
        assertTrue(Mails.text(invite).contains("24時間"), Mails.text(invite));

        // until the new one signs in, both are administrators: never none
        KeycloakServer.sleep(Duration.ofSeconds(3));
        assertTrue(hasAdminRole(env, t.adminId()), "the old administrator keeps the role until the new one signed in");

        browser.driver().manage().deleteAllCookies();
        Provisioned.openAdminLink(browser, Provisioned.adminLink(env, invite));
        KeycloakPages.updatePassword(browser, "Atarashii-Kanri-2026");
        KeycloakPages.logIn(browser, next, "Atarashii-Kanri-2026");
        browser.find(By.id("omakase-tenants"));
        String console = Contracts.signInToConsole(env, browser, t, next, "Atarashii-Kanri-2026");
        assertEquals(env.baseUrl() + t.console(), browser.driver().getCurrentUrl(), console);
        assertFalse(console.contains("このページを表示する権限がありません。"), console);

        // the lifecycle task hands over: the old administrator loses the role and the console
        Instant deadline = Instant.now().plusSeconds(30);
        while (hasAdminRole(env, t.adminId()) && Instant.now().isBefore(deadline)) {
            KeycloakServer.sleep(Duration.ofMillis(300));
        }
        assertFalse(hasAdminRole(env, t.adminId()), "the old administrator lost the role");
        String old = Contracts.signInToConsole(env, browser, t, t.email(), Provisioned.ADMIN_PASSWORD);
        assertTrue(old.contains("このページを表示する権限がありません。"), old);
        JsonNode record = Contracts.record(env, t.contractId());
        assertEquals(next, record.path("adminEmail").asText());

        // another Business ID sees nothing of this contract
        String other = TestEmails.uniqueEmail("other-contractor");
        env.admin().createBusinessId(other, Provisioned.PASSWORD, Map.of());
        browser.driver().manage().deleteAllCookies();
        browser.open(env.baseUrl() + t.portal());
        KeycloakPages.logIn(browser, other, Provisioned.PASSWORD);
        assertTrue(browser.text().contains("ご契約が見つかりません。"), browser.text());
        assertFalse(browser.html().contains(t.email()));
        browser.open(env.baseUrl() + t.portal() + "termination");
        assertTrue(browser.text().contains("ご契約が見つかりません。"), browser.text());
    }

    @Test
    void contractorChangesTheContractorInformationThroughAConfirmationPage(TestEnvironment env, Browser browser) throws Exception {
        Contracts.Tenant t = Contracts.tenant(env, null, "contractor-change");
        Contracts.openPortal(env, browser, t);
        browser.click(By.id("omakase-change-contractor"));
        browser.type(By.id("department"), "総務部");
        browser.type(By.id("phone"), "0312345678");
        browser.click(By.id("omakase-to-confirm"));
        assertTrue(browser.find(By.id("omakase-contractor")).getText().contains("総務部"), browser.text());
        browser.click(By.id("omakase-apply"));
        assertTrue(browser.text().contains("ご契約者情報を変更しました。"), browser.text());
        assertTrue(browser.find(By.id("omakase-contractor")).getText().contains("総務部"));
        MimeMessage changed = Mails.awaitMailTo(env.mail(), t.email(), Contracts.CHANGED_SUBJECT, Duration.ofSeconds(30));
        assertTrue(Mails.text(changed).contains("ご契約者情報の変更を受け付けました"), Mails.text(changed));
    }

    @Test
    void terminationRefusesSignInsWithThePageThenThePurgeLeavesOnlyTheContractRecord(TestEnvironment env, Browser browser)
            throws Exception {
        Contracts.Tenant t = Contracts.tenant(env, browser, "terminate");
        AdminApi admin = env.admin();
        String memberEmail = TestEmails.uniqueEmail("member");
        String memberId = admin.createUser("omakase", Map.of("username", memberEmail, "email", memberEmail, "enabled", true,
                "firstName", "一郎", "lastName", "鈴木",
                "credentials", List.of(Map.of("type", "password", "value", "Member-Pass-2026", "temporary", false))));
        assertEquals(201, admin.send("POST", "/realms/omakase/organizations/" + t.contractId() + "/members", memberId).status());
        AdminApi.Response group = admin.send("POST", "/realms/omakase/organizations/" + t.contractId() + "/groups", Map.of("name", "営業部"));
        assertEquals(201, group.status(), group.body());
        String clientId = "app-" + t.contractId().substring(0, 8);
        assertEquals(201, admin.send("POST", "/realms/omakase/clients", Map.of("clientId", clientId, "enabled", true,
                "attributes", Map.of("omakase.tenant", t.contractId()))).status());

        // 利用終了: the page says what happens; end of this month; the mail
        Contracts.openPortal(env, browser, t);
        browser.click(By.id("omakase-terminate"));
        String effects = browser.find(By.id("omakase-termination-effects")).getText();
        assertTrue(effects.contains("ログインできなくなります") && effects.contains("30日間保管"), effects);
        browser.screenshot("contract-termination-ja");
        browser.click(By.id("omakase-terminate-apply"));
        assertTrue(browser.text().contains("利用終了のお申し込みを受け付けました。"), browser.text());
        assertTrue(browser.find(By.id("omakase-contract-state")).getText().contains("利用終了お申し込み済み"));
        Mails.awaitMailTo(env.mail(), t.email(), Contracts.REQUESTED_SUBJECT, Duration.ofSeconds(30));
        JsonNode requested = Contracts.record(env, t.contractId());
        assertEquals("TERMINATION_REQUESTED", requested.path("state").asText());
        Instant end = Instant.ofEpochMilli(requested.path("endAt").asLong());

        // before the end nothing happens; at the end the tenant stops
        assertEquals("none", Contracts.runLifecycle(env, end.minusSeconds(60)).path(t.contractId()).asText("none"));
        assertEquals("terminated", Contracts.runLifecycle(env, end.plusSeconds(1)).path(t.contractId()).asText());
        assertEquals(2, Mails.awaitMailsTo(env.mail(), t.email(), Contracts.ENDED_SUBJECT, 2, Duration.ofSeconds(30)).size(),
                "the contractor and the administrator (same address here) are told");
        assertFalse(admin.get("/realms/omakase/organizations/" + t.contractId()).path("enabled").asBoolean());
        assertFalse(admin.get("/realms/omakase/clients?clientId=" + clientId).get(0).path("enabled").asBoolean());
        assertTrue(Contracts.runLifecycle(env, end.plusSeconds(2)).path(t.contractId()).isMissingNode(), "a second run does nothing");

        // every sign-in of the tenant's people gets the page
        String refused = Contracts.signInToConsole(env, browser, t, t.email(), Provisioned.ADMIN_PASSWORD);
        assertTrue(refused.contains(ENDED), refused);
        browser.screenshot("contract-ended-ja");
        browser.driver().manage().deleteAllCookies();
        browser.open(env.baseUrl() + "/realms/omakase/omakase/portal/");
        KeycloakPages.logIn(browser, memberEmail, "Member-Pass-2026");
        browser.waitForPage();
        assertTrue(browser.text().contains(ENDED), browser.text());

        // the retention passes: everything of the tenant goes, the contract record stays without its personal data
        JsonNode terminated = Contracts.record(env, t.contractId());
        Instant purgeAt = Instant.ofEpochMilli(terminated.path("purgeAt").asLong());
        assertTrue(purgeAt.isAfter(end.plus(Duration.ofDays(29))), "kept 30 days by default");
        assertEquals("purged", Contracts.runLifecycle(env, purgeAt.plusSeconds(1)).path(t.contractId()).asText());
        Mails.awaitMailTo(env.mail(), t.email(), Contracts.PURGED_SUBJECT, Duration.ofSeconds(30));
        assertEquals(404, admin.send("GET", "/realms/omakase/organizations/" + t.contractId(), null).status());
        assertEquals(404, admin.send("GET", "/realms/omakase/users/" + t.adminId(), null).status());
        assertEquals(404, admin.send("GET", "/realms/omakase/users/" + memberId, null).status());
        assertEquals(0, admin.get("/realms/omakase/clients?clientId=" + clientId).size());
        String groupId = group.location().substring(group.location().lastIndexOf('/') + 1);
        assertEquals(404, admin.send("GET", "/realms/omakase/groups/" + groupId, null).status());
        JsonNode purged = Contracts.record(env, t.contractId());
        assertEquals("PURGED", purged.path("state").asText());
        assertTrue(purged.path("adminEmail").isMissingNode() || purged.path("adminEmail").isNull(), purged.toString());
        assertEquals(1, Contracts.mails(env, t.email(), Contracts.PURGED_SUBJECT).size());
        String events = admin.get("/realms/bizid/admin-events?resourcePath=omakase/contracts/" + t.contractId() + "&max=100").toString();
        assertTrue(events.contains("terminated") && events.contains("purged"), events);
    }

    @Test
    void cancellationBeforeTheEndKeepsEverything(TestEnvironment env, Browser browser) throws Exception {
        Contracts.Tenant t = Contracts.tenant(env, browser, "cancel");
        Contracts.openPortal(env, browser, t);
        browser.click(By.id("omakase-terminate"));
        browser.click(By.id("end-1"));
        browser.click(By.id("omakase-terminate-apply"));
        Mails.awaitMailTo(env.mail(), t.email(), Contracts.REQUESTED_SUBJECT, Duration.ofSeconds(30));
        Instant end = Instant.ofEpochMilli(Contracts.record(env, t.contractId()).path("endAt").asLong());
        assertTrue(end.isAfter(Instant.now().plus(Duration.ofDays(27))), "end of next month");

        browser.click(By.name("cancel"));
        assertTrue(browser.text().contains("利用終了のお申し込みを取り消しました。"), browser.text());
        Mails.awaitMailTo(env.mail(), t.email(), Contracts.CANCELLED_SUBJECT, Duration.ofSeconds(30));
        assertTrue(Contracts.runLifecycle(env, end.plusSeconds(1)).path(t.contractId()).isMissingNode());
        assertEquals("ACTIVE", Contracts.record(env, t.contractId()).path("state").asText());
        assertTrue(env.admin().get("/realms/omakase/organizations/" + t.contractId()).path("enabled").asBoolean());
        String console = Contracts.signInToConsole(env, browser, t, t.email(), Provisioned.ADMIN_PASSWORD);
        assertEquals(env.baseUrl() + t.console(), browser.driver().getCurrentUrl(), console);
        assertFalse(console.contains(ENDED), console);
        assertTrue(Contracts.mails(env, t.email(), Contracts.ENDED_SUBJECT).isEmpty());
    }

    private static boolean hasAdminRole(TestEnvironment env, String userId) {
        return env.admin().get("/realms/omakase/users/" + userId + "/role-mappings/realm").toString().contains("omakase-tenant-admin");
    }
}
