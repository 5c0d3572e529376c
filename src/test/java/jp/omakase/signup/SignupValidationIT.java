package jp.omakase.signup;

import static jp.omakase.signup.SignupJourney.*;
import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/** Bad input at every step: a Japanese message on the field, on the same page, with nothing typed lost. */
@KeycloakIT
class SignupValidationIT {

    private static final String SCRIPT = "<script>window.omakaseXss=1</script>";
    private static final String IMG = "\"><img src=x onerror=\"window.omakaseXss=2\">";

    @BeforeEach
    void prepareRealm(TestEnvironment env, Browser browser) {
        prepare(env);
        browser.clientAddress(randomClientAddress());
    }

    @Test
    void eachStepShowsItsErrorsInJapaneseOnTheField(TestEnvironment env, Browser browser) {
        startSignup(browser, env, "v1");
        submitEmail(browser, "");
        assertEquals("メールアドレスを指定してください。", fieldError(browser, "email"));
        submitEmail(browser, "taro@@example");
        assertEquals("無効なメールアドレスです。", fieldError(browser, "email"));
        assertEquals("taro@@example", browser.find(By.id("email")).getAttribute("value"), "what was typed stays");
        script(browser, "document.getElementById('email').removeAttribute('maxlength')");
        submitEmail(browser, "a".repeat(250) + "@example.jp");
        assertEquals("無効なメールアドレスです。", fieldError(browser, "email"));

        String email = uniqueEmail("invalid");
        submitEmail(browser, email);
        openLink(browser, signupLink(env, awaitMail(env, email)));

        // 02: the button is off until the box is ticked; a post without it is refused by the server too
        script(browser, "document.getElementById('omakase-next').disabled=false");
        click(browser, By.id("omakase-next"));
        assertEquals("利用規約に同意いただく必要があります。「利用規約に同意する」にチェックしてください。", fieldError(browser, "acceptTerms"));
        assertEquals("02", currentStep(browser));
        acceptTerms(browser);

        // 03: query too short, company typed by hand with a bad reading and an oversized name
        searchCompany(browser, "a");
        assertEquals("2文字以上100文字以内で入力してください。", fieldError(browser, "q"));
        script(browser, "document.getElementById('omakase-manual').open=true");
        browser.type(By.id("companyName"), "山田商店");
        browser.type(By.id("companyKana"), "やまだしょうてん");
        click(browser, By.id("omakase-manual-next"));
        assertEquals("会社名（フリガナ）は全角カタカナで入力してください。", fieldError(browser, "companyKana"));
        assertEquals("山田商店", browser.find(By.id("companyName")).getAttribute("value"));
        script(browser, "var n=document.getElementById('companyName');n.removeAttribute('maxlength');n.value='あ'.repeat(101)");
        browser.type(By.id("companyKana"), "ヤマダショウテン");
        click(browser, By.id("omakase-manual-next"));
        assertEquals("100文字以内で入力してください。", fieldError(browser, "companyName"));
        postPick(browser, "1234567890123");
        assertEquals("選択された会社が見つかりません。もう一度検索してください。", fieldError(browser, "q"));
        assertEquals("03", currentStep(browser));
        searchCompany(browser, "サンライズ第二");
        pickCompany(browser, COMPANY_NUMBER);

        // 04: everything wrong at once
        fillProfile(browser, Map.of("lastName", "", "firstName", "太郎", "lastNameKana", "やまだ", "firstNameKana", "ﾀﾛｳ",
                "phone", "12345", "password", "Abcdefghij", "password-confirm", "Abcdefghij"));
        script(browser, "var d=document.getElementById('department');d.removeAttribute('maxlength');d.value='部'.repeat(300)");
        script(browser, "document.getElementById('omakase-next').disabled=false");
        click(browser, By.id("omakase-next"));
        assertEquals("04", currentStep(browser));
        assertEquals("この項目を入力してください。", fieldError(browser, "lastName"));
        assertEquals("全角カタカナで入力してください。", fieldError(browser, "lastNameKana"));
        assertEquals("全角カタカナで入力してください。", fieldError(browser, "firstNameKana"));
        assertTrue(fieldError(browser, "phone").startsWith("0から始まる10桁または11桁の半角数字で入力してください"), fieldError(browser, "phone"));
        assertEquals("255文字以内で入力してください。", fieldError(browser, "department"));
        assertEquals("パスワードには英大文字・英小文字・数字・記号のうち3種類以上を含めてください（現在2種類。含まれていない種類: 数字・記号）。",
                fieldError(browser, "password"));
        assertEquals("個人情報の取扱いに同意いただく必要があります。「個人情報の取扱いに同意する」にチェックしてください。", fieldError(browser, "acceptPrivacy"));
        assertEquals("太郎", browser.find(By.id("firstName")).getAttribute("value"), "valid values stay");
        assertEquals("12345", browser.find(By.id("phone")).getAttribute("value"), "invalid values stay to be corrected");
        browser.screenshot("signup-04-errors");

        Map<String, String> good = taroProfile();
        good.put("password-confirm", "Omakase-2027!");
        fillProfile(browser, good);
        acceptPrivacyAndReview(browser);
        assertEquals("パスワード確認が一致していません。", fieldError(browser, "password-confirm"));
        fillProfile(browser, Map.of("password", "Abc1!", "password-confirm", "Abc1!"));
        acceptPrivacyAndReview(browser);
        assertEquals("パスワードは10文字以上で入力してください。", fieldError(browser, "password"));
        fillProfile(browser, Map.of("password", email, "password-confirm", email));
        acceptPrivacyAndReview(browser);
        assertTrue(fieldError(browser, "password").contains("禁止されています"), fieldError(browser, "password"));
        assertNull(user(env, email), "nothing is written while the page has errors");
        fillProfile(browser, Map.of("password", PASSWORD, "password-confirm", PASSWORD));
        acceptPrivacyAndReview(browser);
        browser.find(By.id("omakase-signup-confirm"));
    }

    @Test
    void scriptInEveryTextFieldIsShownAsText(TestEnvironment env, Browser browser) {
        startSignup(browser, env, "v2");
        submitEmail(browser, SCRIPT);
        assertNoScriptRan(browser);
        assertEquals(SCRIPT, browser.find(By.id("email")).getAttribute("value"));
        String email = uniqueEmail("xss");
        submitEmail(browser, email);
        openLink(browser, signupLink(env, awaitMail(env, email)));
        acceptTerms(browser);

        searchCompany(browser, SCRIPT);
        assertNoScriptRan(browser);
        assertEquals(SCRIPT, browser.find(By.id("q")).getAttribute("value"));
        searchCompany(browser, IMG);
        assertNoScriptRan(browser);
        script(browser, "document.getElementById('omakase-manual').open=true");
        browser.type(By.id("companyName"), SCRIPT + IMG);
        browser.type(By.id("companyKana"), "テスト");
        click(browser, By.id("omakase-manual-next"));
        assertNoScriptRan(browser);
        assertTrue(browser.find(By.id("omakase-company")).getText().contains(SCRIPT), "shown as typed, as text");

        fillProfile(browser, taroProfile());
        for (String field : new String[]{"lastName", "firstName", "lastNameKana", "firstNameKana", "department", "phone"}) {
            // past the fields' maxlength, as a crafted post would
            script(browser, "var e=document.getElementById(arguments[0]);e.removeAttribute('maxlength');e.value=arguments[1]", field, IMG + SCRIPT);
        }
        acceptPrivacyAndReview(browser);
        assertNoScriptRan(browser);
        for (String field : new String[]{"lastName", "firstName", "lastNameKana", "firstNameKana", "department", "phone"}) {
            assertEquals(IMG + SCRIPT, browser.find(By.id(field)).getAttribute("value"), field);
            assertTrue(!fieldError(browser, field).isEmpty(), field + " refuses markup");
        }
        fillProfile(browser, taroProfile());
        acceptPrivacyAndReview(browser);
        assertTrue(browser.find(By.id("omakase-confirm")).getText().contains(SCRIPT + IMG));
        assertNoScriptRan(browser);
        click(browser, By.id("omakase-register"));
        browser.find(By.id("omakase-complete-title"));
        assertNoScriptRan(browser);
        assertEquals(SCRIPT + IMG, user(env, email).path("attributes").path("companyName").path(0).asText(), "stored as typed");
    }

    private static void assertNoScriptRan(Browser browser) {
        assertNull(script(browser, "return window.omakaseXss === undefined ? null : window.omakaseXss"), "injected script ran");
    }

    /** Sends a pick of a company that is not in the directory, as a crafted post would. */
    private static void postPick(Browser browser, String number) {
        String action = browser.find(By.id("omakase-company-search")).getAttribute("action");
        script(browser, "var f=document.createElement('form');f.method='post';f.action=arguments[0];"
                + "var i=document.createElement('input');i.type='hidden';i.name='pick';i.value=arguments[1];"
                + "f.appendChild(i);document.body.appendChild(f);f.submit();", action, number);
        jp.omakase.testing.KeycloakServer.sleep(java.time.Duration.ofMillis(300));
        browser.waitForPage();
    }
}
