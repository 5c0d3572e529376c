package jp.omakase.journey;

import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.provisioning.Provisioned;
import jp.omakase.signup.SignupJourney;
import jp.omakase.testing.Browser;
import jp.omakase.testing.EnglishLeaks;
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

    /** The manual's password rule (2(6)1), shown wherever a password is set. */
    static final String RULE = "英大文字、英小文字、数字、記号から3種類以上を含めた10文字以上の半角文字列";
    static final String RULE_SENTENCE = RULE + "で入力してください。";

    private final AtomicInteger page = new AtomicInteger();
    private String prefix = "journey";

    @Test
    void fromNewRegistrationToTheAdministratorsFirstLogin(TestEnvironment env, Browser browser) {
        SignupJourney.prepare(env);
        browser.clientAddress(SignupJourney.randomClientAddress());
        String email = uniqueEmail("journey");
        String store = env.baseUrl() + "/realms/bizid/omakase/store/";

        // 1 おまかせビジネスID の新規登録: the store, its login page, 「新規登録する」
        browser.open(store);
        assertEquals("おまかせログイン", browser.find(By.id("omakase-product-name")).getText());
        assertTrue(browser.find(By.id("omakase-product-description")).getText()
                .endsWith("シングルサインオンおよびアカウント管理機能サービスです。"));
        shot(browser, "store-top");
        browser.click(By.id("omakase-product-details"));
        assertEquals("おまかせログイン", storeTitle(browser));
        shot(browser, "store-product");
        browser.click(By.id("omakase-add-to-cart"));
        browser.find(By.id("username"));
        assertEquals("おまかせビジネスIDでログイン", title(browser));
        assertTrue(browser.find(By.id("kc-registration")).getText().contains("おまかせビジネスIDをお持ちでない方"), browser.text());
        shot(browser, "bizid-login");
        browser.find(By.cssSelector("#kc-registration a")).click();

        // 01 メールアドレス入力 → 仮登録メール
        browser.find(By.id("omakase-signup-email"));
        assertEquals("01", SignupJourney.currentStep(browser));
        assertEquals("おまかせビジネスID 新規登録", title(browser));
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
        assertTrue(browser.find(By.id("omakase-signup-profile")).getText().contains(RULE), "the rule before any error");
        SignupJourney.fillProfile(browser, SignupJourney.taroProfile());
        shot(browser, "signup-04-profile");
        SignupJourney.acceptPrivacyAndReview(browser);
        assertTrue(browser.find(By.id("omakase-confirm")).getText().contains(SignupJourney.COMPANY_NAME));
        shot(browser, "signup-05-confirm");
        browser.click(By.id("omakase-register"));
        assertEquals("新規登録完了", browser.find(By.id("omakase-complete-title")).getText());
        assertEquals("06", SignupJourney.currentStep(browser));
        assertEquals("おまかせビジネスIDの新規登録が完了しました。\n引き続き「おまかせビジネス向けストア」をご利用ください。",
                browser.find(By.id("omakase-complete-lead")).getText());
        assertEquals("おまかせビジネス向けストアへ戻る", browser.find(By.id("omakase-back-to-client")).getText());
        assertTrue(browser.driver().findElements(By.id("kc-attempted-username")).isEmpty(), "no 「ログインの再開」 widget");
        assertFalse(browser.text().contains("ログインの再開"), browser.text());
        shot(browser, "signup-06-complete");
        browser.click(By.id("omakase-back-to-client"));

        // 2 (1)–(3) the store: member terms (first time), cart, ご契約者情報, 最終確認, ご注文完了
        browser.find(By.id("omakase-store-terms-form"));
        shot(browser, "store-terms");
        browser.click(By.id("acceptTerms"));
        browser.click(By.id("acceptPrivacy"));
        browser.click(By.id("omakase-next"));
        assertEquals("会員登録完了", title(browser));
        shot(browser, "store-terms-complete");
        browser.click(By.id("omakase-back"));
        assertEquals("ショッピングカート", storeTitle(browser));
        assertEquals("STEP 1 ショッピングカート | STEP 2 お客様情報の入力 | STEP 3 最終確認 | STEP 4 ご注文完了", storeSteps(browser));
        assertTrue(browser.find(By.id("omakase-totals")).getText().contains("合計金額（税込）"));
        assertEquals("ご注文手続きへ進む", browser.find(By.id("omakase-to-order")).getText());
        shot(browser, "store-cart");
        browser.click(By.id("omakase-to-order"));
        assertEquals("お客様情報の入力（ご注文手続き）", storeTitle(browser));
        assertEquals(SignupJourney.COMPANY_NAME, browser.find(By.id("companyName")).getAttribute("value"), "from the Business ID");
        browser.type(By.id("postalCode"), "100-0001");
        browser.type(By.id("address1"), "東京都千代田区");
        browser.type(By.id("address2"), "千代田1-1");
        shot(browser, "store-contractor");
        browser.click(By.id("omakase-to-confirm"));
        assertEquals("最終確認（ご注文手続き）", storeTitle(browser));
        String items = browser.find(By.id("omakase-items")).getText();
        assertTrue(items.contains("商品名 数量 単価 総額") && items.contains("月額料 1 0円 0円"), items);
        String amounts = browser.find(By.id("omakase-amounts")).getText();
        for (String row : new String[]{"消費税（10%）", "送料（商品別送料）", "利用料（税込）", "税額", "合計金額（税込）"}) {
            assertTrue(amounts.contains(row), amounts);
        }
        assertEquals("ご契約者情報（おまかせビジネスID登録情報）と同様", browser.find(By.id("omakase-shipping")).getText());
        assertEquals("入力画面へ戻る", browser.find(By.id("omakase-back-to-form")).getText());
        shot(browser, "store-confirm");
        browser.click(By.id("agree"));
        browser.click(By.id("omakase-next"));
        assertEquals("ご注文の手続きが完了しました。", browser.find(By.id("omakase-order-complete")).getText());
        assertEquals("今般ご注文いただいた内容はマイページよりご確認ください。", browser.find(By.id("omakase-order-complete-mypage")).getText());
        assertEquals("トップページへ戻る", browser.find(By.id("omakase-back-to-top")).getText());
        assertEquals("マイページ 注文履歴へ", browser.find(By.id("omakase-history-link")).getText());
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
        assertEquals(RULE_SENTENCE, browser.find(By.id("omakase-password-rule")).getText());
        shot(browser, "admin-password");
        KeycloakPages.updatePassword(browser, Provisioned.ADMIN_PASSWORD);
        // 2. ログイン画面: straight after the password, no 「アカウントが更新されました」 page between
        browser.find(By.id("username"));
        assertEquals("ログイン", title(browser));
        assertFalse(browser.text().contains("アカウントが更新されました"), browser.text());
        assertEquals("メールアドレス", browser.find(By.cssSelector("label[for=username]")).getText().trim());
        assertTrue(browser.driver().findElements(By.id("password")).size() == 1, "e-mail and password on one page");
        shot(browser, "admin-login");
        KeycloakPages.logIn(browser, email, Provisioned.ADMIN_PASSWORD);
        assertTrue(browser.find(By.id("omakase-tenants")).getText().contains(SignupJourney.COMPANY_NAME));
        shot(browser, "tenant-admin");
    }

    /**
     * The password pages the journey does not pass, in Japanese, with the rule before any error and no English: reset
     * password and password change (Keycloak's kc_action) of the Business ID, password change in the service realm.
     */
    @Test
    void passwordPagesOffTheJourneyShowTheRuleInJapanese(TestEnvironment env, Browser browser) {
        prefix = "password";
        String email = uniqueEmail("journey-reset");
        env.admin().createBusinessId(email, SignupJourney.PASSWORD, Map.of());
        // through the contractor portal's login (the store's would first ask for its member terms)
        browser.open(env.baseUrl() + "/realms/bizid/omakase/contracts/");
        browser.find(By.id("username"));
        String login = browser.driver().getCurrentUrl();
        browser.click(By.linkText("パスワードをお忘れの方"));
        browser.type(By.id("username"), email);
        shot(browser, "password-reset");
        browser.click(By.cssSelector("#kc-reset-password-form button[type=submit]"));
        shot(browser, "password-reset-sent");
        String text = Mails.text(Mails.awaitMailTo(env.mail(), email, Duration.ofSeconds(30)));
        browser.open(Mails.firstLink(text, env.baseUrl() + "/realms/bizid/login-actions/action-token"));
        passwordPage(browser, "password-reset-new");
        KeycloakPages.updatePassword(browser, "Reset-Pass-2026");
        shot(browser, "password-reset-done");

        // password change, asked for by the application (kc_action), in the Business ID and in the service realm
        browser.open(login + "&kc_action=UPDATE_PASSWORD");
        passwordPage(browser, "password-change-bizid");

        String admin = uniqueEmail("journey-change");
        env.admin().createUser("omakase", Map.of("username", admin, "email", admin, "enabled", true, "emailVerified", true,
                "firstName", "花子", "lastName", "山田",
                "credentials", List.of(Map.of("type", "password", "value", Provisioned.ADMIN_PASSWORD, "temporary", false))));
        browser.open(env.baseUrl() + "/realms/omakase/omakase/tenant/");
        browser.find(By.id("username"));
        String serviceLogin = browser.driver().getCurrentUrl();
        shot(browser, "service-login");
        KeycloakPages.logIn(browser, admin, Provisioned.ADMIN_PASSWORD);
        browser.open(serviceLogin + "&kc_action=UPDATE_PASSWORD");
        passwordPage(browser, "password-change-omakase");
    }

    /** A page that sets a password: the rule under the new password before anything was typed, in Japanese. */
    private void passwordPage(Browser browser, String name) {
        browser.find(By.id("password-new"));
        assertEquals("パスワードの更新", title(browser));
        assertEquals(RULE_SENTENCE, browser.find(By.id("omakase-password-rule")).getText());
        shot(browser, name);
    }

    private static String title(Browser browser) {
        return browser.find(By.id("kc-page-title")).getText();
    }

    /** A store page's heading; its document title names the page, then the store (never 「ログイン」). */
    private static String storeTitle(Browser browser) {
        String heading = browser.find(By.id("omakase-page-title")).getText();
        assertEquals(heading + " | おまかせビジネス向けストア", browser.driver().getTitle());
        assertEquals("おまかせビジネス向けストア", browser.find(By.id("omakase-store-home")).getText());
        return heading;
    }

    /** The store's STEP bar as the manual writes it: 「STEP 1 ショッピングカート | STEP 2 …」. */
    private static String storeSteps(Browser browser) {
        return String.join(" | ", browser.driver().findElements(By.cssSelector(".omakase-store-steps li")).stream()
                .map(li -> li.getText().replace('\n', ' ')).toList());
    }

    /**
     * Saves the page as {@code journey-NN-name} (or {@code password-NN-name}) and checks it for Keycloak's English
     * ({@link EnglishLeaks}).
     */
    private void shot(Browser browser, String name) {
        String file = String.format("%s-%02d-%s", prefix, page.incrementAndGet(), name);
        browser.screenshot(file);
        EnglishLeaks.keycloak().assertNone(browser, file);
    }
}
