package jp.omakase.signup;

import static jp.omakase.signup.SignupJourney.*;
import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.omakase.testing.Browser;
import jp.omakase.testing.Consents;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.ManualMails;
import jp.omakase.testing.StoreWalk;
import jp.omakase.testing.TestEnvironment;

/** The seed's six-step Business ID sign-up, in a real browser against the real server, mails read from the sink. */
@KeycloakIT
class SignupFlowIT {

    @BeforeEach
    void prepareRealm(TestEnvironment env, Browser browser) {
        prepare(env);
        browser.clientAddress(randomClientAddress());
    }

    @Test
    void happyPathInJapaneseCreatesTheBusinessIdOnlyAtTheEnd(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("happy");
        browser.open(authUrl(env, "state-ja"));
        assertTrue(browser.text().contains("おまかせビジネスIDをお持ちでない方"), browser.text());
        assertEquals("新規登録する", browser.find(By.cssSelector("#kc-registration a")).getText());
        browser.screenshot("signup-00-login");
        browser.find(By.cssSelector("#kc-registration a")).click();

        browser.find(By.id("omakase-signup-email"));
        assertEquals("ja", browser.lang());
        assertEquals("ログイン", browser.driver().getTitle());
        assertEquals("01", currentStep(browser));
        String progress = browser.find(By.cssSelector(".omakase-steps")).getText();
        for (String label : new String[]{"メールアドレス入力", "利用規約の承認", "会社情報入力", "お客様情報入力", "確認", "完了"}) {
            assertTrue(progress.contains(label), progress);
        }
        browser.screenshot("signup-01-email");
        submitEmail(browser, email);
        assertEquals("新規登録はまだ完了していません", browser.find(By.id("omakase-sent-title")).getText());
        assertTrue(browser.text().contains(email), browser.text());
        // 「よくあるご質問」 where the manual shows it, linking the --faq-url option
        assertEquals("詳しくは「よくあるご質問」をご覧ください。", browser.find(By.id("omakase-faq")).getText());
        assertEquals(TestEnvironment.FAQ_URL, browser.find(By.id("omakase-faq-link")).getAttribute("href"));
        browser.screenshot("signup-01-sent");

        MimeMessage mail = awaitMail(env, email);
        assertEquals("【おまかせビジネスID】新規登録のご案内", Mails.subject(mail));
        ManualMails.assertSignupMail(mail);
        String link = signupLink(env, mail);
        assertEquals(null, user(env, email), "no user before the last step");

        openLink(browser, link);
        browser.find(By.id("omakase-signup-terms"));
        assertEquals("02", currentStep(browser));
        assertFalse(browser.find(By.id("omakase-next")).isEnabled(), "「次へ進む」 is off until the box is ticked");
        assertTrue(browser.text().contains("第1条"), browser.text());
        browser.screenshot("signup-02-terms");
        acceptTerms(browser);

        browser.find(By.id("omakase-company-search"));
        assertEquals("03", currentStep(browser));
        searchCompany(browser, "サンライズ第二");
        String results = browser.find(By.id("omakase-company-results")).getText();
        assertTrue(results.contains(COMPANY_NAME) && results.contains(COMPANY_NUMBER) && results.contains("福岡県福岡市博多区"), results);
        browser.screenshot("signup-03-company");
        pickCompany(browser, COMPANY_NUMBER);

        assertEquals("04", currentStep(browser));
        String company = browser.find(By.id("omakase-company")).getText();
        assertTrue(company.contains(COMPANY_NAME) && company.contains(email), company);
        fillProfile(browser, taroProfile());
        browser.screenshot("signup-04-profile");
        acceptPrivacyAndReview(browser);

        browser.find(By.id("omakase-signup-confirm"));
        assertEquals("05", currentStep(browser));
        String confirm = browser.find(By.id("omakase-confirm")).getText();
        for (String value : new String[]{email, COMPANY_NAME, COMPANY_NUMBER, "山田", "太郎", "ヤマダ", "タロウ", "情報システム部", "03-1234-5678"}) {
            assertTrue(confirm.contains(value), value + " in " + confirm);
        }
        assertFalse(browser.html().contains(PASSWORD), "the password is never shown");
        assertTrue(confirm.contains("●●●●●●●●●●"), confirm);
        browser.screenshot("signup-05-confirm");
        assertEquals(null, user(env, email), "still no user on the confirmation page");

        Instant before = Instant.now();
        click(browser, By.id("omakase-register"));
        assertEquals("新規登録完了", browser.find(By.id("omakase-complete-title")).getText());
        assertEquals("06", currentStep(browser));
        assertEquals("テストストアへ戻る", browser.find(By.id("omakase-back-to-client")).getText());
        browser.screenshot("signup-06-complete");

        JsonNode user = user(env, email);
        assertNotNull(user, "the user exists after 登録する");
        assertTrue(user.path("emailVerified").asBoolean());
        assertTrue(user.path("enabled").asBoolean());
        assertEquals("山田", user.path("lastName").asText());
        assertEquals("太郎", user.path("firstName").asText());
        JsonNode attributes = user.path("attributes");
        assertEquals("ヤマダ", attributes.path("lastNameKana").path(0).asText());
        assertEquals("タロウ", attributes.path("firstNameKana").path(0).asText());
        assertEquals("情報システム部", attributes.path("department").path(0).asText());
        assertEquals("03-1234-5678", attributes.path("phone").path(0).asText());
        assertEquals(COMPANY_NAME, attributes.path("companyName").path(0).asText());
        assertEquals("サンライズダイニデンキ", attributes.path("companyKana").path(0).asText());
        assertEquals(COMPANY_NUMBER, attributes.path("corporateNumber").path(0).asText());
        assertEquals("true", attributes.path("companyVerified").path(0).asText());
        assertEquals("1.0", attributes.path("termsVersion").path(0).asText());
        assertEquals("1.0", attributes.path("privacyVersion").path(0).asText());
        Instant termsAt = Instant.parse(attributes.path("termsAcceptedAt").path(0).asText());
        assertTrue(termsAt.isBefore(before) && termsAt.isAfter(before.minusSeconds(600)), termsAt.toString());
        assertNotNull(Instant.parse(attributes.path("privacyAcceptedAt").path(0).asText()));
        // the consent records: the exact texts of steps 02 and 04, written with the user (issue 14, item 7)
        JsonNode consents = Consents.of(env, user.path("id").asText());
        assertEquals(2, consents.size(), consents.toString());
        Consents.assertConsentToCurrent(env, consents.get(0), "signup-terms", "signup");
        Consents.assertConsentToCurrent(env, consents.get(1), "signup-privacy", "signup");

        MimeMessage done = Mails.awaitMailTo(env.mail(), email, "【おまかせビジネスID】新規登録完了のお知らせ", Duration.ofSeconds(30));
        assertTrue(Mails.text(done).contains("山田 太郎 様"), Mails.text(done));

        assertTrue(passwordWorks(env, email, PASSWORD), "the password of step 04 logs in");
        click(browser, By.id("omakase-back-to-client"));
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith(REDIRECT + "?") && url.contains("code=") && url.contains("state=state-ja"),
                "the store's login continues with a code: " + url);
    }

    @Test
    void englishSignUpWithACompanyTypedByHand(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("english");
        startSignup(browser, env, "state-en");
        new Select(browser.find(By.id("login-select-toggle"))).getOptions().stream()
                .filter(o -> o.getAttribute("value").endsWith("kc_locale=en")).findFirst().orElseThrow().click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "en".equals(browser.lang()));
        assertEquals("Omakase Business ID sign-up", browser.find(By.id("kc-page-title")).getText());
        assertTrue(browser.find(By.cssSelector(".omakase-steps")).getText().contains("Terms of use"));
        submitEmail(browser, email);
        assertEquals("Your sign-up is not complete yet", browser.find(By.id("omakase-sent-title")).getText());
        assertEquals("For details, see the frequently asked questions.", browser.find(By.id("omakase-faq")).getText());

        MimeMessage mail = awaitMail(env, email);
        assertEquals("[Omakase Business ID] Your sign-up link", Mails.subject(mail));
        ManualMails.assertFrom(mail, TestEnvironment.BIZID_FROM);
        String text = ManualMails.text(mail);
        for (String sentence : List.of("Complete the registration within 30 minutes.", "* Internet Explorer is not supported.",
                "latest versions of Google Chrome, Microsoft Edge and Firefox.", "* This mail was sent from a send-only address.",
                "please use the page below.\n" + TestEnvironment.BIZID_INQUIRY_URL)) {
            assertTrue(text.contains(sentence), text);
        }
        openLink(browser, signupLink(env, mail));
        assertTrue(browser.text().contains("Article 1"), browser.text());
        acceptTerms(browser);

        searchCompany(browser, "ZZZ存在しない会社");
        assertTrue(browser.find(By.id("omakase-no-results")).getText().startsWith("No company matched"));
        browser.type(By.id("companyName"), "山田商店");
        browser.type(By.id("companyKana"), "ヤマダショウテン");
        click(browser, By.id("omakase-manual-next"));

        String company = browser.find(By.id("omakase-company")).getText();
        assertTrue(company.contains("山田商店") && company.contains("Not verified (entered by hand)"), company);
        fillProfile(browser, taroProfile());
        acceptPrivacyAndReview(browser);
        assertTrue(browser.find(By.id("omakase-confirm")).getText().contains("Agreed (version 1.0)"));
        click(browser, By.id("omakase-register"));
        assertEquals("Sign-up complete", browser.find(By.id("omakase-complete-title")).getText());
        assertEquals("Back to テストストア", browser.find(By.id("omakase-back-to-client")).getText());
        MimeMessage done = Mails.awaitMailTo(env.mail(), email, "[Omakase Business ID] Your sign-up is complete", Duration.ofSeconds(30));
        assertTrue(Mails.text(done).contains("Dear 太郎 山田"), Mails.text(done));

        JsonNode attributes = user(env, email).path("attributes");
        assertEquals("山田商店", attributes.path("companyName").path(0).asText());
        assertEquals("ヤマダショウテン", attributes.path("companyKana").path(0).asText());
        assertEquals("false", attributes.path("companyVerified").path(0).asText());
        assertTrue(attributes.path("corporateNumber").isMissingNode(), "no corporate number for a company typed by hand");
        assertEquals("en", attributes.path("locale").path(0).asText());
        click(browser, By.id("omakase-back-to-client"));
        assertTrue(browser.driver().getCurrentUrl().contains("state=state-en"));
    }

    @Test
    void editFromConfirmKeepsWhatWasTypedAndThePassword(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("edit");
        startSignup(browser, env, "state-edit");
        throughToConfirm(browser, env, email);
        click(browser, By.id("omakase-edit"));

        browser.find(By.id("omakase-signup-profile"));
        assertEquals("04", currentStep(browser));
        assertEquals("山田", browser.find(By.id("lastName")).getAttribute("value"));
        assertEquals("タロウ", browser.find(By.id("firstNameKana")).getAttribute("value"));
        assertEquals("03-1234-5678", browser.find(By.id("phone")).getAttribute("value"));
        assertEquals("", browser.find(By.id("password")).getAttribute("value"), "a password is never sent back to the page");
        assertTrue(browser.text().contains("パスワードは入力済みです。"), browser.text());
        assertTrue(browser.find(By.id("acceptPrivacy")).isSelected());
        browser.type(By.id("phone"), "090-1111-2222");
        acceptPrivacyAndReview(browser);

        String confirm = browser.find(By.id("omakase-confirm")).getText();
        assertTrue(confirm.contains("090-1111-2222") && !confirm.contains("03-1234-5678"), confirm);
        click(browser, By.id("omakase-register"));
        browser.find(By.id("omakase-complete-title"));
        assertEquals("090-1111-2222", user(env, email).path("attributes").path("phone").path(0).asText());
        assertTrue(passwordWorks(env, email, PASSWORD), "the password typed before the edit is the one stored");
    }

    @Test
    void browserBackFromConfirmNeverSkipsOrDuplicates(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("back");
        startSignup(browser, env, "state-back");
        throughToConfirm(browser, env, email);
        browser.driver().navigate().back();
        browser.waitForPage();
        if (!browser.driver().findElements(By.id("omakase-signup-profile")).isEmpty()) {
            // the browser showed its cached step-04 page: sending it again is a stale post
            acceptPrivacyAndReview(browser);
        }
        // Keycloak answers an old page of a flow with 「ページの有効期限が切れています」 and a way to continue
        assertTrue(browser.text().contains("ページの有効期限が切れています"), browser.text());
        assertNull(user(env, email));
        click(browser, By.id("loginContinueLink"));
        browser.find(By.id("omakase-signup-confirm"));
        assertTrue(browser.find(By.id("omakase-confirm")).getText().contains("03-1234-5678"), "nothing typed was lost");
        click(browser, By.id("omakase-register"));
        browser.find(By.id("omakase-complete-title"));
        assertEquals(1, userCount(env, email));
    }

    @Test
    void stepsCannotBeSkippedByUrlOrByReplayingAFormPost(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("skip");
        startSignup(browser, env, "state-skip");
        submitEmail(browser, email);
        openLink(browser, signupLink(env, awaitMail(env, email)));
        browser.find(By.id("omakase-signup-terms"));
        String tab = tabId(browser);

        for (String step : new String[]{"omakase-signup-confirm", "omakase-signup-complete", "omakase-signup-profile"}) {
            browser.open(env.baseUrl() + "/realms/bizid/login-actions/registration?client_id=" + CLIENT + "&tab_id=" + tab
                    + "&execution=" + execution(env, step)[0]);
            assertTrue(browser.driver().findElements(By.id("omakase-signup-confirm")).isEmpty()
                    && browser.driver().findElements(By.id("omakase-signup-profile")).isEmpty()
                    && browser.driver().findElements(By.id("omakase-complete-title")).isEmpty(), step + ": " + browser.text());
        }
        assertNull(user(env, email));

        // a form post of an earlier step, sent again later, does not move the flow
        browser.open(env.baseUrl() + "/realms/bizid/login-actions/registration?client_id=" + CLIENT + "&tab_id=" + tab);
        acceptTerms(browser);
        searchCompany(browser, "サンライズ第二");
        String oldAction = browser.find(By.id("omakase-company-results")).getAttribute("action");
        pickCompany(browser, COMPANY_NUMBER);
        fillProfile(browser, taroProfile());
        acceptPrivacyAndReview(browser);
        String confirmAction = browser.find(By.id("omakase-signup-confirm")).getAttribute("action");
        postForm(browser, oldAction, "pick", COMPANY_NUMBER);
        assertTrue(browser.driver().findElements(By.id("omakase-signup-profile")).isEmpty(), "no way back by replay: " + browser.text());
        assertNull(user(env, email));

        browser.open(env.baseUrl() + "/realms/bizid/login-actions/registration?client_id=" + CLIENT + "&tab_id=" + tab);
        click(browser, By.id("omakase-register"));
        browser.find(By.id("omakase-complete-title"));
        postForm(browser, confirmAction, "register", "true");
        assertEquals(1, userCount(env, email), "a replayed 登録する creates nothing more");
    }

    private static String tabId(Browser browser) {
        String action = browser.find(By.cssSelector("form[action*='tab_id=']")).getAttribute("action");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("tab_id=([^&]+)").matcher(action);
        assertTrue(m.find(), action);
        return m.group(1);
    }

    /** Builds and sends a form in the page, as a replayed browser post would. */
    private static void postForm(Browser browser, String action, String name, String value) {
        script(browser, "var f=document.createElement('form');f.method='post';f.action=arguments[0];"
                + "var i=document.createElement('input');i.type='hidden';i.name=arguments[1];i.value=arguments[2];"
                + "f.appendChild(i);document.body.appendChild(f);f.submit();", action, name, value);
        KeycloakServer.sleep(Duration.ofMillis(300));
        browser.waitForPage();
    }

    @Test
    void signUpFromTheStoreReturnsToTheStoreThroughItsMemberTerms(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("store");
        String storeHome = env.baseUrl() + "/realms/bizid/omakase/store/";
        browser.open(env.baseUrl() + "/realms/bizid/protocol/openid-connect/auth?client_id=omakase-store&response_type=code"
                + "&scope=openid&state=from-store&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&redirect_uri=" + java.net.URLEncoder.encode(storeHome, java.nio.charset.StandardCharsets.UTF_8));
        click(browser, By.cssSelector("#kc-registration a"));
        throughToConfirm(browser, env, email);
        click(browser, By.id("omakase-register"));
        assertEquals("おまかせビジネス向けストアへ戻る", browser.find(By.id("omakase-back-to-client")).getText());
        click(browser, By.id("omakase-back-to-client"));

        // first login through the store: its member terms (seed 2(3)-2), then the store
        StoreWalk.acceptMemberTerms(browser);
        // the store's login completed (its LOGIN event) and the store page answered its return with its clean URL
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().equals(storeHome));
        browser.find(By.id("omakase-product-details"));
        JsonNode user = user(env, email);
        assertEquals(1, env.admin().get("/realms/bizid/events?type=LOGIN&client=omakase-store&user=" + user.path("id").asText()).size());
        assertEquals("1.0", user.path("attributes").path("storeTermsVersion").path(0).asText());
    }
}
