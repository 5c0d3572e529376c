package jp.omakase.journey;

import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.provisioning.Provisioned;
import jp.omakase.signup.SignupJourney;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.Mails;
import jp.omakase.testing.ManualMails;
import jp.omakase.testing.TestEnvironment;

/**
 * The seed's manual, 新規お申し込み編, in one browser: from the store and 「新規登録する」 to the administrator's first
 * login, in Japanese, with a screenshot of every page under {@code target/screenshots/journey-NN-….png}.
 */
@KeycloakIT
class SeedJourneyIT {

    private final AtomicInteger page = new AtomicInteger();

    @Test
    void fromNewRegistrationToTheAdministratorsFirstLogin(TestEnvironment env, Browser browser) {
        SignupJourney.prepare(env);
        browser.clientAddress(SignupJourney.randomClientAddress());
        String email = uniqueEmail("journey");
        String store = env.baseUrl() + "/realms/bizid/omakase/store/";

        // 1 おまかせビジネスID の新規登録: the store, its login page, 「新規登録する」
        browser.open(store);
        assertEquals("おまかせログイン", title(browser));
        shot(browser, "store-product");
        browser.click(By.id("omakase-add-to-cart"));
        browser.find(By.id("username"));
        assertTrue(browser.text().contains("新規登録する"), browser.text());
        shot(browser, "bizid-login");
        browser.find(By.cssSelector("#kc-registration a")).click();

        // 01 メールアドレス入力 → 仮登録メール
        browser.find(By.id("omakase-signup-email"));
        assertEquals("01", SignupJourney.currentStep(browser));
        shot(browser, "signup-01-email");
        SignupJourney.submitEmail(browser, email);
        browser.find(By.id("omakase-sent-title"));
        assertEquals("詳しくは「よくあるご質問」をご覧ください。", browser.find(By.id("omakase-faq")).getText());
        shot(browser, "signup-01-sent");
        // 2(2)3 登録お申し込み受付メール: the manual's sentences, from the Business ID sender, with its inquiry URL
        MimeMessage signupMail = SignupJourney.awaitMail(env, email);
        ManualMails.assertSignupMail(signupMail);
        SignupJourney.openLink(browser, SignupJourney.signupLink(env, signupMail));

        // 02 利用規約の承認, 03 会社情報入力, 04 お客様情報入力, 05 確認, 06 完了
        browser.find(By.id("omakase-signup-terms"));
        shot(browser, "signup-02-terms");
        SignupJourney.acceptTerms(browser);
        SignupJourney.searchCompany(browser, "サンライズ第二");
        shot(browser, "signup-03-company");
        SignupJourney.pickCompany(browser, SignupJourney.COMPANY_NUMBER);
        SignupJourney.fillProfile(browser, SignupJourney.taroProfile());
        shot(browser, "signup-04-profile");
        SignupJourney.acceptPrivacyAndReview(browser);
        assertTrue(browser.find(By.id("omakase-confirm")).getText().contains(SignupJourney.COMPANY_NAME));
        shot(browser, "signup-05-confirm");
        browser.click(By.id("omakase-register"));
        browser.find(By.id("omakase-complete-title"));
        assertEquals("06", SignupJourney.currentStep(browser));
        shot(browser, "signup-06-complete");
        browser.click(By.id("omakase-back-to-client"));

        // 2 (1)–(3) the store: member terms (first time), cart, ご契約者情報, 最終確認, ご注文完了
        browser.find(By.id("omakase-store-terms-form"));
        shot(browser, "store-terms");
        browser.click(By.id("acceptTerms"));
        browser.click(By.id("acceptPrivacy"));
        browser.click(By.id("omakase-next"));
        assertEquals("ショッピングカート", title(browser));
        shot(browser, "store-cart");
        browser.click(By.id("omakase-to-order"));
        assertEquals("お客様情報の入力", title(browser));
        assertEquals(SignupJourney.COMPANY_NAME, browser.find(By.id("companyName")).getAttribute("value"), "from the Business ID");
        browser.type(By.id("postalCode"), "100-0001");
        browser.type(By.id("address1"), "東京都千代田区");
        browser.type(By.id("address2"), "千代田1-1");
        shot(browser, "store-contractor");
        browser.click(By.id("omakase-to-confirm"));
        assertEquals("最終確認", title(browser));
        shot(browser, "store-confirm");
        browser.click(By.id("agree"));
        browser.click(By.id("omakase-next"));
        assertEquals("ご注文の手続きが完了しました。", browser.find(By.id("omakase-order-complete")).getText());
        String number = browser.find(By.id("omakase-order-number")).getText();
        shot(browser, "store-complete");

        // (4) 【おまかせログイン】サービス利用開始通知
        MimeMessage notice = Mails.awaitMailTo(env.mail(), email, Provisioned.START_SUBJECT, Duration.ofSeconds(30));
        String text = Mails.text(notice);
        ManualMails.assertServiceStartMail(notice);
        // two senders: the Business ID and store mails from one, the service's notice from the other
        ManualMails.assertFrom(Mails.awaitMailTo(env.mail(), email, "【おまかせビジネスID】新規登録完了のお知らせ", Duration.ofSeconds(10)),
                TestEnvironment.BIZID_FROM);
        ManualMails.assertFrom(Mails.awaitMailTo(env.mail(), email, "【おまかせビジネス向けストア】ご注文完了のお知らせ", Duration.ofSeconds(10)),
                TestEnvironment.BIZID_FROM);

        // (5) 契約者 利用開始: the contractor page (the Business ID session is still open)
        browser.open(Mails.firstLink(text, env.baseUrl() + "/realms/bizid/omakase/contracts/"));
        String contract = browser.find(By.cssSelector(".omakase-contract")).getText();
        assertTrue(contract.contains(SignupJourney.COMPANY_NAME) && contract.contains(number) && contract.contains("ご利用中"), contract);
        shot(browser, "contractor-portal");

        // (6) 管理者 利用開始: パスワード設定画面, then ログイン画面, then the tenant
        browser.driver().manage().deleteAllCookies();
        Provisioned.openAdminLink(browser, Provisioned.adminLink(env, notice));
        shot(browser, "admin-password");
        KeycloakPages.updatePassword(browser, Provisioned.ADMIN_PASSWORD);
        assertTrue(browser.text().contains("アカウントが更新されました"), browser.text());
        shot(browser, "admin-password-set");
        browser.click(By.cssSelector("a[href*='/realms/omakase/omakase/tenant/']"));
        browser.find(By.id("username"));
        assertTrue(browser.driver().findElements(By.id("password")).size() == 1, "e-mail and password on one page");
        shot(browser, "admin-login");
        KeycloakPages.logIn(browser, email, Provisioned.ADMIN_PASSWORD);
        assertTrue(browser.find(By.id("omakase-tenants")).getText().contains(SignupJourney.COMPANY_NAME));
        shot(browser, "tenant-admin");
    }

    private static String title(Browser browser) {
        return browser.find(By.id("kc-page-title")).getText();
    }

    private void shot(Browser browser, String name) {
        browser.screenshot(String.format("journey-%02d-%s", page.incrementAndGet(), name));
    }
}
