package jp.omakase.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;

import jp.omakase.provisioning.Provisioned;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.Mails;
import jp.omakase.testing.OrderApiClient;
import jp.omakase.testing.TestEnvironment;

/** Steps the contract lifecycle tests share: a provisioned tenant whose administrator has a password, the operator's API. */
final class Contracts {

    static final String CONSOLE = "/realms/omakase/omakase/tenant/";
    static final String ENDED = "このサービスのご契約は終了しています。";
    static final String REQUESTED_SUBJECT = "【おまかせログイン】利用終了お申し込み受付のお知らせ";
    static final String CANCELLED_SUBJECT = "【おまかせログイン】利用終了お申し込み取消のお知らせ";
    static final String ENDED_SUBJECT = "【おまかせログイン】ご契約終了のお知らせ";
    static final String PURGED_SUBJECT = "【おまかせログイン】データ削除完了のお知らせ";
    static final String CHANGED_SUBJECT = "【おまかせログイン】ご契約内容変更のお知らせ";
    static final String ADMIN_SUBJECT = "【おまかせログイン】テナント管理者登録のお知らせ";

    /** A tenant made from an order: the contractor (whose e-mail is also the administrator's) and the contract id. */
    record Tenant(Provisioned.Contractor contractor, String contractId, String adminId) {
        String email() {
            return contractor.email();
        }

        String portal() {
            return "/realms/bizid/omakase/contracts/" + contractId + "/";
        }

        String console() {
            return CONSOLE + contractId + "/";
        }
    }

    private Contracts() {
    }

    /** Orders a tenant and waits for its start mail; {@code browser} (if any) sets the administrator's password. */
    static Tenant tenant(TestEnvironment env, Browser browser, String prefix) throws Exception {
        Provisioned.Contractor c = Provisioned.order(env, prefix);
        MimeMessage start = Mails.awaitMailTo(env.mail(), c.email(), Provisioned.START_SUBJECT, Duration.ofSeconds(60));
        JsonNode order = OrderApiClient.fetch(env, c.orderId());
        String contractId = order.path("contractId").asText();
        String adminId = env.admin().userIdByEmail("omakase", c.email());
        if (browser != null) {
            Provisioned.openAdminLink(browser, Provisioned.adminLink(env, start));
            KeycloakPages.updatePassword(browser, Provisioned.ADMIN_PASSWORD);
            browser.find(By.id("username"));
            browser.driver().manage().deleteAllCookies();
        }
        return new Tenant(c, contractId, adminId);
    }

    /** The operator's record of the contract (GET /admin/realms/bizid/omakase/contracts). */
    static JsonNode record(TestEnvironment env, String contractId) {
        for (JsonNode c : env.admin().get("/realms/bizid/omakase/contracts?max=500")) {
            if (contractId.equals(c.path("id").asText())) {
                return c;
            }
        }
        throw new AssertionError("contract " + contractId + " not listed");
    }

    /** Runs the lifecycle's due steps as at {@code at}; answers what it did per contract. */
    static JsonNode runLifecycle(TestEnvironment env, Instant at) {
        AdminApi.Response r = env.admin().send("POST", "/realms/bizid/omakase/contracts/lifecycle?at=" + at, null);
        assertEquals(200, r.status(), r.body());
        return r.json().path("contracts");
    }

    /** The contractor signs in to the portal at the contract's page. */
    static void openPortal(TestEnvironment env, Browser browser, Tenant t) {
        browser.driver().manage().deleteAllCookies();
        browser.open(env.baseUrl() + t.portal());
        KeycloakPages.logIn(browser, t.email(), Provisioned.PASSWORD);
        browser.find(By.id("omakase-contract-summary"));
    }

    /** Someone signs in to the tenant console with a fresh browser session; answers the page's text. */
    static String signInToConsole(TestEnvironment env, Browser browser, Tenant t, String email, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open(env.baseUrl() + t.console());
        KeycloakPages.logIn(browser, email, password);
        browser.waitForPage();
        return browser.text();
    }

    static List<MimeMessage> mails(TestEnvironment env, String email, String subject) {
        return Provisioned.mails(env, email, subject);
    }
}
