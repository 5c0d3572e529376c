package jp.omakase.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/** Both realms' login pages: Japanese by default, the omakase theme, English one click away. */
@KeycloakIT
class LoginPagesIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bizid, おまかせビジネスID, Omakase Business ID", "omakase, おまかせログイン, Omakase Login"})
    void loginPageIsJapaneseAndBrandedThenEnglishOnRequest(String realm, String brandJa, String brandEn,
                                                         TestEnvironment env, Browser browser) throws Exception {
        browser.open(env.baseUrl() + "/realms/" + realm + "/account");
        browser.find(By.id("kc-login"));
        assertEquals("ja", browser.lang());
        assertEquals(brandJa, browser.find(By.id("kc-header-wrapper")).getText());
        assertEquals("ログイン", browser.find(By.id("kc-page-title")).getText());
        String css = browser.find(By.cssSelector("link[href*='/login/omakase/css/omakase.css']")).getAttribute("href");
        assertEquals(200, status(css), "brand stylesheet is served from the jar");

        Select languages = new Select(browser.find(By.id("login-select-toggle")));
        assertEquals("日本語", languages.getFirstSelectedOption().getText().trim());
        languages.getOptions().stream().filter(o -> o.getAttribute("value").endsWith("kc_locale=en")).findFirst()
                .orElseThrow(() -> new AssertionError("no English in the language menu")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "en".equals(browser.lang()));
        assertEquals(brandEn, browser.find(By.id("kc-header-wrapper")).getText());
        assertEquals("Sign in", browser.find(By.id("kc-page-title")).getText());
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

    private static int status(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
