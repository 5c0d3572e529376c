package jp.omakase.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.security.PageSession;
import jp.omakase.tenant.ConsoleTenants;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEmails;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 18, inquiries (お問い合わせ): the public form of both realms and the console's page; the stored row, the
 * sender's receipt and the operator's mail (GreenMail), the per-address limit, errors on the same page, the same answer
 * for a known and an unknown address, the lock explanation, the admin event without personal data, and one browser
 * walk from the login page's link.
 */
@KeycloakIT
class InquiryIT {

    private static final String BIZID_FORM = "/realms/bizid/omakase/inquiry";
    private static final String SERVICE_FORM = "/realms/omakase/omakase/inquiry";
    private static final String RECEIPT = "お問い合わせ受付のお知らせ";
    private static final String OPERATOR = "【お問い合わせ】新しいお問い合わせがあります";
    private static final Pattern REFERENCE = Pattern.compile("Q-\\d{8}-[23456789A-HJKMNP-Z]{8}");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Map<String, List<String>> fields(HttpResponse<String> page, String category, String name, String email,
                                                    String company, String text) {
        Map<String, List<String>> form = new HashMap<>();
        PageSession.csrf(page).ifPresent(t -> form.put("csrf", List.of(t)));
        form.put("category", List.of(category));
        form.put("name", List.of(name));
        form.put("email", List.of(email));
        form.put("company", List.of(company));
        form.put("text", List.of(text));
        return form;
    }

    private static HttpResponse<String> send(PageSession s, String formUrl, String category, String name, String email, String text) {
        HttpResponse<String> page = s.get(formUrl);
        PageSession.assertOk(page);
        return s.post(formUrl, fields(page, category, name, email, "株式会社サンプル", text));
    }

    private static String reference(HttpResponse<String> sent) {
        String ref = PageSession.byId(sent, "omakase-inquiry-reference");
        assertNotNull(ref, sent.body());
        assertTrue(REFERENCE.matcher(ref).matches(), ref);
        return ref;
    }

    private static MimeMessage operatorMail(TestEnvironment env, String reference) {
        long end = System.currentTimeMillis() + WAIT.toMillis();
        while (System.currentTimeMillis() < end) {
            Optional<MimeMessage> m = Mails.mailsTo(env.mail(), TestEnvironment.INQUIRY_OPERATOR).stream()
                    .filter(x -> Mails.text(x).contains(reference)).findFirst();
            if (m.isPresent()) {
                return m.get();
            }
            jp.omakase.testing.KeycloakServer.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("no operator mail for " + reference);
    }

    @Test
    void anInquiryIsStoredAcknowledgedWithItsReferenceAndMailedToTheOperatorAsText(TestEnvironment env) throws Exception {
        String email = TestEmails.uniqueEmail("inq-lock");
        String text = "ログインできません。\n<script>alert('x')</script> と表示されました。\nhttps://evil.example/ を開いてと言われました。";
        HttpResponse<String> sent = send(new PageSession(env.baseUrl()), SERVICE_FORM, "LOCK", "<b>山田</b> 太郎", email, text);
        PageSession.assertOk(sent);
        String ref = reference(sent);
        assertEquals("アカウントロック", PageSession.byId(sent, "omakase-inquiry-sent-category"));
        // a lock: the answer says the tenant administrator releases it, and how (console → ユーザー管理 → the user → ロックを解除する)
        assertTrue(PageSession.has(sent, "omakase-inquiry-lock-help"), sent.body());
        assertTrue(sent.body().contains("テナントの管理者が解除できます") && sent.body().contains("「ユーザー管理」")
                && sent.body().contains("「ロックを解除する」"), sent.body());
        assertFalse(sent.body().contains("<script>alert"), "nothing typed is echoed as markup");

        MimeMessage receipt = Mails.awaitMailTo(env.mail(), email, RECEIPT, WAIT);
        String receiptText = Mails.text(receipt);
        assertTrue(receiptText.contains("受付番号: " + ref), receiptText);
        assertTrue(receiptText.contains("お問い合わせの種類: アカウントロック"), receiptText);
        assertTrue(receiptText.contains("ロックを解除する"), "the lock paragraph: " + receiptText);
        assertFalse(receiptText.contains("script") || receiptText.contains("山田") || receiptText.contains("evil"),
                "the receipt repeats nothing the sender typed (it may go to anyone's address): " + receiptText);
        assertEquals(1, Mails.mailsTo(env.mail(), email).size());

        MimeMessage operator = operatorMail(env, ref);
        String opText = Mails.text(operator);
        String opHtml = Mails.html(operator);
        assertEquals(OPERATOR, Mails.subject(operator));
        assertTrue(opText.contains("お問い合わせの種類: アカウントロック") && opText.contains("メールアドレス: " + email), opText);
        assertTrue(opText.contains("<script>alert('x')</script> と表示されました。\nhttps[:]//evil.example/"), "lines kept, no live link: " + opText);
        assertFalse(opHtml.contains("<script>") || opHtml.contains("<b>山田"), "typed markup is escaped in the HTML part: " + opHtml);
        assertTrue(opHtml.contains("&lt;script&gt;") && opHtml.contains("&lt;b&gt;山田&lt;/b&gt; 太郎"), opHtml);
        assertFalse(opHtml.contains("href=\"https://evil"), opHtml);

        // the admin event: ids, reference and category, never a name, an address or the text
        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=omakase/inquiries/*&max=100").toString();
        assertTrue(events.contains(ref) && events.contains("OMAKASE_INQUIRY") && events.contains("\\\"category\\\":\\\"LOCK\\\""), events);
        assertFalse(events.contains(email) || events.contains("山田") || events.contains("script"), events);

        // the stored row (H2 is locked while the server runs: read it between a stop and a start)
        List<String> row = new ArrayList<>();
        env.restart(List.of(), db -> {
            try (PreparedStatement q = db.prepareStatement("SELECT CATEGORY, NAME, EMAIL, COMPANY, BODY, TENANT_ID FROM OMK_INQUIRY"
                    + " WHERE REFERENCE = ?")) {
                q.setString(1, ref);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 1; i <= 6; i++) {
                            row.add(rs.getString(i));
                        }
                    }
                }
            }
        });
        assertEquals(List.of("LOCK", "<b>山田</b> 太郎", email, "株式会社サンプル", text), row.subList(0, 5), "stored as typed");
        assertEquals(null, row.get(5), "not from a console");
    }

    @Test
    void badInputComesBackOnTheSamePageWithItsErrorsAndNothingIsSent(TestEnvironment env) {
        PageSession s = new PageSession(env.baseUrl());
        HttpResponse<String> form = s.get(BIZID_FORM);
        PageSession.assertOk(form);
        String email = "not-an-address-" + System.nanoTime();
        HttpResponse<String> refused = s.post(BIZID_FORM, fields(form, "", "名".repeat(101), email, "<script>x</script>", "本文\u0007"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(PageSession.has(refused, "omakase-inquiry-errors") && PageSession.has(refused, "omakase-inquiry-form"), refused.body());
        assertEquals("入力してください。", PageSession.byId(refused, "omakase-inquiry-category-error"));
        assertEquals("入力できる文字数を超えています。", PageSession.byId(refused, "omakase-inquiry-name-error"));
        assertEquals("メールアドレスの形式が正しくありません。", PageSession.byId(refused, "omakase-inquiry-email-error"));
        assertEquals("使用できない文字が含まれています。", PageSession.byId(refused, "omakase-inquiry-text-error"));
        assertFalse(PageSession.has(refused, "omakase-inquiry-company-error"), "a script is text, not an error");
        assertTrue(refused.body().contains("value=\"&lt;script&gt;x&lt;/script&gt;\""), "the value comes back escaped: " + refused.body());
        assertFalse(refused.body().contains("<script>x</script>"));
        assertTrue(refused.body().contains("value=\"" + email + "\""), "what was typed stays");
        assertFalse(PageSession.has(refused, "omakase-inquiry-reference"));
        // the form answers in the two realms only, as every route of the extension
        assertEquals(404, new PageSession(env.baseUrl()).get("/realms/master/omakase/inquiry").statusCode());

        // without the form's cookie (a post from another site): refused, nothing sent
        String victim = TestEmails.uniqueEmail("inq-csrf");
        HttpResponse<String> forged = new PageSession(env.baseUrl()).post(BIZID_FORM, fields(form, "OTHER", "山田", victim, "", "本文"));
        assertEquals(400, forged.statusCode());
        assertTrue(PageSession.has(forged, "omakase-inquiry-form-error"), forged.body());
        jp.omakase.testing.KeycloakServer.sleep(Duration.ofSeconds(3));
        assertEquals(0, Mails.mailsTo(env.mail(), victim).size());
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswer(TestEnvironment env) {
        String known = TestEmails.uniqueEmail("inq-known");
        env.admin().createBusinessId(known, "Known-Pass-2026x", Map.of());
        String unknown = TestEmails.uniqueEmail("inq-unknown");
        HttpResponse<String> a = send(new PageSession(env.baseUrl()), BIZID_FORM, "CONTRACT", "山田 太郎", known, "契約について");
        HttpResponse<String> b = send(new PageSession(env.baseUrl()), BIZID_FORM, "CONTRACT", "山田 太郎", unknown, "契約について");
        assertEquals(200, a.statusCode());
        assertEquals(a.statusCode(), b.statusCode());
        assertEquals(normalised(a.body()), normalised(b.body()), "the same page whatever the address");
        assertFalse(PageSession.has(a, "omakase-inquiry-lock-help"), "not a lock");
        // both get the same receipt (only the reference differs)
        String ra = Mails.text(Mails.awaitMailTo(env.mail(), known, RECEIPT, WAIT));
        String rb = Mails.text(Mails.awaitMailTo(env.mail(), unknown, RECEIPT, WAIT));
        assertEquals(normalised(ra), normalised(rb));
        assertTrue(ra.contains("おまかせビジネスID"), "the Business ID realm's receipt: " + ra);
    }

    private static String normalised(String s) {
        return REFERENCE.matcher(s).replaceAll("REF").replaceAll("name=\"csrf\" value=\"[^\"]+\"", "csrf")
                .replaceAll("受付日時: [^\\n<]+", "受付日時");
    }

    @Test
    void anAddressIsLimitedAfterItsHourlyAllowance(TestEnvironment env) {
        String email = TestEmails.uniqueEmail("inq-limit");
        PageSession s = new PageSession(env.baseUrl());
        for (int i = 1; i <= InquirySettings.DEFAULT_PER_ADDRESS; i++) {
            // case variants of one address share its allowance
            HttpResponse<String> ok = send(s, SERVICE_FORM, "OTHER", "山田", i % 2 == 0 ? email.toUpperCase() : email, "質問 " + i);
            assertEquals(200, ok.statusCode(), "inquiry " + i + ": " + ok.body());
        }
        HttpResponse<String> refused = send(new PageSession(env.baseUrl()), SERVICE_FORM, "OTHER", "山田", email, "質問 6");
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(PageSession.byId(refused, "omakase-inquiry-form-error").startsWith("このメールアドレスからのお問い合わせが続いているため"),
                refused.body());
        assertFalse(PageSession.has(refused, "omakase-inquiry-reference"));
        // another address is not affected
        assertEquals(200, send(s, SERVICE_FORM, "OTHER", "山田", TestEmails.uniqueEmail("inq-other"), "質問").statusCode());
        long end = System.currentTimeMillis() + WAIT.toMillis();
        while (receiptsTo(env, email) < InquirySettings.DEFAULT_PER_ADDRESS && System.currentTimeMillis() < end) {
            jp.omakase.testing.KeycloakServer.sleep(Duration.ofMillis(200));
        }
        jp.omakase.testing.KeycloakServer.sleep(Duration.ofSeconds(2));
        assertEquals(InquirySettings.DEFAULT_PER_ADDRESS, receiptsTo(env, email), "a receipt for each accepted one, none for the refused one");
    }

    /** Receipts to {@code email} in any case of its letters. */
    private static long receiptsTo(TestEnvironment env, String email) {
        return java.util.Arrays.stream(env.mail().getReceivedMessages()).filter(m -> {
            try {
                return RECEIPT.equals(Mails.subject(m)) && java.util.Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().equalsIgnoreCase(email));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    @Test
    void theConsoleFormIsFilledInForTheAdministratorAndNamesTheTenant(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "問い合わせ社");
        PageSession admin = new PageSession(env.baseUrl());
        HttpResponse<String> home = admin.logIn(t.console(""), t.adminEmail(), ConsoleTenants.PASSWORD);
        PageSession.assertOk(home);
        assertTrue(home.body().contains("href=\"" + env.baseUrl() + ConsoleTenants.CONSOLE + t.id() + "/inquiry\""),
                "お問い合わせ is a link of the navigation: " + home.body());
        HttpResponse<String> form = admin.get(t.console("inquiry"));
        PageSession.assertOk(form);
        assertTrue(form.body().contains("aria-current=\"page\">お問い合わせ</a>"), form.body());
        assertTrue(form.body().contains("value=\"" + t.adminEmail() + "\"") && form.body().contains("value=\"管理 花子\"")
                && form.body().contains("value=\"" + t.name() + "\""), "filled in: " + form.body());
        Map<String, List<String>> posted = fields(form, "PASSWORD", "管理 花子", t.adminEmail(), t.name(), "パスワードの再設定について");
        HttpResponse<String> sent = admin.post(t.console("inquiry"), posted);
        PageSession.assertOk(sent);
        String ref = reference(sent);
        String op = Mails.text(operatorMail(env, ref));
        assertTrue(op.contains("テナント: " + t.name() + " (" + t.id() + ")"), op);
        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=omakase/inquiries/*&max=200").toString();
        assertTrue(events.contains(ref) && events.contains(t.id()) && events.contains(t.adminId()), events);

        // without the console's form token: refused
        posted.put("csrf", List.of("forged"));
        HttpResponse<String> forged = admin.post(t.console("inquiry"), posted);
        assertEquals(400, forged.statusCode());
    }

    @Test
    void aPersonWhoCannotLogInFindsTheFormFromTheLoginPage(TestEnvironment env, Browser browser) {
        String email = TestEmails.uniqueEmail("inq-browser");
        browser.open(env.baseUrl() + "/realms/omakase/omakase/portal/");
        browser.click(By.linkText("お問い合わせ"));
        assertTrue(browser.driver().getCurrentUrl().startsWith(env.baseUrl() + SERVICE_FORM), browser.driver().getCurrentUrl());
        new org.openqa.selenium.support.ui.Select(browser.find(byLabel("お問い合わせの種類"))).selectByVisibleText("ログインできない");
        browser.type(byLabel("お名前"), "鈴木 一郎");
        browser.type(byLabel("メールアドレス"), email);
        browser.type(byLabel("会社名"), "鈴木商事");
        browser.type(byLabel("お問い合わせ内容"), "パスワードを何度か間違えてから、ログインできません。");
        browser.click(By.xpath("//button[normalize-space()='送信する']"));
        String page = browser.text();
        assertTrue(page.contains("お問い合わせを受け付けました"), page);
        Matcher m = REFERENCE.matcher(page);
        assertTrue(m.find(), page);
        assertTrue(page.contains("アカウントがロックされている場合") && page.contains("ロックを解除する"), page);
        browser.screenshot("inquiry-sent-ja");
        assertTrue(Mails.text(Mails.awaitMailTo(env.mail(), email, RECEIPT, WAIT)).contains(m.group()));
    }

    /** The control a label names, as a person finds it. */
    private static By byLabel(String label) {
        return By.xpath("//*[@id=//label[starts-with(normalize-space(), '" + label + "')]/@for]");
    }
}
