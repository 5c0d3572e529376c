package jp.omakase.password;

import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.Mails;
import jp.omakase.testing.ManualMails;
import jp.omakase.testing.TestEnvironment;

/** The seed's password rule, live in both realms of a real Keycloak server. */
@KeycloakIT
class PasswordPolicyIT {

    private static final String SEED_POLICY =
            "length(10) and omakase-half-width and omakase-character-classes(3) and notUsername and notEmail";

    private static String newUser(TestEnvironment env, String realm, String email) {
        Map<String, Object> user = new java.util.HashMap<>(Map.of("username", email, "email", email, "enabled", true,
                "emailVerified", true, "firstName", "太郎", "lastName", "山田"));
        if (realm.equals("bizid")) {
            // a complete Business ID: without kana and phone the realm first asks for them (VERIFY_PROFILE)
            user.put("attributes", Map.of("lastNameKana", List.of("ヤマダ"), "firstNameKana", List.of("タロウ"),
                    "phone", List.of("03-1234-5678")));
        }
        return env.admin().createUser(realm, user);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bizid", "omakase"})
    void realmIsImportedWithTheSeedPolicyThemeAndLocales(String realm, TestEnvironment env) {
        JsonNode r = env.admin().get("/realms/" + realm);
        // the service realm adds the tenants' stricter rules (issue 17), which ask nothing of anyone outside a tenant
        assertEquals(realm.equals("omakase") ? SEED_POLICY + " and " + TenantPasswordPolicyProviderFactory.PROVIDER_ID : SEED_POLICY,
                r.path("passwordPolicy").asText());
        assertTrue(r.path("bruteForceProtected").asBoolean(), "brute-force detection on");
        assertTrue(r.path("internationalizationEnabled").asBoolean());
        assertEquals("ja", r.path("defaultLocale").asText());
        assertEquals(List.of("ja", "en"), List.of(r.path("supportedLocales").get(0).asText(), r.path("supportedLocales").get(1).asText()));
        assertEquals(2, r.path("supportedLocales").size());
        assertEquals("omakase", r.path("loginTheme").asText());
        assertEquals("omakase", r.path("emailTheme").asText());
        assertEquals(realm.equals("omakase"), r.path("organizationsEnabled").asBoolean(), "Organizations only in the service realm");
        assertEquals(String.valueOf(env.mail().getSmtp().getPort()), r.path("smtpServer").path("port").asText(),
                "the realm file's SMTP placeholder is resolved from the server's environment");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            bizid   | Abcdefghij          | omakasePasswordCharacterClassesMessage
            bizid   | Abcdef1!            | invalidPasswordMinLengthMessage
            bizid   | Ａｂｃｄｅｆｇｈ１！ | omakasePasswordNotHalfWidthMessage
            bizid   | 'Abcd efgh1!'       | omakasePasswordSpaceMessage
            omakase | Abcdefghij          | omakasePasswordCharacterClassesMessage
            omakase | Abcdef1!            | invalidPasswordMinLengthMessage
            omakase | Ａｂｃｄｅｆｇｈ１！ | omakasePasswordNotHalfWidthMessage
            """)
    void adminApiRefusesWeakPassword(String realm, String password, String expectedKey, TestEnvironment env) {
        String id = newUser(env, realm, uniqueEmail("weak"));
        AdminApi.Response r = env.admin().send("PUT", "/realms/" + realm + "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", false));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains(expectedKey) || expectedKey.equals("invalidPasswordMinLengthMessage") && r.body().contains("10"), r.body());
        assertEquals(0, env.admin().get("/realms/" + realm + "/users/" + id + "/credentials").size(), "no password stored");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bizid", "omakase"})
    void adminApiAcceptsTheSeedExample(String realm, TestEnvironment env) {
        String id = newUser(env, realm, uniqueEmail("strong"));
        AdminApi.Response r = env.admin().send("PUT", "/realms/" + realm + "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", "Abcdefgh1!", "temporary", false));
        assertEquals(204, r.status(), r.body());
        assertEquals("password", env.admin().get("/realms/" + realm + "/users/" + id + "/credentials").get(0).path("type").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bizid", "omakase"})
    void updatePasswordPageRefusesWeakPasswordsInJapanese(String realm, TestEnvironment env, Browser browser) {
        String email = uniqueEmail("update");
        String id = newUser(env, realm, email);
        AdminApi.Response sent = env.admin().send("PUT", "/realms/" + realm + "/users/" + id + "/execute-actions-email?lifespan=600",
                List.of("UPDATE_PASSWORD"));
        assertEquals(204, sent.status(), sent.body());

        MimeMessage mail = Mails.awaitMailTo(env.mail(), email, Duration.ofSeconds(30));
        assertEquals("アカウントの更新", Mails.subject(mail));
        // branded layout naming the realm, sent with the realm's own sender (two senders: Business ID / service)
        boolean bizid = realm.equals("bizid");
        assertTrue(Mails.html(mail).contains(bizid ? ">おまかせビジネスID<" : ">おまかせログイン<"), "branded e-mail layout");
        ManualMails.assertFrom(mail, bizid ? TestEnvironment.BIZID_FROM : TestEnvironment.SERVICE_FROM);
        String brand = realm.equals("bizid") ? "おまかせビジネスID" : "おまかせログイン";
        assertTrue(Mails.text(mail).contains("あなたの" + brand + "アカウント"), "realm display name resolved in the mail: " + Mails.text(mail));
        String link = Mails.firstLink(Mails.text(mail), env.baseUrl() + "/realms/" + realm + "/login-actions/action-token");

        browser.open(link);
        if (browser.driver().findElements(By.id("password-new")).isEmpty()) {
            // Keycloak first lists the required actions: 「» 続行するにはここをクリックしてください」
            browser.find(By.partialLinkText("続行")).click();
        }
        browser.find(By.id("password-new"));
        assertEquals("ja", browser.lang());
        assertTrue(browser.text().contains("パスワードの更新"), browser.text());

        KeycloakPages.updatePassword(browser, "Abcdefghij");
        assertTrue(browser.text().contains(
                "パスワードには英大文字・英小文字・数字・記号のうち3種類以上を含めてください（現在2種類。含まれていない種類: 数字・記号）。"), browser.text());
        browser.screenshot("update-password-refused-" + realm);
        KeycloakPages.updatePassword(browser, "Abcdef1!");
        assertTrue(browser.text().contains("パスワードは10文字以上で入力してください。"), browser.text());
        KeycloakPages.updatePassword(browser, "Ａｂｃｄｅｆｇｈ１！");
        assertTrue(browser.text().contains(
                "パスワードは半角の英字・数字・記号で入力してください。1文字目に全角文字など使えない文字があります。"), browser.text());
        assertEquals(0, env.admin().get("/realms/" + realm + "/users/" + id + "/credentials").size(), "nothing stored after refusals");

        KeycloakPages.updatePassword(browser, "Abcdefgh1!");
        browser.find(By.id("kc-page-title"));
        assertTrue(browser.text().contains("アカウントが更新されました"), browser.text());
        JsonNode credentials = env.admin().get("/realms/" + realm + "/users/" + id + "/credentials");
        assertEquals("password", credentials.get(0).path("type").asText());
        assertFalse(env.admin().get("/realms/" + realm + "/users/" + id).path("requiredActions").toString().contains("UPDATE_PASSWORD"));
    }
}
