package jp.omakase.provisioning;

import static jp.omakase.provisioning.Provisioned.ADMIN_PASSWORD;
import static jp.omakase.provisioning.Provisioned.PASSWORD;
import static jp.omakase.provisioning.Provisioned.REISSUE_SUBJECT;
import static jp.omakase.provisioning.Provisioned.START_SUBJECT;
import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.ManualMails;
import jp.omakase.testing.OrderApiClient;
import jp.omakase.testing.SmtpGate;
import jp.omakase.testing.TestEnvironment;

/** From a placed order to a tenant, its サービス利用開始通知, the administrator's first login and the contractor portal. */
@KeycloakIT
class ProvisioningIT {

    @Test
    void orderBecomesTenantWhoseAdministratorLogsInThroughTheMailedLink(TestEnvironment env, Browser browser) throws Exception {
        Provisioned.Contractor c = Provisioned.order(env, "prov");

        MimeMessage mail = Mails.awaitMailTo(env.mail(), c.email(), START_SUBJECT, Duration.ofSeconds(30));
        String text = Mails.text(mail);
        // manual 2(4) sentence by sentence, from the service's sender, with the service's inquiry form
        ManualMails.assertServiceStartMail(mail);
        String contractorUrl = Mails.firstLink(text, env.baseUrl() + "/realms/bizid/omakase/contracts/");
        String adminLink = Provisioned.adminLink(env, mail);
        assertTrue(Mails.html(mail).contains("href=\"" + contractorUrl + "\""), "the HTML part links the contractor page");

        // what the server holds: order and contract ACTIVE, one organization, its administrator
        JsonNode order = Provisioned.awaitOrder(env, c.orderId(), Duration.ofSeconds(5), o -> "SENT".equals(o.path("noticeState").asText()));
        assertEquals("ACTIVE", order.path("state").asText());
        assertEquals("ACTIVE", order.path("contractState").asText());
        String contractId = order.path("contractId").asText();
        assertEquals(contractId, order.path("organizationId").asText(), "the organization's id is the contract's");
        JsonNode org = env.admin().get("/realms/omakase/organizations/" + contractId);
        String tenant = org.path("name").asText();
        assertTrue(tenant.startsWith("山田商事株式会社"), tenant);
        assertEquals(tenant, order.path("tenantName").asText());
        assertEquals(contractId, org.path("attributes").path("omakaseContractId").get(0).asText());
        assertEquals(c.subject(), org.path("attributes").path("omakaseContractorSubject").get(0).asText());
        JsonNode members = env.admin().get("/realms/omakase/organizations/" + contractId + "/members");
        assertEquals(1, members.size());
        String adminId = members.get(0).path("id").asText();
        JsonNode admin = env.admin().get("/realms/omakase/users/" + adminId);
        assertEquals(c.email(), admin.path("username").asText());
        assertEquals(c.email(), admin.path("email").asText());
        assertEquals("山田", admin.path("lastName").asText());
        assertEquals("太郎", admin.path("firstName").asText());
        assertTrue(admin.path("requiredActions").toString().contains("UPDATE_PASSWORD"));
        assertTrue(env.admin().get("/realms/omakase/users/" + adminId + "/role-mappings/realm").toString().contains("omakase-tenant-admin"));
        assertEquals(0, env.admin().get("/realms/omakase/users/" + adminId + "/credentials").size());

        // every step is an admin event with ids, none carries the link
        String all = Provisioned.provisioningEvents(env, c.orderId());
        assertTrue(all.contains("\"outcome\":\"active\"") && all.contains("\"outcome\":\"sent\""), all);
        assertFalse(all.contains("first-login") || all.contains("key=") || all.contains(c.email()), all);
        String serviceEvents = env.admin().get("/realms/omakase/admin-events?resourceTypes=ORGANIZATION&max=500").toString();
        assertTrue(serviceEvents.contains("organizations/" + contractId), "organization creation is an admin event of the service realm");

        // 管理者 利用開始: the password page, with the realm's policy
        Provisioned.openAdminLink(browser, adminLink);
        browser.screenshot("admin-first-login-password-ja");
        KeycloakPages.updatePassword(browser, "abcdefghij");
        assertTrue(browser.text().contains("3種類以上"), browser.text());
        KeycloakPages.updatePassword(browser, ADMIN_PASSWORD);

        // the login page at once (no 「アカウントが更新されました」 page between), then the tenant's page
        browser.find(By.id("username"));
        assertFalse(browser.text().contains("アカウントが更新されました"), browser.text());
        KeycloakPages.logIn(browser, c.email(), ADMIN_PASSWORD);
        String tenants = browser.find(By.id("omakase-tenants")).getText();
        assertEquals("管理対象テナント: " + tenant, tenants);
        assertEquals(env.baseUrl() + "/realms/omakase/omakase/tenant/", browser.driver().getCurrentUrl(),
                "the tenant page's own URL: no code, state or session_state left in the address bar");
        browser.screenshot("tenant-admin-home-ja");
        assertFalse(env.admin().get("/realms/omakase/users/" + adminId).path("requiredActions").toString().contains("UPDATE_PASSWORD"));

        // the link worked once
        browser.driver().manage().deleteAllCookies();
        Provisioned.assertLinkRefused(browser, adminLink);
    }

    @Test
    void contractorPortalListsTheContractAndReissuesTheFirstLoginLink(TestEnvironment env, Browser browser) throws Exception {
        Provisioned.Contractor c = Provisioned.order(env, "portal");
        MimeMessage first = Mails.awaitMailTo(env.mail(), c.email(), START_SUBJECT, Duration.ofSeconds(30));
        String oldLink = Provisioned.adminLink(env, first);
        String contractorUrl = Mails.firstLink(Mails.text(first), env.baseUrl() + "/realms/bizid/omakase/contracts/");
        JsonNode order = Provisioned.awaitOrder(env, c.orderId(), Duration.ofSeconds(5), o -> "SENT".equals(o.path("noticeState").asText()));

        // 契約者 利用開始: the Business ID login, then the contract
        browser.open(contractorUrl);
        KeycloakPages.logIn(browser, c.email(), PASSWORD);
        String contract = browser.find(By.id("omakase-contract-" + order.path("contractId").asText())).getText();
        assertEquals(env.baseUrl() + "/realms/bizid/omakase/contracts/", browser.driver().getCurrentUrl(), "the portal's own URL");
        assertTrue(contract.contains(order.path("tenantName").asText()), contract);
        assertTrue(contract.contains("ご利用中"), contract);
        assertTrue(contract.contains(order.path("orderNumber").asText()), contract);
        assertTrue(contract.contains(c.email()), contract);
        browser.screenshot("contractor-portal-ja");

        browser.click(By.name("reissue"));
        assertTrue(browser.text().contains("管理者用初回ログインURLを再発行し、管理者のメールアドレス宛に送信しました。"), browser.text());
        MimeMessage reissued = Mails.awaitMailTo(env.mail(), c.email(), REISSUE_SUBJECT, Duration.ofSeconds(30));
        ManualMails.assertFrom(reissued, TestEnvironment.SERVICE_FROM);
        String newLink = Provisioned.adminLink(env, reissued);
        // a second press right after: no second mail, the page says to wait
        browser.click(By.name("reissue"));
        assertTrue(browser.text().contains("管理者用初回ログインURLは再発行済みです。"), browser.text());
        KeycloakServer.sleep(Duration.ofSeconds(3));
        assertEquals(1, Provisioned.mails(env, c.email(), REISSUE_SUBJECT).size());
        assertNotEquals(oldLink, newLink);

        // the old link stopped working, the new one opens the password page
        browser.driver().manage().deleteAllCookies();
        Provisioned.assertLinkRefused(browser, oldLink);
        browser.screenshot("admin-link-refused-ja");
        Provisioned.openAdminLink(browser, newLink);

        // another Business ID sees none of it
        String other = uniqueEmail("other");
        env.admin().createBusinessId(other, PASSWORD, Map.of());
        browser.driver().manage().deleteAllCookies();
        browser.open(contractorUrl);
        KeycloakPages.logIn(browser, other, PASSWORD);
        assertTrue(browser.find(By.id("omakase-contracts-empty")).getText().contains("ご契約中のサービスはありません"));
        assertFalse(browser.html().contains(order.path("contractId").asText()));
    }

    @Test
    void englishSpeakingContractorGetsTheNoticeInEnglish(TestEnvironment env) throws Exception {
        String email = uniqueEmail("english");
        String subject = env.admin().createBusinessId(email, PASSWORD, Map.of("locale", List.of("en")));
        OrderApiClient.place(env, subject, email);
        MimeMessage mail = Mails.awaitMailTo(env.mail(), email, "[Omakase Login] Your service is ready", Duration.ofSeconds(30));
        String text = Mails.text(mail);
        assertTrue(text.contains("Your service has been set up.") && text.contains("valid for 24 hours"), text);
        assertTrue(text.contains("* If you did not expect this mail, please contact us here:")
                && text.contains(TestEnvironment.SERVICE_INQUIRY_URL)
                && text.contains("* The Omakase Business Store also sends you an order confirmation mail"), text);
        ManualMails.assertFrom(mail, TestEnvironment.SERVICE_FROM);
        Provisioned.adminLink(env, mail);
        JsonNode admin = env.admin().get("/realms/omakase/users?exact=true&email=" + email).get(0);
        assertEquals("en", admin.path("attributes").path("locale").get(0).asText(), "the administrator keeps the contractor's language");
    }

    @Test
    void eventSeenTwiceAndRacingRedrivesMakeOneTenantAndOneMail(TestEnvironment env) throws Exception {
        Provisioned.Contractor c = Provisioned.order(env, "race");
        AdminApi admin = env.admin();
        String path = "/realms/bizid/omakase/orders/" + c.orderId() + "/provisioning";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> admin.send("POST", path, null).status());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertEquals(202, f.get());
            }
        } finally {
            pool.shutdown();
        }
        Mails.awaitMailTo(env.mail(), c.email(), START_SUBJECT, Duration.ofSeconds(30));
        JsonNode order = Provisioned.awaitOrder(env, c.orderId(), Duration.ofSeconds(5), o -> "SENT".equals(o.path("noticeState").asText()));
        assertEquals(202, admin.send("POST", path, null).status(), "a re-drive of an ACTIVE order is accepted and changes nothing");
        KeycloakServer.sleep(Duration.ofSeconds(6)); // longer than redrive-after: the re-drive task had its chance too
        assertEquals(1, Provisioned.mails(env, c.email(), START_SUBJECT).size());
        Provisioned.assertOneTenant(env, order.path("contractId").asText());
        assertEquals(1, admin.get("/realms/omakase/users?exact=true&email=" + c.email()).size());
        assertEquals(404, admin.send("POST", "/realms/bizid/omakase/orders/no-such-order/provisioning", null).status());
    }

    @Test
    void smtpOutageDelaysTheMailUntilTheServerIsBack(TestEnvironment env) throws Exception {
        AdminApi admin = env.admin();
        JsonNode smtp = admin.get("/realms/omakase").path("smtpServer");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        useServiceSmtp(env, smtp, closedPort);
        Provisioned.Contractor c;
        try {
            c = Provisioned.order(env, "smtp");
            JsonNode pending = Provisioned.awaitOrder(env, c.orderId(), Duration.ofSeconds(30),
                    o -> o.path("noticeAttempts").asInt() >= 2);
            assertEquals("ACTIVE", pending.path("state").asText(), "the tenant does not wait for the mail");
            assertEquals("PENDING", pending.path("noticeState").asText());
            assertTrue(Mails.mailsTo(env.mail(), c.email()).isEmpty());
            String events = Provisioned.provisioningEvents(env, c.orderId());
            assertTrue(events.contains("\"outcome\":\"retry\""), events);
        } finally {
            putServiceSmtp(env, smtp);
        }
        MimeMessage mail = Mails.awaitMailTo(env.mail(), c.email(), START_SUBJECT, Duration.ofSeconds(30));
        assertTrue(Mails.text(mail).contains("管理者用初回ログイン用URL"));
        JsonNode sent = Provisioned.awaitOrder(env, c.orderId(), Duration.ofSeconds(5), o -> "SENT".equals(o.path("noticeState").asText()));
        Provisioned.assertOneTenant(env, sent.path("contractId").asText());
        KeycloakServer.sleep(Duration.ofSeconds(3));
        assertEquals(1, Provisioned.mails(env, c.email(), START_SUBJECT).size());
    }

    @Test
    void reissueWhileTheNoticeIsOnItsWayLeavesOnlyTheNewLinkWorking(TestEnvironment env, Browser browser) throws Exception {
        JsonNode smtp = env.admin().get("/realms/omakase").path("smtpServer");
        Provisioned.Contractor c;
        List<MimeMessage> notices;
        try (SmtpGate gate = SmtpGate.closedInFrontOf(env.mail().getSmtp().getPort())) {
            useServiceSmtp(env, smtp, gate.port());
            c = Provisioned.order(env, "inflight");
            // the サービス利用開始通知 is rendered, with its link, and hangs at the SMTP server's door
            assertTrue(gate.awaitHeldConnection(Duration.ofSeconds(30)), "the notice reached the SMTP server");

            browser.open(env.baseUrl() + "/realms/bizid/omakase/contracts/");
            KeycloakPages.logIn(browser, c.email(), PASSWORD);
            browser.click(By.name("reissue"));
            assertTrue(browser.text().contains("管理者用初回ログインURLを再発行し、管理者のメールアドレス宛に送信しました。"), browser.text());

            gate.open();
            Provisioned.awaitOrder(env, c.orderId(), Duration.ofSeconds(30), o -> "SENT".equals(o.path("noticeState").asText()));
            notices = Mails.awaitMailsTo(env.mail(), c.email(), START_SUBJECT, 2, Duration.ofSeconds(30));
        } finally {
            putServiceSmtp(env, smtp);
        }
        // the mail under way still arrives (at least once), the newer one too, and it stays the start notice
        KeycloakServer.sleep(Duration.ofSeconds(3));
        assertEquals(2, Provisioned.mails(env, c.email(), START_SUBJECT).size());
        assertTrue(Provisioned.mails(env, c.email(), REISSUE_SUBJECT).isEmpty());
        String first = Provisioned.adminLink(env, notices.get(0));
        String second = Provisioned.adminLink(env, notices.get(1));
        assertNotEquals(first, second);

        // the link of the mail that was on its way was revoked by the reissue: exactly one of the two opens the password page
        int working = 0;
        for (String link : List.of(first, second)) {
            browser.driver().manage().deleteAllCookies();
            browser.open(link);
            browser.find(By.id("kc-page-title"));
            if (!browser.driver().findElements(By.id("password-new")).isEmpty()) {
                working++;
            } else {
                assertTrue(browser.text().contains(Provisioned.LINK_GONE), browser.text());
            }
        }
        assertEquals(1, working, "only the newest first-login link works");
        JsonNode order = OrderApiClient.fetch(env, c.orderId());
        Provisioned.assertOneTenant(env, order.path("contractId").asText());
        assertTrue(Provisioned.provisioningEvents(env, c.orderId()).contains("\"outcome\":\"reissue-requested\""));
    }

    /** Points the service realm's SMTP settings at {@code port} (read timeout 30 s), keeping the rest of {@code smtp}. */
    private static void useServiceSmtp(TestEnvironment env, JsonNode smtp, int port) {
        ObjectNode changed = smtp.deepCopy();
        changed.put("port", String.valueOf(port));
        changed.put("timeout", "30000");
        putServiceSmtp(env, changed);
    }

    private static void putServiceSmtp(TestEnvironment env, JsonNode smtp) {
        assertEquals(204, env.admin().send("PUT", "/realms/omakase", Map.of("smtpServer", smtp)).status());
    }
}
