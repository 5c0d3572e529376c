package jp.omakase.theme;

import static jp.omakase.testing.TestEmails.uniqueEmail;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.signup.SignupJourney;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.ProgressLabels;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 14, item 5: the sign-up's progress labels never break inside a word (「メールアド/レス入力」, 「会社情報入/力」 were
 * seen), on a phone (360 px) and on a laptop (1280 px), on every page of the sign-up (the current step is bold, so
 * each page is its own case). The store's four steps are checked on the store's pages by {@code StoreOrderIT}.
 */
@KeycloakIT
class ProgressLabelsIT {

    static final List<String> SIGNUP = List.of("メールアドレス入力", "利用規約の承認", "会社情報入力", "お客様情報入力", "確認", "完了");

    @Test
    void signupProgressLabelsStayWholeOnAPhoneAndALaptop(TestEnvironment env, Browser browser) {
        SignupJourney.prepare(env);
        browser.clientAddress(SignupJourney.randomClientAddress());
        String email = uniqueEmail("progress");

        SignupJourney.startSignup(browser, env, "progress");
        ProgressLabels.assertWhole(browser, "signup-01", SIGNUP);
        SignupJourney.submitEmail(browser, email);
        browser.find(By.id("omakase-sent-title"));
        SignupJourney.openLink(browser, SignupJourney.signupLink(env, SignupJourney.awaitMail(env, email)));
        browser.find(By.id("acceptTerms"));
        ProgressLabels.assertWhole(browser, "signup-02", SIGNUP);
        SignupJourney.acceptTerms(browser);
        browser.find(By.id("q"));
        ProgressLabels.assertWhole(browser, "signup-03", SIGNUP);
        SignupJourney.searchCompany(browser, "サンライズ第二");
        SignupJourney.pickCompany(browser, SignupJourney.COMPANY_NUMBER);
        ProgressLabels.assertWhole(browser, "signup-04", SIGNUP);
        SignupJourney.fillProfile(browser, SignupJourney.taroProfile());
        SignupJourney.acceptPrivacyAndReview(browser);
        browser.find(By.id("omakase-signup-confirm"));
        ProgressLabels.assertWhole(browser, "signup-05", SIGNUP);
        browser.click(By.id("omakase-register"));
        browser.find(By.id("omakase-complete-title"));
        ProgressLabels.assertWhole(browser, "signup-06", SIGNUP);
    }
}
