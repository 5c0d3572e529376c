package jp.omakase.signup;

import static jp.omakase.signup.SignupJourney.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.Mails;
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
        assertEquals("01", currentStep(browser));
        String progress = browser.find(By.cssSelector(".omakase-steps")).getText();
        for (String label : new String[]{"メールアドレス入力", "利用規約の承認", "会社情報入力", "お客様情報入力", "確認", "完了"}) {
            assertTrue(progress.contains(label), progress);
        }
        browser.screenshot("signup-01-email");
        submitEmail(browser, email);
        assertEquals("新規登録はまだ完了していません", browser.find(By.id("omakase-sent-title")).getText());
        assertTrue(browser.text().contains(email), browser.text());
        browser.screenshot("signup-01-sent");

        MimeMessage mail = awaitMail(env, email);
        assertEquals("【おまかせビジネスID】新規登録のご案内", Mails.subject(mail));
        String text = Mails.text(mail);
        assertTrue(text.contains("会員登録は、30分以内に実施してください。"), text);
        String link = signupLink(env, mail);
        assertEquals(null, user(env, email), "no user before the last step");

        browser.open(link);
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

        MimeMessage done = Mails.awaitMailTo(env.mail(), email, "【おまかせビジネスID】新規登録完了のお知らせ", java.time.Duration.ofSeconds(30));
        assertTrue(Mails.text(done).contains("山田 太郎 様"), Mails.text(done));

        click(browser, By.id("omakase-back-to-client"));
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith(REDIRECT + "?") && url.contains("code=") && url.contains("state=state-ja"),
                "the store's login continues with a code: " + url);
    }
}
