package jp.omakase.signup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEnvironment;

/** The sign-up as a person does it in a browser, step by step, for the sign-up tests. */
public final class SignupJourney {

    static final String REALM = "bizid";
    static final String CLIENT = "signup-it-store";
    static final String CLIENT_NAME = "テストストア";
    /** Nothing listens there: the browser shows an error page, but its address carries the code. */
    static final String REDIRECT = "http://127.0.0.1:9/store/callback";
    public static final String PASSWORD = "Omakase-2026!";
    /** A company of {@code sample-companies.csv}. */
    public static final String COMPANY_NUMBER = "7124247168928";
    public static final String COMPANY_NAME = "サンライズ第二電機合同会社";

    private static volatile boolean prepared;

    private SignupJourney() {
    }

    /** The store-like test client and the sample companies, once per server. */
    public static synchronized void prepare(TestEnvironment env) {
        if (prepared) {
            return;
        }
        JsonNode found = env.admin().get("/realms/" + REALM + "/clients?clientId=" + CLIENT);
        if (found.isEmpty()) {
            AdminApi.Response r = env.admin().send("POST", "/realms/" + REALM + "/clients", Map.of(
                    "clientId", CLIENT, "name", CLIENT_NAME, "publicClient", true, "standardFlowEnabled", true,
                    "redirectUris", List.of("http://127.0.0.1:9/store/*"), "baseUrl", "http://127.0.0.1:9/store/"));
            assertEquals(201, r.status(), r.body());
        }
        try (InputStream csv = SignupJourney.class.getResourceAsStream("/company/sample-companies.csv")) {
            AdminApi.Response r = env.admin().upload("/realms/" + REALM + "/omakase/companies/import", csv.readAllBytes(), "text/csv");
            assertTrue(r.status() == 200 || r.status() == 201, r.status() + " " + r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        prepared = true;
    }

    /**
     * A made-up client address, so the per-client mail limit of one test does not touch another. Private (10/8): the
     * realms require HTTPS for external addresses only.
     */
    public static String randomClientAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(0, 256) + "." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
    }

    public static String authUrl(TestEnvironment env, String state) {
        return env.baseUrl() + "/realms/" + REALM + "/protocol/openid-connect/auth?client_id=" + CLIENT
                + "&response_type=code&scope=openid&state=" + state
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8);
    }

    /** Opens the store's login, presses 「新規登録する」 and lands on step 01. */
    public static void startSignup(Browser browser, TestEnvironment env, String state) {
        browser.open(authUrl(env, state));
        browser.find(By.cssSelector("#kc-registration a")).click();
        browser.find(By.id("omakase-signup-email"));
    }

    public static void submitEmail(Browser browser, String email) {
        browser.type(By.id("email"), email);
        click(browser, By.id("omakase-next"));
    }

    public static MimeMessage awaitMail(TestEnvironment env, String email) {
        return Mails.awaitMailTo(env.mail(), email, Duration.ofSeconds(30));
    }

    public static String signupLink(TestEnvironment env, MimeMessage mail) {
        return Mails.firstLink(Mails.text(mail), env.baseUrl() + "/realms/" + REALM + "/omakase/signup?email_token=");
    }

    /**
     * Opens the mailed link as a person does: the link shows a page with 「登録を続ける」 (opening it changes nothing),
     * the button uses it and lands on step 02.
     */
    public static void openLink(Browser browser, String link) {
        browser.open(link);
        browser.find(By.id("omakase-link-continue"));
        click(browser, By.id("omakase-link-continue"));
    }

    public static void acceptTerms(Browser browser) {
        browser.find(By.id("acceptTerms")).click();
        click(browser, By.id("omakase-next"));
    }

    public static void searchCompany(Browser browser, String query) {
        browser.type(By.id("q"), query);
        click(browser, By.id("omakase-search"));
    }

    public static void pickCompany(Browser browser, String corporateNumber) {
        click(browser, By.cssSelector("button[name='pick'][value='" + corporateNumber + "']"));
        browser.find(By.id("omakase-signup-profile"));
    }

    public static void fillProfile(Browser browser, Map<String, String> values) {
        browser.find(By.id("omakase-signup-profile"));
        values.forEach((field, value) -> browser.type(By.id(field), value));
    }

    public static Map<String, String> taroProfile() {
        return new java.util.LinkedHashMap<>(Map.of("lastName", "山田", "firstName", "太郎", "lastNameKana", "ヤマダ",
                "firstNameKana", "タロウ", "department", "情報システム部", "phone", "03-1234-5678",
                "password", PASSWORD, "password-confirm", PASSWORD));
    }

    public static void acceptPrivacyAndReview(Browser browser) {
        WebElement box = browser.find(By.id("acceptPrivacy"));
        if (!box.isSelected()) {
            box.click();
        }
        click(browser, By.id("omakase-next"));
    }

    /** From step 01 to the 確認 page with the sample company and {@link #taroProfile()}. */
    static void throughToConfirm(Browser browser, TestEnvironment env, String email) {
        submitEmail(browser, email);
        browser.find(By.id("omakase-sent-title"));
        openLink(browser, signupLink(env, awaitMail(env, email)));
        acceptTerms(browser);
        searchCompany(browser, "サンライズ第二");
        pickCompany(browser, COMPANY_NUMBER);
        fillProfile(browser, taroProfile());
        acceptPrivacyAndReview(browser);
        browser.find(By.id("omakase-signup-confirm"));
    }

    public static void click(Browser browser, By by) {
        browser.click(by);
    }

    /** The current step number of the progress bar ("01".."06"). */
    public static String currentStep(Browser browser) {
        return browser.find(By.cssSelector(".omakase-step-current .omakase-step-number")).getText();
    }

    /** The user of the realm with this e-mail, or null. */
    public static JsonNode user(TestEnvironment env, String email) {
        JsonNode users = env.admin().get("/realms/" + REALM + "/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        return users.isEmpty() ? null : users.get(0);
    }

    /** True when the realm accepts this e-mail and password (a password grant through admin-cli). */
    public static boolean passwordWorks(TestEnvironment env, String email, String password) {
        try {
            String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(env.baseUrl() + "/realms/" + REALM + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the sign-up flow's execution of {@code providerId} (and its config id, second). */
    static String[] execution(TestEnvironment env, String providerId) {
        for (JsonNode e : env.admin().get("/realms/" + REALM + "/authentication/flows/omakase%20signup/executions")) {
            if (providerId.equals(e.path("providerId").asText())) {
                return new String[]{e.path("id").asText(), e.path("authenticationConfig").asText(null)};
            }
        }
        throw new AssertionError("no execution " + providerId + " in the omakase signup flow");
    }

    /** Sets the e-mail step's link lifespan (seconds) through the admin API. */
    static void linkLifespan(TestEnvironment env, int seconds) {
        String configId = execution(env, "omakase-signup-email")[1];
        JsonNode config = env.admin().get("/realms/" + REALM + "/authentication/config/" + configId);
        AdminApi.Response r = env.admin().send("PUT", "/realms/" + REALM + "/authentication/config/" + configId, Map.of(
                "id", configId, "alias", config.path("alias").asText(), "config", Map.of("linkLifespanSeconds", String.valueOf(seconds))));
        assertEquals(204, r.status(), r.body());
    }

    /** Runs a script in the page and returns its result. */
    public static Object script(Browser browser, String js, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
    }

    /** The text of the error shown under {@code field}, or "" when there is none. */
    /** The error under {@code field}, waiting up to 5 s for it (the page with it may still be on its way); "" if none. */
    public static String fieldError(Browser browser, String field) {
        try {
            return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .ignoring(org.openqa.selenium.WebDriverException.class) // a node of the page being replaced
                    .until(d -> {
                        List<WebElement> e = d.findElements(By.id("input-error-" + field));
                        return e.isEmpty() || e.get(0).getText().isBlank() ? null : e.get(0).getText().strip();
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            return "";
        }
    }

    static int userCount(TestEnvironment env, String email) {
        return env.admin().get("/realms/" + REALM + "/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).size();
    }
}
