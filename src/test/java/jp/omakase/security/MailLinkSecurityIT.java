package jp.omakase.security;

import static jp.omakase.security.ForgedHostClient.EVIL_HOST;
import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;

import jp.omakase.signup.SignupJourney;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.ManualMails;
import jp.omakase.testing.OrderApiClient;
import jp.omakase.testing.StoreWalk;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 12, items 1–4, performed against the real server: links in mails never follow a forged {@code Host} /
 * {@code X-Forwarded-Host} and no request URL is stored; user values are plain text in both parts of official mails;
 * opening the sign-up link (as a mail scanner does) does not use it, its button does; a used link stays used across a
 * restart, and two racing uses pass once.
 */
@KeycloakIT
class MailLinkSecurityIT {

    private static final String PASSWORD = "Omakase-2026!";
    private static final String SIGNUP_SUBJECT = "【おまかせビジネスID】新規登録のご案内";
    private static final String REGISTERED_SUBJECT = "【おまかせビジネスID】新規登録のお申し込みについて";
    private static final String START_SUBJECT = "【おまかせログイン】サービス利用開始通知";
    private static final String REISSUE_SUBJECT = "【おまかせログイン】管理者用初回ログインURL再発行のお知らせ";
    private static final String ORDER_SUBJECT = "【おまかせビジネス向けストア】ご注文完了のお知らせ";
    private static final String USED = "このURLはすでに使用されています";
    private static final String INVALID = "このURLは無効です";
    private static final String LINK_HTML = "<a href=\"https://evil.example/\">x</a>";
    private static final String IMG_HTML = "<img src=\"https://evil.example/i.png\">";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'()]+");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void prepare(TestEnvironment env, Browser browser) {
        SignupJourney.prepare(env);
        OrderApiClient.prepare(env);
        browser.clientAddress(SignupJourney.randomClientAddress());
    }

    // ---- item 1: Host header poisoning ----

    @Test
    void everyMailedLinkUsesTheConfiguredHostnameWhateverTheRequestSays(TestEnvironment env, Browser browser) throws Exception {
        // sign-up step 01, a new address and one that has a Business ID, both with a forged Host and X-Forwarded-Host
        String fresh = uniqueEmail("host-fresh");
        assertTrue(forgedSignup(env, fresh).body().contains("omakase-sent-title"));
        assertLinksOnConfiguredHost(env, Mails.awaitMailTo(env.mail(), fresh, SIGNUP_SUBJECT, Duration.ofSeconds(30)), 1);
        String taken = uniqueEmail("host-taken");
        env.admin().createBusinessId(taken, PASSWORD, Map.of());
        assertTrue(forgedSignup(env, taken).body().contains("omakase-sent-title"));
        assertLinksOnConfiguredHost(env, Mails.awaitMailTo(env.mail(), taken, REGISTERED_SUBJECT, Duration.ofSeconds(30)), 1);

        // an order through the API with a forged Host: the サービス利用開始通知 (contractor URL + first-login link)
        String email = uniqueEmail("host-order");
        String subject = env.admin().createBusinessId(email, PASSWORD, Map.of());
        ForgedHostClient.Answer placed = forgedOrder(env, subject, OrderApiClient.contractor(email));
        assertEquals(201, placed.status(), placed.body());
        String orderId = OrderApiClient.JSON.readTree(placed.body()).path("id").asText();
        MimeMessage start = Mails.awaitMailTo(env.mail(), email, START_SUBJECT, Duration.ofSeconds(60));
        assertLinksOnConfiguredHost(env, start, 2);
        JsonNode order = awaitNoticeSent(env, orderId);

        // the contractor reissues the first-login link from a browser whose requests carry a forged X-Forwarded-Host
        forgeForwardedHost(browser);
        browser.open(Mails.firstLink(Mails.text(start), env.baseUrl() + "/realms/bizid/omakase/contracts/"));
        KeycloakPages.logIn(browser, email, PASSWORD);
        browser.find(By.id("omakase-contract-" + order.path("contractId").asText()));
        browser.click(By.name("reissue"));
        assertLinksOnConfiguredHost(env, Mails.awaitMailTo(env.mail(), email, REISSUE_SUBJECT, Duration.ofSeconds(60)), 2);
    }

    @Test
    void withoutAConfiguredHostnameNoMailCarriesTheRequestsHost(TestEnvironment env) throws Exception {
        env.restart(List.of(KeycloakServer.NO_HOSTNAME));
        try {
            // neither --hostname nor a Frontend URL: no mail at all (the old code mailed a link to the forged host)
            String email = uniqueEmail("nohost");
            ForgedHostClient.Answer answer = forgedSignup(env, email);
            assertFalse(answer.body().contains("omakase-sent-title"), "the step says the mail could not be sent");
            assertTrue(answer.body().contains("input-error-email"), answer.body());
            KeycloakServer.sleep(Duration.ofSeconds(3));
            assertTrue(Mails.mailsTo(env.mail(), email).isEmpty(), "no mail without a configured public URL");
            assertTrue(serverLog().contains("No public URL for realm bizid") && serverLog().contains("--hostname="),
                    "the log names the option to set");

            // the realm's Frontend URL is a configured public URL too
            setFrontendUrl(env, env.baseUrl());
            String second = uniqueEmail("frontend");
            assertTrue(forgedSignup(env, second).body().contains("omakase-sent-title"));
            assertLinksOnConfiguredHost(env, Mails.awaitMailTo(env.mail(), second, SIGNUP_SUBJECT, Duration.ofSeconds(30)), 1);
        } finally {
            setFrontendUrl(env, "");
            env.restart(List.of());
        }
    }

    // ---- item 2: injection into official mails ----

    @Test
    void userValuesAreTextInTheOfficialMails(TestEnvironment env, Browser browser) throws Exception {
        // the order API: company name with a link, an image and (while validation lets it through) a line break
        String email = uniqueEmail("inject-api");
        String subject = env.admin().createBusinessId(email, PASSWORD, Map.of());
        Map<String, Object> contractor = OrderApiClient.contractor(email);
        contractor.put("companyName", LINK_HTML + "\n" + IMG_HTML);
        contractor.put("department", LINK_HTML);
        HttpResponse<String> r = OrderApiClient.post(env, OrderApiClient.token(env, OrderApiClient.STORE),
                OrderApiClient.order("EC-" + UUID.randomUUID().toString().substring(0, 12), subject, contractor));
        if (r.statusCode() == 400) {
            // control characters refused by the API (issue 12, item 12): the same values on one line
            contractor.put("companyName", LINK_HTML + " " + IMG_HTML);
            r = OrderApiClient.post(env, OrderApiClient.token(env, OrderApiClient.STORE),
                    OrderApiClient.order("EC-" + UUID.randomUUID().toString().substring(0, 12), subject, contractor));
        }
        assertEquals(201, r.statusCode(), r.body());
        assertPlainText(Mails.awaitMailTo(env.mail(), email, START_SUBJECT, Duration.ofSeconds(60)), true);

        // the store pages: company name and person typed by hand, the order mail
        String buyer = uniqueEmail("inject-store");
        env.admin().createBusinessId(buyer, PASSWORD, Map.of("companyName", List.of("山田商事株式会社"),
                "companyKana", List.of("ヤマダショウジ"), "department", List.of("情報システム部")));
        forgeForwardedHost(browser);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("companyName", LINK_HTML);
        typed.put("name", IMG_HTML);
        typed.put("postalCode", "100-0001");
        typed.put("address1", "東京都千代田区");
        typed.put("address2", "千代田1-1");
        StoreWalk.firstOrder(browser, env.baseUrl(), buyer, PASSWORD, typed);
        MimeMessage orderMail = Mails.awaitMailTo(env.mail(), buyer, ORDER_SUBJECT, Duration.ofSeconds(30));
        assertPlainText(orderMail, false);
    }

    // ---- item 3: opening the link does not use it ----

    @Test
    void scannerOpeningTheLinkLeavesItUsable(TestEnvironment env, Browser browser) throws Exception {
        String email = uniqueEmail("scanner");
        SignupJourney.startSignup(browser, env, "scan");
        SignupJourney.submitEmail(browser, email);
        String link = SignupJourney.signupLink(env, SignupJourney.awaitMail(env, email));

        // a mail scanner: plain GETs without any cookie, three times
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> scan = HTTP.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scan.statusCode());
            assertTrue(scan.body().contains("id=\"omakase-link-continue\""), scan.body());
            assertTrue(scan.body().contains("登録を続ける"), scan.body());
            assertTrue(scan.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("AUTH_SESSION_ID")),
                    "opening the link starts no session");
        }
        // a POST from another site's page (another Origin, or the browser's Sec-Fetch-Site) is refused, the link kept
        HttpResponse<String> crossSite = postToken(env, token(link), "https://" + EVIL_HOST);
        assertEquals(400, crossSite.statusCode());
        assertTrue(crossSite.body().contains(INVALID), crossSite.body());
        HttpResponse<String> fetchSite = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/omakase/signup"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("email_token=" + token(link))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, fetchSite.statusCode());
        assertTrue(fetchSite.body().contains(INVALID), fetchSite.body());

        // the person: the page, the button, step 02
        browser.open(link);
        assertEquals("メールアドレスの確認", browser.find(By.id("omakase-link-continue-title")).getText());
        browser.screenshot("signup-link-continue-ja");
        browser.click(By.id("omakase-link-continue"));
        browser.find(By.id("omakase-signup-terms"));
        assertEquals("02", SignupJourney.currentStep(browser));
    }

    // ---- item 4: single use across restarts, and under a race ----

    @Test
    void usedLinkStaysUsedAfterARestartAndTwoRacingUsesPassOnce(TestEnvironment env, Browser browser) throws Exception {
        String email = uniqueEmail("restart");
        SignupJourney.startSignup(browser, env, "restart");
        SignupJourney.submitEmail(browser, email);
        String used = SignupJourney.signupLink(env, SignupJourney.awaitMail(env, email));
        SignupJourney.openLink(browser, used);
        browser.find(By.id("omakase-signup-terms"));

        // two POSTs of one fresh link at the same moment: exactly one continues, the other gets the used-link page
        String raced = uniqueEmail("race");
        assertTrue(forgedSignup(env, raced).body().contains("omakase-sent-title"));
        String racedLink = SignupJourney.signupLink(env, SignupJourney.awaitMail(env, raced));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            posts.add(pool.submit(() -> {
                go.await();
                return postToken(env, token(racedLink), null);
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : posts) {
            HttpResponse<String> answer = f.get();
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 400) {
                assertTrue(answer.body().contains(USED), answer.body());
            }
        }
        pool.shutdown();
        assertEquals(List.of(303, 400), statuses.stream().sorted().toList(), "one use passes, the other is refused");

        // an order placed with a forged Host stores no request URL
        String buyer = uniqueEmail("stored-url");
        ForgedHostClient.Answer placed = forgedOrder(env, env.admin().createBusinessId(buyer, PASSWORD, Map.of()),
                OrderApiClient.contractor(buyer));
        assertEquals(201, placed.status(), placed.body());
        String orderId = OrderApiClient.JSON.readTree(placed.body()).path("id").asText();
        Mails.awaitMailTo(env.mail(), buyer, START_SUBJECT, Duration.ofSeconds(60));

        String[] frontendUrl = {"not read"};
        env.restart(List.of(), db -> {
            try (PreparedStatement s = db.prepareStatement("SELECT FRONTEND_URL FROM OMK_ORDER WHERE ID = ?")) {
                s.setString(1, orderId);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "the order row exists");
                    frontendUrl[0] = rs.getString(1);
                }
            }
        });
        assertNull(frontendUrl[0], "no request URL stored with the order");

        // after the restart both links are still used: the mark is Keycloak's persisted revocation
        for (String link : List.of(used, racedLink)) {
            HttpResponse<String> again = postToken(env, token(link), null);
            assertEquals(400, again.statusCode());
            assertTrue(again.body().contains(USED), again.body());
        }
        browser.driver().manage().deleteAllCookies();
        browser.open(used);
        assertEquals(USED, browser.find(By.id("omakase-link-problem")).getText());
    }

    // ---- helpers ----

    /** Sign-up step 01 for {@code email} over HTTP, every request with a forged Host; answers the page after the post. */
    private static ForgedHostClient.Answer forgedSignup(TestEnvironment env, String email) {
        ForgedHostClient client = new ForgedHostClient(env.baseUrl(), SignupJourney.randomClientAddress());
        ForgedHostClient.Answer login = client.getFollowing(SignupJourney.authUrl(env, "forged"));
        assertEquals(200, login.status(), login.body());
        String registration = ForgedHostClient.urls(login.body(), "href").stream()
                .filter(u -> u.contains("/login-actions/registration")).findFirst()
                .orElseThrow(() -> new AssertionError("no 新規登録 link: " + login.body()));
        ForgedHostClient.Answer step01 = client.getFollowing(registration);
        assertTrue(step01.body().contains("omakase-signup-email"), step01.body());
        return client.postForm(ForgedHostClient.urls(step01.body(), "action").get(0), Map.of("email", email));
    }

    private static ForgedHostClient.Answer forgedOrder(TestEnvironment env, String subject, Map<String, Object> contractor) throws Exception {
        String body = OrderApiClient.JSON.writeValueAsString(
                OrderApiClient.order("EC-" + UUID.randomUUID().toString().substring(0, 12), subject, contractor));
        return new ForgedHostClient(env.baseUrl(), SignupJourney.randomClientAddress()).send("POST",
                env.baseUrl() + "/realms/bizid/omakase/orders", Map.of("Authorization", "Bearer "
                        + OrderApiClient.token(env, OrderApiClient.STORE), "Content-Type", "application/json"), body);
    }

    /** Every request of this browser also carries a forged {@code X-Forwarded-Host} (the server trusts X-Forwarded-*). */
    private static void forgeForwardedHost(Browser browser) {
        HasCdp cdp = (HasCdp) browser.driver();
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of(
                "X-Forwarded-Host", EVIL_HOST, "X-Forwarded-For", SignupJourney.randomClientAddress())));
    }

    /** Both parts: every URL is on the configured hostname, at least {@code min} of them, and the forged host is nowhere. */
    private static void assertLinksOnConfiguredHost(TestEnvironment env, MimeMessage mail, int min) {
        for (String part : List.of(Mails.text(mail), Mails.html(mail))) {
            List<String> urls = new ArrayList<>();
            Matcher m = URL.matcher(part);
            while (m.find()) {
                urls.add(m.group());
            }
            assertTrue(urls.size() >= min, "links in " + part);
            // the operator's contact URLs (inquiry-url options) are the only links elsewhere, exactly as configured
            urls.removeIf(url -> List.of(TestEnvironment.BIZID_INQUIRY_URL, TestEnvironment.SERVICE_INQUIRY_URL)
                    .contains(ManualMails.decoded(url)));
            for (String url : urls) {
                assertTrue(url.startsWith(env.baseUrl() + "/"), url + " is not on the configured hostname " + env.baseUrl());
            }
            assertFalse(part.toLowerCase(Locale.ROOT).contains(EVIL_HOST), part);
        }
    }

    /**
     * The hostile values are in the mail as text: no live link or image to evil.example in either part, the subject on
     * one line; {@code joined}: the value had a line break between the link and the image, now a space.
     */
    private static void assertPlainText(MimeMessage mail, boolean joined) {
        String text = Mails.text(mail);
        String html = Mails.html(mail);
        String subject = Mails.subject(mail);
        assertFalse(subject.contains("\n") || subject.contains("\r"), subject);
        assertTrue(text.contains("evil.example"), "the value is shown, as text: " + text);
        assertFalse(text.contains("https://evil.example"), "a mail program would make this a link: " + text);
        assertTrue(html.contains("&lt;a href"), "the value is escaped text in the HTML part: " + html);
        assertFalse(Pattern.compile("<a\\s[^>]*evil\\.example", Pattern.CASE_INSENSITIVE).matcher(html).find(), html);
        assertFalse(Pattern.compile("<img\\s", Pattern.CASE_INSENSITIVE).matcher(html).find(), html);
        assertFalse(html.contains("https://evil.example"), html);
        if (joined) {
            assertTrue(text.contains("x</a> <img src="), "the line break became a space: " + text);
            assertTrue(html.contains("x&lt;/a&gt; &lt;img src"), html);
        }
    }

    private static JsonNode awaitNoticeSent(TestEnvironment env, String orderId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode order = OrderApiClient.fetch(env, orderId);
        while (!"SENT".equals(order.path("noticeState").asText())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the notice was not recorded as sent: " + order);
            }
            KeycloakServer.sleep(Duration.ofMillis(300));
            order = OrderApiClient.fetch(env, orderId);
        }
        return order;
    }

    private static String token(String link) {
        return link.substring(link.indexOf("email_token=") + "email_token=".length());
    }

    /** The button's POST without a browser (no cookies), with an {@code Origin} when given. */
    private static HttpResponse<String> postToken(TestEnvironment env, String token, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/omakase/signup"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", SignupJourney.randomClientAddress())
                .POST(HttpRequest.BodyPublishers.ofString("email_token=" + token));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sets (or, with "", clears) the realm's Frontend URL; the realm's other attributes (event expiry...) stay. */
    private static void setFrontendUrl(TestEnvironment env, String url) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        env.admin().get("/realms/bizid").path("attributes").fields()
                .forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
        attributes.put("frontendUrl", url);
        assertEquals(204, env.admin().send("PUT", "/realms/bizid", Map.of("attributes", attributes)).status());
    }

    private static String serverLog() throws Exception {
        String db = System.getProperty("omakase.it.db", "h2").toLowerCase(Locale.ROOT);
        return Files.readString(Path.of(System.getProperty("omakase.build.dir")).resolve("keycloak-it-" + db + ".log"));
    }
}
