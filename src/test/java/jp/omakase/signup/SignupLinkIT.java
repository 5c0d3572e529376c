package jp.omakase.signup;

import static jp.omakase.signup.SignupJourney.*;
import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.ManualMails;
import jp.omakase.testing.TestEnvironment;

/** Step 01 and its mailed link: no enumeration, single use, lifespan, another browser, mail limits. */
@KeycloakIT
class SignupLinkIT {

    @BeforeEach
    void prepareRealm(TestEnvironment env, Browser browser) {
        prepare(env);
        browser.clientAddress(randomClientAddress());
    }

    @Test
    void registeredAndNewAddressesGetTheSamePageButDifferentMails(TestEnvironment env, Browser browser) {
        String taken = uniqueEmail("taken");
        env.admin().createUser(REALM, Map.of("username", taken, "email", taken, "enabled", true, "emailVerified", true,
                "firstName", "花子", "lastName", "佐藤"));
        String fresh = uniqueEmail("fresh");

        startSignup(browser, env, "s1");
        submitEmail(browser, taken);
        browser.find(By.id("omakase-sent-title"));
        String takenPage = browser.find(By.tagName("main")).getText().replace(taken, "ADDRESS");
        click(browser, By.id("omakase-retry"));
        submitEmail(browser, fresh);
        browser.find(By.id("omakase-sent-title"));
        String freshPage = browser.find(By.tagName("main")).getText().replace(fresh, "ADDRESS");
        assertEquals(freshPage, takenPage, "a registered address is not told apart on the page");

        MimeMessage toTaken = awaitMail(env, taken);
        assertEquals("【おまかせビジネスID】新規登録のお申し込みについて", Mails.subject(toTaken));
        String takenText = Mails.text(toTaken);
        assertFalse(takenText.contains("/omakase/signup"), "no sign-up link for a registered address");
        String reset = Mails.firstLink(takenText, env.baseUrl() + "/realms/bizid/login-actions/reset-credentials");
        // both step 01 mails leave from the Business ID sender and name its inquiry page
        ManualMails.assertFrom(toTaken, TestEnvironment.BIZID_FROM);
        assertTrue(ManualMails.text(toTaken).contains(ManualMails.SIGNUP_INQUIRY.get(1) + "\n" + TestEnvironment.BIZID_INQUIRY_URL),
                takenText);
        MimeMessage toFresh = awaitMail(env, fresh);
        assertEquals("【おまかせビジネスID】新規登録のご案内", Mails.subject(toFresh));
        ManualMails.assertSignupMail(toFresh);
        assertNotNull(signupLink(env, toFresh));

        browser.open(reset);
        browser.find(By.id("kc-reset-password-form"));
        assertEquals("ja", browser.lang());
    }

    @Test
    void expiredLinkShowsRestartPage(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("expired");
        // long enough for the mail to leave the outbox (a mail whose link has expired is dropped, never sent), short
        // enough to wait out
        linkLifespan(env, 5);
        try {
            startSignup(browser, env, "s2");
            submitEmail(browser, email);
            browser.find(By.id("omakase-sent-title"));
            String link = signupLink(env, awaitMail(env, email));
            KeycloakServer.sleep(Duration.ofMillis(6000));
            browser.open(link);
            assertEquals("URLの有効期限が切れています", browser.find(By.id("omakase-link-problem")).getText());
            assertEquals(env.baseUrl() + "/realms/bizid/account", browser.find(By.id("omakase-restart")).getAttribute("href"));
            browser.screenshot("signup-link-expired");
        } finally {
            linkLifespan(env, 1800);
        }
        browser.find(By.id("omakase-restart")).click();
        browser.find(By.cssSelector("#kc-registration a"));
        assertNull(user(env, email));
    }

    @Test
    void replayedLinkIsRefused(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("replay");
        startSignup(browser, env, "s3");
        submitEmail(browser, email);
        String link = signupLink(env, awaitMail(env, email));
        openLink(browser, link);
        browser.find(By.id("omakase-signup-terms"));
        browser.open(link);
        assertEquals("このURLはすでに使用されています", browser.find(By.id("omakase-link-problem")).getText());

        try (Browser other = Browser.launch()) {
            other.open(link);
            assertEquals("このURLはすでに使用されています", other.find(By.id("omakase-link-problem")).getText());
        }
    }

    @Test
    void forgedOrCutLinkIsRefused(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("forged");
        startSignup(browser, env, "s4");
        submitEmail(browser, email);
        String link = signupLink(env, awaitMail(env, email));
        String[] parts = link.substring(link.indexOf("email_token=") + 12).split("\\.");
        String tampered = link.substring(0, link.indexOf("email_token=") + 12) + parts[0] + "." + parts[1] + "."
                + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1); // always a different signature
        browser.open(tampered);
        assertEquals("このURLは無効です", browser.find(By.id("omakase-link-problem")).getText());
        browser.open(link.substring(0, link.length() - 10));
        assertEquals("このURLは無効です", browser.find(By.id("omakase-link-problem")).getText());
        openLink(browser, link);
        browser.find(By.id("omakase-signup-terms"));
    }

    @Test
    void linkOpenedInAnotherBrowserStartsAFreshFlowAtStepTwo(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("phone");
        startSignup(browser, env, "s5");
        submitEmail(browser, email);
        browser.find(By.id("omakase-sent-title"));
        String link = signupLink(env, awaitMail(env, email));

        try (Browser phone = Browser.launch()) {
            phone.clientAddress(randomClientAddress());
            openLink(phone, link);
            phone.find(By.id("omakase-signup-terms"));
            assertEquals("02", currentStep(phone));
            assertEquals("ja", phone.lang());
            acceptTerms(phone);
            searchCompany(phone, "サンライズ第二");
            pickCompany(phone, COMPANY_NUMBER);
            assertTrue(phone.find(By.id("omakase-company")).getText().contains(email), "the e-mail of the link");
            fillProfile(phone, taroProfile());
            acceptPrivacyAndReview(phone);
            click(phone, By.id("omakase-register"));
            assertEquals("新規登録完了", phone.find(By.id("omakase-complete-title")).getText());
            assertEquals("http://127.0.0.1:9/store/", phone.find(By.id("omakase-back-to-client")).getAttribute("href"),
                    "no login to continue in this browser: the button leads to the client's home");
        }
        assertNotNull(user(env, email));
        assertTrue(passwordWorks(env, email, PASSWORD));
        // the first browser's tab was not moved on
        browser.driver().navigate().refresh();
        assertTrue(browser.driver().findElements(By.id("omakase-signup-terms")).isEmpty());
    }

    @Test
    void mailsPerAddressAndPerClientAreLimited(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("limit");
        startSignup(browser, env, "s6");
        for (int i = 1; i <= 5; i++) {
            submitEmail(browser, email);
            browser.find(By.id("omakase-sent-title"));
            click(browser, By.id("omakase-retry"));
        }
        submitEmail(browser, email);
        assertEquals("登録メールの送信回数が上限に達しました。しばらく時間をおいてから、もう一度お試しください。",
                browser.find(By.id("input-error-email")).getText());
        assertTrue(browser.driver().findElements(By.id("omakase-sent-title")).isEmpty());
        KeycloakServer.sleep(Duration.ofSeconds(1));
        assertEquals(5, Mails.mailsTo(env.mail(), email).size(), "five mails, not six");

        // one client address: 20 mails an hour (it already used 6 of them above)
        for (int i = 7; i <= 20; i++) {
            submitEmail(browser, uniqueEmail("limit-client"));
            browser.find(By.id("omakase-sent-title"));
            click(browser, By.id("omakase-retry"));
        }
        String last = uniqueEmail("limit-client");
        submitEmail(browser, last);
        assertTrue(browser.find(By.id("input-error-email")).getText().contains("上限"), browser.text());
        KeycloakServer.sleep(Duration.ofSeconds(1));
        assertEquals(0, Mails.mailsTo(env.mail(), last).size());

        // another client address is not affected
        browser.clientAddress(randomClientAddress());
        submitEmail(browser, last);
        browser.find(By.id("omakase-sent-title"));
    }
}
