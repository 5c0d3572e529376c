package jp.omakase.security;

import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.signup.SignupJourney;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.StoreWalk;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 12, item 5: the sign-up and store mails go through the persistent outbox. The {@code bizid} realm's SMTP
 * settings point at a closed port (the mail server is away: the settings are read when a mail is sent), mails are
 * asked for, the server restarts, the mail server comes back: every mail arrives exactly once, and a mail whose link
 * expired meanwhile is dropped, not sent.
 */
@KeycloakIT
class MailOutboxIT {

    private static final String PASSWORD = "Omakase-2026!";
    private static final String LINK_SUBJECT = "【おまかせビジネスID】新規登録のご案内";
    private static final String REGISTERED_SUBJECT = "【おまかせビジネスID】新規登録のお申し込みについて";
    private static final String ORDER_SUBJECT = "【おまかせビジネス向けストア】ご注文完了のお知らせ";
    private static final String CLIENT = "signup-it-store";
    private static final String REDIRECT = "http://127.0.0.1:9/store/callback";

    @Test
    void mailsAskedForDuringAnSmtpOutageSurviveARestartAndArriveExactlyOnce(TestEnvironment env, Browser browser) throws Exception {
        SignupJourney.prepare(env);
        browser.clientAddress(SignupJourney.randomClientAddress());
        String newcomer = uniqueEmail("outbox-new");
        String buyer = uniqueEmail("outbox-buyer");
        env.admin().createBusinessId(buyer, PASSWORD, Map.of("companyName", List.of("山田商事株式会社"),
                "companyKana", List.of("ヤマダショウジ")));
        JsonNode smtp = env.admin().get("/realms/bizid").path("smtpServer");
        boolean restored = false;
        try {
            putSmtp(env, withPort(smtp, closedPort()));
            signupStep01(env, browser, newcomer);
            signupStep01(env, browser, buyer);
            String number = order(env, browser, buyer);
            assertTrue(number.startsWith("OML-"), number);

            // the pages answered; the outbox keeps trying (attempts every 2-4 s) and nothing reaches the mail server
            KeycloakServer.sleep(Duration.ofSeconds(6));
            assertTrue(Mails.mailsTo(env.mail(), newcomer).isEmpty());
            assertTrue(mails(env, buyer, REGISTERED_SUBJECT).isEmpty() && mails(env, buyer, ORDER_SUBJECT).isEmpty());

            // a restart in the middle of the outage: the three mails wait in the database (never the SMTP settings)
            List<String> waiting = new ArrayList<>();
            env.restart(List.of(), db -> waiting.addAll(outbox(db, newcomer, buyer)));
            assertEquals(List.of(buyer + " omakase-order-complete.ftl", buyer + " omakase-signup-registered.ftl",
                    newcomer + " omakase-signup-link.ftl"), waiting.stream().map(r -> r.substring(0, r.lastIndexOf(' '))).sorted().toList());
            assertTrue(waiting.stream().allMatch(r -> Integer.parseInt(r.substring(r.lastIndexOf(' ') + 1)) >= 1),
                    "every mail was tried before the restart: " + waiting);

            // the mail server is back
            putSmtp(env, smtp);
            restored = true;
        } finally {
            if (!restored) {
                putSmtp(env, smtp);
            }
        }
        MimeMessage link = Mails.awaitMailTo(env.mail(), newcomer, LINK_SUBJECT, Duration.ofSeconds(60));
        assertTrue(SignupJourney.signupLink(env, link).contains("email_token="), "the mail carries its sign-up link");
        Mails.awaitMailTo(env.mail(), buyer, REGISTERED_SUBJECT, Duration.ofSeconds(30));
        MimeMessage order = Mails.awaitMailTo(env.mail(), buyer, ORDER_SUBJECT, Duration.ofSeconds(30));
        assertTrue(Mails.text(order).contains("ご注文番号: "), Mails.text(order));

        // exactly once: later re-drives find nothing more to send
        KeycloakServer.sleep(Duration.ofSeconds(5));
        assertEquals(1, Mails.mailsTo(env.mail(), newcomer).size());
        assertEquals(1, mails(env, buyer, REGISTERED_SUBJECT).size());
        assertEquals(1, mails(env, buyer, ORDER_SUBJECT).size());

        // sent mails (and their links) are not kept in the database
        List<String> left = new ArrayList<>();
        env.restart(List.of(), db -> left.addAll(outbox(db, newcomer, buyer)));
        assertEquals(List.of(), left);
    }

    @Test
    void aSignupMailWhoseLinkExpiredDuringTheOutageIsDroppedNotSent(TestEnvironment env, Browser browser) throws Exception {
        SignupJourney.prepare(env);
        browser.clientAddress(SignupJourney.randomClientAddress());
        String late = uniqueEmail("outbox-late");
        String onTime = uniqueEmail("outbox-ontime");
        JsonNode smtp = env.admin().get("/realms/bizid").path("smtpServer");
        String lifespan = linkLifespan(env, "12");
        try {
            try {
                putSmtp(env, withPort(smtp, closedPort()));
                signupStep01(env, browser, late);
                // the link expires after 12 s; the outage lasts longer
                KeycloakServer.sleep(Duration.ofSeconds(17));
            } finally {
                putSmtp(env, smtp);
            }
            // the mail server is back: a new sign-up mail arrives, the expired one never does
            signupStep01(env, browser, onTime);
            Mails.awaitMailTo(env.mail(), onTime, LINK_SUBJECT, Duration.ofSeconds(30));
            KeycloakServer.sleep(Duration.ofSeconds(6));
            assertEquals(List.of(), Mails.mailsTo(env.mail(), late));
        } finally {
            linkLifespan(env, lifespan);
        }
        // the drop is logged with the template and the realm, never the address
        String log = Files.readString(env.serverLog(), StandardCharsets.UTF_8);
        String realmId = env.admin().get("/realms/bizid").path("id").asText();
        assertTrue(log.contains("(omakase-signup-link.ftl, realm " + realmId + ") dropped: it expired"), "drop logged");
        assertFalse(log.contains(late), "the address is not in the server log");
    }

    /** Step 01 of the sign-up on the test store's login page, up to 「まだ完了していません」. */
    private static void signupStep01(TestEnvironment env, Browser browser, String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open(env.baseUrl() + "/realms/bizid/protocol/openid-connect/auth?client_id=" + CLIENT
                + "&response_type=code&scope=openid&state=" + UUID.randomUUID()
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8));
        browser.find(By.cssSelector("#kc-registration a")).click();
        browser.find(By.id("omakase-signup-email"));
        SignupJourney.submitEmail(browser, email);
        browser.find(By.id("omakase-sent-title"));
    }

    /** An order on the store pages (login, member terms, cart, contractor, final confirmation); answers its number. */
    private static String order(TestEnvironment env, Browser browser, String email) {
        browser.driver().manage().deleteAllCookies();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("postalCode", "100-0001");
        typed.put("companyKana", "ヤマダショウジ");
        typed.put("address1", "東京都千代田区");
        typed.put("address2", "千代田1-1");
        return StoreWalk.firstOrder(browser, env.baseUrl(), email, PASSWORD, typed);
    }

    /** "recipient template attempts" of the outbox rows of these recipients, read from the stopped server's database. */
    private static List<String> outbox(Connection db, String... recipients) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT RECIPIENT, TEMPLATE, ATTEMPTS FROM OMK_MAIL_OUTBOX WHERE RECIPIENT IN (?, ?)")) {
            q.setString(1, recipients[0]);
            q.setString(2, recipients[1]);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getInt(3));
                }
            }
        }
        return rows;
    }

    private static List<MimeMessage> mails(TestEnvironment env, String address, String subject) {
        return Mails.mailsTo(env.mail(), address).stream().filter(m -> subject.equals(Mails.subject(m))).toList();
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode withPort(JsonNode smtp, int port) {
        ObjectNode changed = smtp.deepCopy();
        changed.put("port", String.valueOf(port));
        changed.put("timeout", "30000");
        return changed;
    }

    private static void putSmtp(TestEnvironment env, JsonNode smtp) {
        assertEquals(204, env.admin().send("PUT", "/realms/bizid", Map.of("smtpServer", smtp)).status());
    }

    /** Sets step 01's link lifespan (seconds); answers the previous value. */
    private static String linkLifespan(TestEnvironment env, String seconds) {
        String configId = null;
        for (JsonNode e : env.admin().get("/realms/bizid/authentication/flows/omakase%20signup/executions")) {
            if ("omakase-signup-email".equals(e.path("providerId").asText())) {
                configId = e.path("authenticationConfig").asText();
            }
        }
        JsonNode config = env.admin().get("/realms/bizid/authentication/config/" + configId);
        String previous = config.path("config").path("linkLifespanSeconds").asText("1800");
        AdminApi.Response r = env.admin().send("PUT", "/realms/bizid/authentication/config/" + configId, Map.of(
                "id", configId, "alias", config.path("alias").asText(), "config", Map.of("linkLifespanSeconds", seconds)));
        assertEquals(204, r.status(), r.body());
        return previous;
    }
}
