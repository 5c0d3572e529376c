package jp.omakase.security;

import static jp.omakase.security.PageSession.assertOk;
import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 12, items 7, 8 and 15 against the real server, in plain HTTP as an attacker sends it: the store member terms
 * cannot be skipped through another client's login, an order number held by another order does not lose the order,
 * and every page with personal data answers {@code Cache-Control: no-store} with the realm's frame headers. Issue 13,
 * item 4: after the login every page lands on its clean URL and the login's code cannot be redeemed.
 */
@KeycloakIT
class StorePagesSecurityIT {

    private static final String PASSWORD = "Omakase-2026!";
    /** Plain HTTP without cookies or redirects, for requests a page session would not send. */
    private static final HttpClient PLAIN = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String STORE = "/realms/bizid/omakase/store/";
    private static final String ORDER_MAIL = "【おまかせビジネス向けストア】ご注文完了のお知らせ";
    private static final Pattern HISTORY_NUMBER = Pattern.compile("class=\"omakase-history-number\">([^<]+)<");
    private static final Map<String, List<String>> ACCEPTED_TERMS = Map.of("storeTermsVersion", List.of("1.0"),
            "storePrivacyVersion", List.of("1.0"));

    /**
     * Item 7: a Business ID that never accepted the store terms logs in through the contractor portal (another client of
     * the realm) and then uses the store's pages directly. It sees the terms, never the cart or the form, and a posted
     * order form places nothing.
     */
    @Test
    void storeTermsCannotBeSkippedByLoggingInThroughTheContractorPortal(TestEnvironment env) {
        String email = uniqueEmail("skipper");
        String id = env.admin().createBusinessId(email, PASSWORD, Map.of());
        PageSession user = new PageSession(env.baseUrl());

        HttpResponse<String> portal = user.logIn("/realms/bizid/omakase/contracts/", email, PASSWORD);
        assertOk(portal);
        assertTrue(PageSession.has(portal, "omakase-contracts-who"), "logged in at the contractor portal: " + portal.body());

        for (String page : List.of("cart", "order", "order/confirm", "mypage/orders")) {
            HttpResponse<String> answer = user.get(STORE + page);
            assertOk(answer);
            assertTrue(PageSession.has(answer, "omakase-store-terms-form"), page + " shows the member terms: " + answer.body());
            assertFalse(PageSession.has(answer, "omakase-totals") || PageSession.has(answer, "omakase-order-form"), page);
        }
        // the order form and the final confirmation posted anyway, with a form token if any page handed one out
        String csrf = PageSession.csrf(user.get(STORE + "order")).orElse("none");
        HttpResponse<String> saved = user.post(STORE + "order", contractor("スキップ商事", "skip-" + email, csrf));
        assertTrue(PageSession.has(saved, "omakase-store-terms-form"), "the posted form leads to the terms: " + saved.body());
        HttpResponse<String> placed = user.post(STORE + "order/confirm", Map.of("csrf", List.of(csrf), "agree", List.of("on")));
        assertTrue(PageSession.has(placed, "omakase-store-terms-form"), "the posted order leads to the terms: " + placed.body());
        assertEquals(0, orderEvents(env, id), "no order was placed");

        // once the terms are accepted the same session uses the store; its history holds no order
        HttpResponse<String> terms = user.get(STORE + "mypage/orders");
        HttpResponse<String> complete = user.post(PageSession.formAction(terms, "omakase-store-terms-form"),
                Map.of("acceptTerms", List.of("on"), "acceptPrivacy", List.of("on")));
        assertTrue(PageSession.has(complete, "omakase-store-terms-complete"), "会員登録完了: " + complete.body());
        HttpResponse<String> history = user.post(PageSession.formAction(complete, "omakase-store-terms-complete"),
                Map.of("back", List.of("true")));
        assertOk(history);
        assertTrue(PageSession.has(history, "omakase-history-empty"), "注文履歴 is empty: " + history.body());
        assertEquals("1.0", env.admin().get("/realms/bizid/users/" + id).path("attributes").path("storeTermsVersion").path(0).asText());
        assertEquals(0, orderEvents(env, id));
    }

    /**
     * Item 8: the number of a customer's draft is held by another customer's order when 「注文を実行する」 is pressed
     * (the other order's number is set to it in the stopped server's database). The order is placed once under another
     * number, with what the customer entered, and the other order keeps its number.
     */
    @Test
    void anOrderNumberHeldByAnotherOrderIsReplacedAndTheOrderIsPlacedOnce(TestEnvironment env) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String otherEmail = "holder-" + suffix + "@example.jp";
        env.admin().createBusinessId(otherEmail, PASSWORD, ACCEPTED_TERMS);
        PageSession other = new PageSession(env.baseUrl());
        other.logIn(STORE + "order", otherEmail, PASSWORD);
        String otherNumber = order(other, "ホルダー商事", otherEmail);

        String email = "collide-" + suffix + "@example.jp";
        String id = env.admin().createBusinessId(email, PASSWORD, ACCEPTED_TERMS);
        PageSession user = new PageSession(env.baseUrl());
        HttpResponse<String> form = user.logIn(STORE + "order", email, PASSWORD);
        String company = "衝突商事" + suffix;
        HttpResponse<String> confirm = user.post(STORE + "order", contractor(company, email, PageSession.csrf(form).orElseThrow()));
        assertTrue(PageSession.has(confirm, "omakase-order-confirm"), confirm.body());
        String csrf = PageSession.csrf(confirm).orElseThrow();

        AtomicReference<String> draftNumber = new AtomicReference<>();
        env.restart(List.of(), db -> {
            draftNumber.set(draftNumberOf(db, id));
            try (PreparedStatement take = db.prepareStatement("UPDATE OMK_ORDER SET ORDER_NUMBER = ? WHERE ORDER_NUMBER = ?")) {
                take.setString(1, draftNumber.get());
                take.setString(2, otherNumber);
                assertEquals(1, take.executeUpdate(), "the other customer's order now holds the draft's number");
            }
        });

        // 「注文を実行する」 pressed twice at once: both presses meet the taken number and must pick the same new one
        Map<String, List<String>> press = Map.of("csrf", List.of(csrf), "agree", List.of("on"));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> user.post(STORE + "order/confirm", press));
        HttpResponse<String> complete = user.post(STORE + "order/confirm", press);
        assertOk(complete);
        assertEquals("ご注文の手続きが完了しました。", PageSession.byId(complete, "omakase-order-complete"), complete.body());
        String number = PageSession.byId(complete, "omakase-order-number");
        assertNotNull(number);
        assertTrue(number.matches("OML-\\d{8}-\\d{8}"), number);
        assertNotEquals(draftNumber.get(), number, "another number than the taken one");
        HttpResponse<String> twin = second.join();
        assertOk(twin);
        assertEquals(number, PageSession.byId(twin, "omakase-order-number"), "the second press shows the same order: " + twin.body());

        assertEquals(List.of(number), historyNumbers(user), "the order is placed once");
        assertEquals(List.of(draftNumber.get()), historyNumbers(other), "the other customer's order is untouched");
        MimeMessage mail = Mails.awaitMailTo(env.mail(), email, ORDER_MAIL, Duration.ofSeconds(60));
        String text = Mails.text(mail);
        assertTrue(text.contains("ご注文番号: " + number) && text.contains(company), "what the customer entered is kept: " + text);
        assertEquals(1, orderEvents(env, id));
    }

    /** A page of the table below: where it is, and an element only it has (so a login page never passes for it). */
    private record Page(String realm, String path, String marker) {
    }

    /** Item 15: every page of the page layer, logged in, answers no-store and the realm's frame headers. */
    @Test
    void everyPageAnswersNoStoreAndTheRealmsFrameHeaders(TestEnvironment env) {
        List<Page> pages = List.of(
                new Page("bizid", "omakase/store/", "omakase-product-details"),
                new Page("bizid", "omakase/store/product", "omakase-add-to-cart"),
                new Page("bizid", "omakase/store/cart", "omakase-to-order"),
                new Page("bizid", "omakase/store/order", "omakase-order-form"),
                new Page("bizid", "omakase/store/order/confirm", "omakase-order-confirm"),
                new Page("bizid", "omakase/store/order/complete?number={number}", "omakase-order-complete"),
                new Page("bizid", "omakase/store/mypage/orders", "omakase-history"),
                new Page("bizid", "omakase/contracts/", "omakase-contracts-who"),
                new Page("omakase", "omakase/tenant/", "omakase-tenant-user"));

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "headers-" + suffix + "@example.jp";
        env.admin().createBusinessId(email, PASSWORD, ACCEPTED_TERMS);
        String tenantUser = serviceRealmUser(env, "headers-admin-" + suffix + "@example.jp");

        Map<String, PageSession> sessions = new LinkedHashMap<>();
        sessions.put("bizid", new PageSession(env.baseUrl()));
        sessions.put("omakase", new PageSession(env.baseUrl()));
        HttpResponse<String> form = sessions.get("bizid").logIn(STORE + "order", email, PASSWORD);
        String number = order(sessions.get("bizid"), "ヘッダー商事", email);
        // a draft for the final confirmation page
        sessions.get("bizid").post(STORE + "order", contractor("ヘッダー商事", email, PageSession.csrf(form).orElseThrow()));
        assertOk(sessions.get("omakase").logIn("/realms/omakase/omakase/tenant/", tenantUser, PASSWORD));

        List<String> wrong = new ArrayList<>();
        for (Page page : pages) {
            JsonNode headers = env.admin().get("/realms/" + page.realm()).path("browserSecurityHeaders");
            HttpResponse<String> answer = sessions.get(page.realm()).get("/realms/" + page.realm() + "/" + page.path().replace("{number}", number));
            String at = page.realm() + "/" + page.path() + ": ";
            if (answer.statusCode() != 200 || !PageSession.has(answer, page.marker())) {
                wrong.add(at + "not the logged-in page (" + answer.statusCode() + " " + answer.uri() + ")");
                continue;
            }
            List<String> cacheControl = answer.headers().allValues("Cache-Control");
            if (cacheControl.stream().noneMatch(v -> v.contains("no-store"))) {
                wrong.add(at + "Cache-Control " + cacheControl);
            }
            String frameOptions = answer.headers().firstValue("X-Frame-Options").orElse(null);
            if (!headers.path("xFrameOptions").asText().equals(frameOptions)) {
                wrong.add(at + "X-Frame-Options " + frameOptions);
            }
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse(null);
            if (!headers.path("contentSecurityPolicy").asText().equals(csp) || !csp.contains("frame-ancestors")) {
                wrong.add(at + "Content-Security-Policy " + csp);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Issue 13, item 4: after the page client's login, the store, the contractor portal and the tenant page each land on
     * their own URL, without the login's {@code code}, {@code state} or {@code session_state}; a page's own parameters
     * stay. Whoever reads the code on its way (address bar, history, a proxy's log) cannot redeem it at the token
     * endpoint: the page layer asked for it with a PKCE challenge whose verifier nobody keeps.
     */
    @Test
    void afterTheLoginPagesLandOnTheirCleanUrlAndTheirCodeCannotBeRedeemed(TestEnvironment env) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "clean-" + suffix + "@example.jp";
        env.admin().createBusinessId(email, PASSWORD, ACCEPTED_TERMS);
        String tenantUser = serviceRealmUser(env, "clean-admin-" + suffix + "@example.jp");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(STORE + "mypage/orders", email);
        pages.put("/realms/bizid/omakase/contracts/", email);
        pages.put("/realms/omakase/omakase/tenant/", tenantUser);
        String portalCode = null;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            PageSession user = new PageSession(env.baseUrl());
            HttpResponse<String> landed = user.logIn(page.getKey(), page.getValue(), PASSWORD);
            assertOk(landed);
            assertEquals(env.baseUrl() + page.getKey(), landed.uri().toString(), "the page's own URL after the login");
            String callback = user.redirects().stream().filter(u -> u.startsWith(env.baseUrl() + page.getKey() + "?"))
                    .findFirst().orElseThrow(() -> new AssertionError("no return from the login in " + user.redirects()));
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
            assertTrue(code.find() && callback.contains("state="), callback);
            if (page.getKey().contains("/contracts/")) {
                portalCode = URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
            }
        }

        // the portal's code, as an eavesdropper would try it: refused for want of the PKCE verifier
        HttpResponse<String> token = PLAIN.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=omakase-contracts&code="
                        + URLEncoder.encode(portalCode, StandardCharsets.UTF_8) + "&redirect_uri="
                        + URLEncoder.encode(env.baseUrl() + "/realms/bizid/omakase/contracts/", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, token.statusCode(), token.body());
        assertTrue(token.body().contains("invalid_grant") && token.body().contains("PKCE code verifier not specified"), token.body());
        assertFalse(token.body().contains("access_token"), token.body());

        // a page's own parameters survive the clean-up; the login's go
        HttpResponse<String> back = PLAIN.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + STORE
                + "order/complete?number=S-1&state=abc&session_state=def&code=ghi&iss=x")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, back.statusCode());
        assertEquals(env.baseUrl() + STORE + "order/complete?number=S-1", back.headers().firstValue("Location").orElseThrow());
    }

    /** A user of the service realm with {@link #PASSWORD}, for its pages' login; returns the username. */
    private static String serviceRealmUser(TestEnvironment env, String username) {
        String id = env.admin().createUser("omakase", Map.of("username", username, "email", username, "enabled", true,
                "emailVerified", true, "firstName", "花子", "lastName", "管理"));
        assertEquals(204, env.admin().send("PUT", "/realms/omakase/users/" + id + "/reset-password",
                Map.of("type", "password", "value", PASSWORD, "temporary", false)).status());
        return username;
    }

    /** The store's order form, filled as a customer does. */
    private static Map<String, List<String>> contractor(String company, String email, String csrf) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("csrf", List.of(csrf));
        form.put("companyName", List.of(company));
        form.put("companyKana", List.of("ショウジ"));
        form.put("name", List.of("山田 太郎"));
        form.put("nameKana", List.of("ヤマダ タロウ"));
        form.put("email", List.of(email));
        form.put("postalCode", List.of("100-0001"));
        form.put("address1", List.of("東京都千代田区"));
        form.put("address2", List.of("千代田1-1"));
        form.put("phone", List.of("03-1234-5678"));
        form.put("contactDays", List.of("MON"));
        form.put("contactHours", List.of("13-15"));
        return form;
    }

    /** Fills the order form, confirms and places the order of a logged-in session; its number. */
    private static String order(PageSession session, String company, String email) {
        HttpResponse<String> form = session.get(STORE + "order");
        HttpResponse<String> confirm = session.post(STORE + "order", contractor(company, email, PageSession.csrf(form).orElseThrow()));
        HttpResponse<String> complete = session.post(STORE + "order/confirm",
                Map.of("csrf", List.of(PageSession.csrf(confirm).orElseThrow()), "agree", List.of("on")));
        String number = PageSession.byId(complete, "omakase-order-number");
        assertNotNull(number, complete.body());
        return number;
    }

    private static List<String> historyNumbers(PageSession session) {
        HttpResponse<String> history = session.get(STORE + "mypage/orders");
        assertOk(history);
        List<String> numbers = new ArrayList<>();
        Matcher m = HISTORY_NUMBER.matcher(history.body());
        while (m.find()) {
            numbers.add(m.group(1).strip());
        }
        return numbers;
    }

    /** Orders the user placed, by their admin events. */
    private static long orderEvents(TestEnvironment env, String userId) {
        long count = 0;
        for (JsonNode e : env.admin().get("/realms/bizid/admin-events?max=1000")) {
            if ("OMAKASE_ORDER".equals(e.path("resourceType").asText()) && userId.equals(e.path("authDetails").path("userId").asText())) {
                count++;
            }
        }
        return count;
    }

    /** The order number of the user's draft, as the store pages keep it in the (persisted) user session. */
    private static String draftNumberOf(Connection db, String userId) throws SQLException {
        Pattern note = Pattern.compile("\"omakase\\.store\\.orderNumber\"\\s*:\\s*\"(OML-\\d{8}-\\d{8})\"");
        try (PreparedStatement q = db.prepareStatement("SELECT DATA FROM OFFLINE_USER_SESSION WHERE USER_ID = ?")) {
            q.setString(1, userId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Matcher m = note.matcher(rs.getString(1));
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
        }
        throw new AssertionError("no draft order number in the user's persisted session");
    }
}
