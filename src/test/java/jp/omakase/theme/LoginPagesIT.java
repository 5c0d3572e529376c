package jp.omakase.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.omakase.testing.Browser;
import jp.omakase.testing.EnglishLeaks;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/** Both realms' login pages: the manual's wording, Japanese by default, the omakase theme, English one click away. */
@KeycloakIT
class LoginPagesIT {

    /** Manual 2(2)1 and 2(5): the Business ID login page, word for word (brand renamed). */
    @Test
    void businessIdLoginPageHasTheManualsWording(TestEnvironment env, Browser browser) {
        browser.open(env.baseUrl() + "/realms/bizid/account");
        browser.find(By.id("kc-login"));
        assertEquals("おまかせビジネスIDでログイン", browser.find(By.id("kc-page-title")).getText());
        assertEquals("ログインID (メールアドレス)", label(browser, "username"));
        assertEquals("パスワード", label(browser, "password"));
        assertEquals("次回から自動でログインする", browser.find(By.cssSelector("label[for=rememberMe]")).getText().trim());
        assertEquals("ログイン", browser.find(By.id("kc-login")).getText().trim());
        assertEquals("パスワードをお忘れの方", browser.find(By.linkText("パスワードをお忘れの方")).getText());
        assertEquals("おまかせビジネスIDをお持ちでない方", browser.find(By.id("omakase-no-account")).getText());
        assertEquals("新規登録する", browser.find(By.cssSelector("#kc-registration a")).getText());
        assertEquals("※契約者の方は、お申し込み時にご登録いただいたビジネスIDのログインID・パスワードでログインいただきます。",
                browser.find(By.id("omakase-contractor-note")).getText());
        EnglishLeaks.keycloak().assertNone(browser, "bizid login");
        browser.screenshot("login-bizid-ja");
    }

    /** Manual 2(6)2: the service realm's login page asks for the e-mail address and the password, nothing else. */
    @Test
    void serviceLoginPageAsksForEmailAndPassword(TestEnvironment env, Browser browser) {
        browser.open(env.baseUrl() + "/realms/omakase/account");
        browser.find(By.id("kc-login"));
        assertEquals("ログイン", browser.find(By.id("kc-page-title")).getText());
        assertEquals("メールアドレス", label(browser, "username"));
        assertEquals("パスワード", label(browser, "password"));
        assertTrue(browser.driver().findElements(By.id("rememberMe")).isEmpty(), "no remember-me in the service realm");
        assertTrue(browser.driver().findElements(By.id("kc-registration")).isEmpty(), "no sign-up in the service realm");
        assertTrue(browser.driver().findElements(By.id("omakase-contractor-note")).isEmpty());
        EnglishLeaks.keycloak().assertNone(browser, "omakase login");
        browser.screenshot("login-omakase-ja");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bizid, おまかせビジネスID, Omakase Business ID, おまかせビジネスIDでログイン, Sign in with your Omakase Business ID",
            "omakase, おまかせログイン, Omakase Login, ログイン, Sign in"})
    void loginPageIsJapaneseAndBrandedThenEnglishOnRequest(String realm, String brandJa, String brandEn, String titleJa, String titleEn,
                                                         TestEnvironment env, Browser browser) throws Exception {
        browser.open(env.baseUrl() + "/realms/" + realm + "/account");
        browser.find(By.id("kc-login"));
        assertEquals("ja", browser.lang());
        assertEquals(brandJa, browser.find(By.id("kc-header-wrapper")).getText());
        assertEquals(titleJa, browser.find(By.id("kc-page-title")).getText());
        String css = browser.find(By.cssSelector("link[href*='/login/omakase/css/omakase.css']")).getAttribute("href");
        assertEquals(200, status(css), "brand stylesheet is served from the jar");

        Select languages = new Select(browser.find(By.id("login-select-toggle")));
        assertEquals("日本語", languages.getFirstSelectedOption().getText().trim());
        languages.getOptions().stream().filter(o -> o.getAttribute("value").endsWith("kc_locale=en")).findFirst()
                .orElseThrow(() -> new AssertionError("no English in the language menu")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "en".equals(browser.lang()));
        assertEquals(brandEn, browser.find(By.id("kc-header-wrapper")).getText());
        assertEquals(titleEn, browser.find(By.id("kc-page-title")).getText());
    }

    @ParameterizedTest(name = "{0} with Accept-Language {1}")
    @CsvSource({"bizid, fr", "omakase, fr", "bizid, ''", "omakase, ''"})
    void realmDefaultIsJapaneseWhenTheBrowserAsksForNoSupportedLanguage(String realm, String acceptLanguage, TestEnvironment env)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/" + realm
                + "/protocol/openid-connect/auth?client_id=account-console&response_type=code&scope=openid"
                + "&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&redirect_uri=" + java.net.URLEncoder.encode(env.baseUrl() + "/realms/" + realm + "/account/", "UTF-8")));
        if (!acceptLanguage.isEmpty()) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> page = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("lang=\"ja\""), "html lang of the login page");
        assertTrue(page.body().contains(">ログイン<") || page.body().contains("ログイン\n"), "Japanese title and button");
    }

    private static String label(Browser browser, String field) {
        return browser.find(By.cssSelector("label[for=" + field + "]")).getText().trim();
    }

    private static int status(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
