package jp.omakase.store;

import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.Consents;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.TestEnvironment;

/** The store member terms (seed 2(3)-2): asked on the first store login, stored with versions, asked again on a new version. */
@KeycloakIT
class StoreTermsIT {

    private static final String PASSWORD = "Omakase-2026!";
    /** PKCE S256 challenge of a fixed verifier: the store client requires PKCE. */
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @Test
    void firstStoreLoginAsksForTheMemberTermsOnceAndAgainOnlyForANewVersion(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("member");
        String id = businessId(env, email);

        login(browser, env, email, "first");
        browser.find(By.id("omakase-store-terms-form"));
        assertEquals("会員登録", browser.find(By.id("kc-page-title")).getText());
        assertTrue(browser.text().contains("おまかせビジネス向けストア会員規約"), browser.text());
        assertFalse(browser.find(By.id("omakase-next")).isEnabled(), "「進む」 is off until both boxes are ticked");
        click(browser, "acceptTerms");
        // a post with one box only, as a crafted request would send it: the server refuses it too
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('omakase-next').disabled=false");
        click(browser, "omakase-next");
        browser.waitForPage();
        assertEquals("個人情報の取扱いに同意いただく必要があります。「個人情報の取扱いについて同意する」にチェックしてください。",
                browser.find(By.id("input-error-acceptPrivacy")).getText());
        assertTrue(browser.driver().findElements(By.id("input-error-acceptTerms")).isEmpty());
        browser.screenshot("store-terms-ja");
        // both texts are documents in boxes that scroll (manual 2(3)2), the sample marked as such
        for (String box : List.of("omakase-store-terms", "omakase-store-privacy")) {
            Object scrolls = ((JavascriptExecutor) browser.driver()).executeScript(
                    "var e=document.getElementById(arguments[0]); return e.scrollHeight > e.clientHeight;", box);
            assertEquals(Boolean.TRUE, scrolls, box + " scrolls");
        }
        assertTrue(browser.find(By.id("omakase-store-terms")).getText().contains("おまかせビジネス向けストア会員規約（サンプル）"));
        click(browser, "acceptTerms");
        click(browser, "acceptPrivacy");
        click(browser, "omakase-next");
        // 会員登録完了, whose 「戻る」 returns to where the store was going
        assertEquals("会員登録完了", browser.find(By.id("kc-page-title")).getText());
        assertEquals("戻る", browser.find(By.id("omakase-back")).getText());
        browser.screenshot("store-terms-complete-ja");
        click(browser, "omakase-back");
        assertLandedAtStore(browser, env, id, 1);
        JsonNode consents = Consents.of(env, id);
        assertEquals(2, consents.size(), consents.toString());
        Consents.assertConsentToCurrent(env, consents.get(0), "store-privacy", "store-member");
        Consents.assertConsentToCurrent(env, consents.get(1), "store-terms", "store-member");

        JsonNode attributes = env.admin().get("/realms/bizid/users/" + id).path("attributes");
        assertEquals("1.0", attributes.path("storeTermsVersion").path(0).asText());
        assertEquals("1.0", attributes.path("storePrivacyVersion").path(0).asText());
        assertNotNull(Instant.parse(attributes.path("storeTermsAcceptedAt").path(0).asText()));

        try (Browser again = Browser.launch()) {
            login(again, env, email, "second");
            assertLandedAtStore(again, env, id, 2);
        }

        // the terms changed since (the user holds an older version): asked again
        ObjectNode user = (ObjectNode) env.admin().get("/realms/bizid/users/" + id);
        ((ObjectNode) user.path("attributes")).set("storeTermsVersion", new ObjectMapper().valueToTree(List.of("0.9")));
        AdminApi.Response updated = env.admin().send("PUT", "/realms/bizid/users/" + id, user);
        assertEquals(204, updated.status(), updated.body());
        try (Browser third = Browser.launch()) {
            login(third, env, email, "third");
            third.find(By.id("omakase-store-terms-form"));
            // opening the page again after 「進む」 (a GET of its address) shows 会員登録完了 again, not the terms
            click(third, "acceptTerms");
            click(third, "acceptPrivacy");
            click(third, "omakase-next");
            third.find(By.id("omakase-store-terms-complete"));
            third.open(third.driver().getCurrentUrl());
            third.find(By.id("omakase-store-terms-complete"));
            click(third, "omakase-back");
            assertLandedAtStore(third, env, id, 3);
        }
    }

    @Test
    void otherClientsOfTheRealmDoNotAsk(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("nostore");
        businessId(env, email);
        browser.open(env.baseUrl() + "/realms/bizid/account");
        KeycloakPages.logIn(browser, email, PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(env.baseUrl() + "/realms/bizid/account"));
        assertTrue(browser.driver().findElements(By.id("omakase-store-terms-form")).isEmpty());
    }

    private static String businessId(TestEnvironment env, String email) {
        return env.admin().createBusinessId(email, PASSWORD, Map.of());
    }

    private static void login(Browser browser, TestEnvironment env, String email, String state) {
        browser.open(env.baseUrl() + "/realms/bizid/protocol/openid-connect/auth?client_id=omakase-store&response_type=code"
                + "&scope=openid&state=" + state + "&code_challenge_method=S256&code_challenge=" + CHALLENGE
                + "&redirect_uri=" + URLEncoder.encode(env.baseUrl() + "/realms/bizid/omakase/store/", StandardCharsets.UTF_8));
        KeycloakPages.logIn(browser, email, PASSWORD);
    }

    private static void click(Browser browser, String id) {
        browser.click(By.id(id));
    }

    /**
     * The login went through to the store: Keycloak issued the store client's code ({@code logins} LOGIN events of the
     * store client so far) and the store page, given the code, answered with its clean URL (issue 13: no code or state
     * left in the address bar) and shows its top page with the product.
     */
    private static void assertLandedAtStore(Browser browser, TestEnvironment env, String userId, int logins) {
        String store = env.baseUrl() + "/realms/bizid/omakase/store/";
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().equals(store));
        browser.find(By.id("omakase-product-details"));
        JsonNode events = env.admin().get("/realms/bizid/events?type=LOGIN&client=omakase-store&user=" + userId);
        assertEquals(logins, events.size(), events.toString());
    }
}
