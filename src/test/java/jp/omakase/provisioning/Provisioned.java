package jp.omakase.provisioning;

import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;

import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.OrderApiClient;
import jp.omakase.testing.TestEnvironment;

/** Steps the provisioning tests share: a contractor with an order, its mails, the pages of the first login. */
public final class Provisioned {

    public static final String START_SUBJECT = "【おまかせログイン】サービス利用開始通知";
    static final String REISSUE_SUBJECT = "【おまかせログイン】管理者用初回ログインURL再発行のお知らせ";
    public static final String PASSWORD = "Omakase-2026!";
    public static final String ADMIN_PASSWORD = "Kanri-Pass-2026";
    static final String LINK_GONE = "このリンクは有効期限が切れているか、すでに使用されています。";

    /** A contractor: Business ID (e-mail {@code email}, password {@link #PASSWORD}) and the order it placed. */
    public record Contractor(String email, String subject, String orderId) {
    }

    private Provisioned() {
    }

    public static Contractor order(TestEnvironment env, String prefix) throws Exception {
        String email = uniqueEmail(prefix);
        String subject = env.admin().createBusinessId(email, PASSWORD, Map.of());
        JsonNode order = OrderApiClient.place(env, subject, email);
        return new Contractor(email, subject, order.path("id").asText());
    }

    /** Polls the order API until {@code done} holds (or fails after {@code timeout}). */
    public static JsonNode awaitOrder(TestEnvironment env, String orderId, Duration timeout, Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode order = OrderApiClient.fetch(env, orderId);
        while (!done.test(order)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("order did not reach the expected state in " + timeout + ": " + order);
            }
            KeycloakServer.sleep(Duration.ofMillis(300));
            order = OrderApiClient.fetch(env, orderId);
        }
        return order;
    }

    public static String adminLink(TestEnvironment env, MimeMessage mail) {
        return Mails.firstLink(Mails.text(mail), env.baseUrl() + "/realms/omakase/omakase/tenant/first-login?key=");
    }

    public static List<MimeMessage> mails(TestEnvironment env, String email, String subject) {
        return Mails.mailsTo(env.mail(), email).stream().filter(m -> subject.equals(Mails.subject(m))).toList();
    }

    /** The organizations of the service realm made for {@code contractId}. */
    static JsonNode tenantsOf(TestEnvironment env, String contractId) {
        return env.admin().get("/realms/omakase/organizations?q=omakaseContractId:" + contractId + "&briefRepresentation=false");
    }

    /** Opens a first-login link as the administrator does: the password page (seed 2(6) 1.) at once. */
    public static void openAdminLink(Browser browser, String link) {
        browser.open(link);
        browser.find(By.id("password-new"));
        assertTrue(browser.text().contains("パスワードの更新"), browser.text());
    }

    /** The page a used, replaced or expired first-login link opens. */
    static void assertLinkRefused(Browser browser, String link) {
        browser.open(link);
        browser.find(By.id("kc-page-title"));
        assertTrue(browser.text().contains(LINK_GONE), browser.text());
        assertTrue(browser.driver().findElements(By.id("password-new")).isEmpty());
    }

    /** The representations of the order's OMAKASE_PROVISIONING admin events, joined. */
    static String provisioningEvents(TestEnvironment env, String orderId) {
        StringBuilder all = new StringBuilder();
        for (JsonNode e : env.admin().get("/realms/bizid/admin-events?resourcePath=omakase/orders/" + orderId + "&max=100")) {
            if ("OMAKASE_PROVISIONING".equals(e.path("resourceType").asText())) {
                all.append(e.path("representation").asText()).append('\n');
            }
        }
        return all.toString();
    }

    static void assertOneTenant(TestEnvironment env, String contractId) {
        assertEquals(1, tenantsOf(env, contractId).size(), "exactly one organization for contract " + contractId);
    }
}
