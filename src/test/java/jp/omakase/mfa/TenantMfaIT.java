package jp.omakase.mfa;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import jp.omakase.security.PageSession;
import jp.omakase.tenant.ConsoleTenants;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 17, 多要素認証 against the real server: the administrator sets the tenant's policy on セキュリティ設定 › 多要素認証;
 * a member then enrols at login (authenticator app with its QR code, the code computed by the test; a passkey with
 * Chromium's virtual authenticator) and logs in with the second factor; the e-mail code is read from the SMTP sink and
 * wrong codes lock the account; "groups" applies to the group's members only; another tenant with MFA off is
 * unaffected; a password grant is refused where a second factor is required; the administrator's reset removes the
 * second factor.
 */
@KeycloakIT
class TenantMfaIT {

    static final String CODE_SUBJECT = "【おまかせログイン】ログイン確認コード";
    private static final Pattern MAIL_CODE = Pattern.compile("確認コード: (\\d{6})");

    @Test
    void administratorRequiresAnAppAndAMemberEnrolsWithTheQrCodeThenLogsInWithACode(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "認証商事");
        String email = "totp-" + suffix() + "@example.jp";
        String id = ConsoleTenants.member(env, t.id(), email, "認証", "一郎", false);

        browser.open(env.baseUrl() + t.console("security/mfa"));
        KeycloakPages.logIn(browser, t.adminEmail(), ConsoleTenants.PASSWORD);
        assertEquals("多要素認証", browser.find(By.id("omakase-page-title")).getText());
        browser.click(By.xpath("//fieldset[legend='多要素認証を求める対象']//label[normalize-space()='全員']"));
        browser.click(By.xpath("//fieldset[legend='利用できる方法']//label[normalize-space()='パスキー・セキュリティキー']"));
        browser.click(By.xpath("//fieldset[legend='利用できる方法']//label[normalize-space()='メールの確認コード']"));
        browser.screenshot("tenant-console-security-mfa-ja");
        browser.click(By.id("omakase-mfa-save"));
        assertEquals("多要素認証の設定を保存しました。", browser.find(By.id("omakase-console-result")).getText());
        assertTrue(browser.find(By.id("policy-all")).isSelected() && browser.find(By.id("method-totp")).isSelected()
                && !browser.find(By.id("method-email")).isSelected());
        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=organizations/" + t.id() + "&max=20").toString();
        assertTrue(events.contains("mfa-policy") && events.contains("\\\"policy\\\":\\\"all\\\""), events);

        // the member's first login after the change, in the member's own browser: enrolment with the QR code (and the
        // key for typing), then recovery codes
        String secret;
        try (Browser member = Browser.launch()) {
            member.open(env.baseUrl() + ConsoleTenants.CONSOLE);
            KeycloakPages.logIn(member, email, ConsoleTenants.PASSWORD);
            assertTrue(member.find(By.id("kc-totp-secret-qr-code")).isDisplayed(), "the QR code is shown");
            member.screenshot("mfa-enrol-totp-ja");
            member.click(By.id("mode-manual"));
            secret = member.find(By.id("kc-totp-secret-key")).getText();
            long now = Instant.now().getEpochSecond();
            member.type(By.id("totp"), Totp.code(secret, now));
            member.type(By.id("userLabel"), "スマートフォン");
            member.click(By.id("saveTOTPBtn"));
            WebElement codes = member.find(By.id("kc-recovery-codes-list"));
            assertFalse(codes.getText().isBlank(), "recovery codes are shown once");
            member.screenshot("mfa-enrol-recovery-codes-ja");
            member.click(By.id("kcRecoveryCodesConfirmationCheck"));
            member.click(By.id("saveRecoveryAuthnCodesBtn"));
            assertTrue(member.find(By.id("omakase-tenant-user")).getText().contains(email), "logged in after enrolment");
            String credentials = env.admin().get("/realms/omakase/users/" + id + "/credentials").toString();
            assertTrue(credentials.contains("\"otp\"") && credentials.contains("recovery-authn-codes"), credentials);

            // the next login asks for the app's code (the next 30-second step: the enrolment's code cannot be used twice)
            member.driver().manage().deleteAllCookies();
            member.open(env.baseUrl() + ConsoleTenants.CONSOLE);
            KeycloakPages.logIn(member, email, ConsoleTenants.PASSWORD);
            member.type(By.id("otp"), "000000".equals(Totp.code(secret, now + 30)) ? "111111" : "000000");
            member.click(By.id("kc-login"));
            assertFalse(member.html().contains("omakase-tenant-user"), "a wrong code does not log in");
            member.type(By.id("otp"), Totp.code(secret, now + 30));
            member.click(By.id("kc-login"));
            assertTrue(member.find(By.id("omakase-tenant-user")).getText().contains(email), "logged in with the app's code");
        }

        // the administrator (still signed in) resets the member's second factor: the credentials go, an admin event says so
        browser.open(env.baseUrl() + t.console("users/" + id));
        assertTrue(browser.find(By.id("omakase-user-mfa-enrolled")).getText().contains("認証アプリ"));
        browser.click(By.xpath("//form[@id='omakase-user-reset-mfa']//button"));
        assertEquals("ユーザーの2要素目の登録を解除しました。次回ログイン時に、あらためて登録します。",
                browser.find(By.id("omakase-console-result")).getText());
        String credentials = env.admin().get("/realms/omakase/users/" + id + "/credentials").toString();
        assertFalse(credentials.contains("\"otp\"") || credentials.contains("recovery-authn-codes"), credentials);
        assertTrue(credentials.contains("password"), "the password stays");
        String userEvents = env.admin().get("/realms/omakase/admin-events?resourcePath=users/" + id + "/credentials&max=20").toString();
        assertTrue(userEvents.contains("mfa-reset"), userEvents);
    }

    @Test
    void theMailedCodeLogsInAndWrongCodesLockTheAccount(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "メール商事");
        setPolicy(env, t, "all", List.of(), List.of("email"));
        String email = "mail-" + suffix() + "@example.jp";
        ConsoleTenants.member(env, t.id(), email, "郵便", "花子", false);

        browser.open(env.baseUrl() + ConsoleTenants.CONSOLE);
        KeycloakPages.logIn(browser, email, ConsoleTenants.PASSWORD);
        assertTrue(browser.find(By.id("omakase-mfa-email-lead")).getText().contains(email));
        browser.screenshot("mfa-email-code-ja");
        String code = mailedCode(env, email, 1);
        browser.type(By.id("code"), code);
        browser.click(By.id("omakase-mfa-email-submit"));
        assertTrue(browser.find(By.id("omakase-tenant-user")).getText().contains(email), "logged in with the mailed code");

        String locked = "lock-" + suffix() + "@example.jp";
        String lockedId = ConsoleTenants.member(env, t.id(), locked, "施錠", "次郎", false);
        browser.driver().manage().deleteAllCookies();
        browser.open(env.baseUrl() + ConsoleTenants.CONSOLE);
        KeycloakPages.logIn(browser, locked, ConsoleTenants.PASSWORD);
        String right = mailedCode(env, locked, 1);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < EmailCode.MAX_TRIES; i++) {
            browser.type(By.id("code"), wrong);
            browser.click(By.id("omakase-mfa-email-submit"));
            assertFalse(browser.html().contains("omakase-tenant-user"));
        }
        browser.type(By.id("code"), right);
        browser.click(By.id("omakase-mfa-email-submit"));
        assertTrue(browser.text().contains("アカウントが一時的にロックされています"), browser.text());
        assertFalse(browser.html().contains("omakase-tenant-user"), "locked: even the right code does not log in");
        assertTrue(env.admin().get("/realms/omakase/attack-detection/brute-force/users/" + lockedId).path("disabled").asBoolean(),
                "Keycloak's brute-force protection counted the wrong codes");
    }

    @Test
    void aPasswordResetByMailStillAsksForTheTenantsSecondFactor(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "再設定商事");
        setPolicy(env, t, "all", List.of(), List.of("email"));
        String email = "reset-" + suffix() + "@example.jp";
        ConsoleTenants.member(env, t.id(), email, "再設", "定子", false);

        // パスワードをお忘れの方 → the reset mail's link: the reset flow logs the user in at its end, so the tenant's second
        // factor is asked there too, before the new password is set (the reset mail alone is not a second factor)
        browser.open(env.baseUrl() + ConsoleTenants.CONSOLE);
        browser.click(By.linkText("パスワードをお忘れの方"));
        browser.type(By.id("username"), email);
        browser.click(By.cssSelector("#kc-reset-password-form button[type=submit]"));
        String text = Mails.text(Mails.awaitMailTo(env.mail(), email, Duration.ofSeconds(30)));
        browser.open(Mails.firstLink(text, env.baseUrl() + "/realms/omakase/login-actions/action-token"));
        assertTrue(browser.find(By.id("omakase-mfa-email-lead")).getText().contains(email), "the code page first");
        assertFalse(browser.html().contains("password-new"), "no new password before the second factor");
        browser.type(By.id("code"), mailedCode(env, email, 1));
        browser.click(By.id("omakase-mfa-email-submit"));
        KeycloakPages.updatePassword(browser, "Reset-Pass-2026!");
        assertTrue(browser.find(By.id("omakase-tenant-user")).getText().contains(email), "logged in after the code and the new password");
    }

    @Test
    void aMemberEnrolsAPasskeyAndLogsInWithIt(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "鍵商事");
        setPolicy(env, t, "all", List.of(), List.of("webauthn"));
        String email = "key-" + suffix() + "@example.jp";
        String id = ConsoleTenants.member(env, t.id(), email, "鍵", "三郎", false);
        VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(
                new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.USB).setHasResidentKey(true)
                        .setHasUserVerification(true).setIsUserVerified(true));
        // WebAuthn needs a host name (an IP address is no relying party id): while this test runs, the service realm's
        // frontend URL names the server localhost (a secure context too), so its pages and the relying party id say so
        String base = env.baseUrl().replace("127.0.0.1", "localhost");
        // (the realm's other attributes, e.g. adminEventsExpiration, are sent back unchanged: the PUT replaces the map)
        Map<String, Object> attributes = new LinkedHashMap<>(
                new ObjectMapper().convertValue(env.admin().get("/realms/omakase").path("attributes"), Map.class));
        Map<String, Object> withLocalhost = new LinkedHashMap<>(attributes);
        withLocalhost.put("frontendUrl", base);
        assertEquals(204, env.admin().send("PUT", "/realms/omakase", Map.of("attributes", withLocalhost)).status());
        try {
            browser.open(base + ConsoleTenants.CONSOLE);
            KeycloakPages.logIn(browser, email, ConsoleTenants.PASSWORD);
            WebElement register = browser.find(By.id("registerWebAuthn"));
            browser.screenshot("mfa-enrol-passkey-ja");
            register.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.alertIsPresent()).accept();
            browser.click(By.id("kcRecoveryCodesConfirmationCheck"));
            browser.click(By.id("saveRecoveryAuthnCodesBtn"));
            assertTrue(browser.find(By.id("omakase-tenant-user")).getText().contains(email), "logged in after registering the key");
            assertEquals(1, authenticator.getCredentials().size());
            assertTrue(env.admin().get("/realms/omakase/users/" + id + "/credentials").toString().contains("\"webauthn\""));

            browser.driver().manage().deleteAllCookies();
            browser.open(base + ConsoleTenants.CONSOLE);
            KeycloakPages.logIn(browser, email, ConsoleTenants.PASSWORD);
            browser.click(By.id("authenticateWebAuthnButton"));
            assertTrue(browser.find(By.id("omakase-tenant-user")).getText().contains(email), "logged in with the key");
        } finally {
            attributes.putIfAbsent("frontendUrl", "");
            env.admin().send("PUT", "/realms/omakase", Map.of("attributes", attributes));
        }
    }

    @Test
    void theGroupsPolicyAppliesToTheGroupsMembersOnlyAndAnotherTenantIsUnaffected(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "部署商事");
        String sales = orgGroup(env, t.id(), "営業部");
        String tokyo = subGroup(env, t.id(), sales, "東京課");
        String inSales = "sales-" + suffix() + "@example.jp";
        String inTokyo = "tokyo-" + suffix() + "@example.jp";
        String outside = "outside-" + suffix() + "@example.jp";
        joinGroup(env, t.id(), sales, ConsoleTenants.member(env, t.id(), inSales, "営業", "一", false));
        joinGroup(env, t.id(), tokyo, ConsoleTenants.member(env, t.id(), inTokyo, "東京", "二", false));
        ConsoleTenants.member(env, t.id(), outside, "総務", "三", false);
        ConsoleTenants.Tenant other = ConsoleTenants.create(env, "無設定商事");
        String otherMember = "other-" + suffix() + "@example.jp";
        ConsoleTenants.member(env, other.id(), otherMember, "他社", "四", false);

        ConsoleTenants.Tenant foreign = ConsoleTenants.create(env, "よそ");
        String foreignGroup = orgGroup(env, foreign.id(), "よその部");
        assertEquals(404, policyPost(env, t, "groups", List.of(foreignGroup), List.of("email")).statusCode(),
                "another tenant's group is not found");
        HttpResponse<String> none = policyPost(env, t, "groups", List.of(), List.of("email"));
        assertEquals("対象のグループを1つ以上選択してください。", PageSession.byId(none, "groups-error"));
        setPolicy(env, t, "groups", List.of(sales), List.of("email"));

        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, inSales, ConsoleTenants.PASSWORD),
                "omakase-mfa-email"), "a member of the group is asked for the mailed code");
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, inTokyo, ConsoleTenants.PASSWORD),
                "omakase-mfa-email"), "a member of a sub-group too");
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, outside, ConsoleTenants.PASSWORD),
                "omakase-tenant-user"), "a member outside the group logs in with the password");
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, t.adminEmail(), ConsoleTenants.PASSWORD),
                "omakase-tenant-user"), "the administrator, outside the group, too");
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, otherMember, ConsoleTenants.PASSWORD),
                "omakase-tenant-user"), "another tenant with MFA off is unaffected");

        // the password grant: a password alone gets no token where the tenant requires a second factor
        String client = "mfa-direct-" + suffix();
        assertEquals(201, env.admin().send("POST", "/realms/omakase/clients", Map.of("clientId", client, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false)).status());
        HttpResponse<String> refused = passwordGrant(env, client, inSales);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("invalid_grant"), refused.body());
        HttpResponse<String> granted = passwordGrant(env, client, outside);
        assertEquals(200, granted.statusCode(), granted.body());

        setPolicy(env, t, "off", List.of(), List.of("email"));
        assertTrue(PageSession.has(new PageSession(env.baseUrl()).logIn(ConsoleTenants.CONSOLE, inSales, ConsoleTenants.PASSWORD),
                "omakase-tenant-user"), "off: the next login asks for no second factor");
    }

    /** Sets the tenant's policy through its console page (the administrator's session and form token). */
    private static void setPolicy(TestEnvironment env, ConsoleTenants.Tenant t, String policy, List<String> groups, List<String> methods) {
        HttpResponse<String> saved = policyPost(env, t, policy, groups, methods);
        assertEquals("多要素認証の設定を保存しました。", PageSession.byId(saved, "omakase-console-result"), saved.body());
    }

    private static HttpResponse<String> policyPost(TestEnvironment env, ConsoleTenants.Tenant t, String policy, List<String> groups,
                                                   List<String> methods) {
        PageSession admin = new PageSession(env.baseUrl());
        HttpResponse<String> page = admin.logIn(t.console("security/mfa"), t.adminEmail(), ConsoleTenants.PASSWORD);
        assertOk(page);
        Map<String, List<String>> form = new java.util.HashMap<>(csrf(page));
        form.put("policy", List.of(policy));
        form.put("groups", groups);
        form.put("methods", methods);
        return admin.post(t.console("security/mfa"), form);
    }

    private static HttpResponse<String> passwordGrant(TestEnvironment env, String clientId, String username) {
        String form = "grant_type=password&client_id=" + clientId + "&username=" + java.net.URLEncoder.encode(username,
                java.nio.charset.StandardCharsets.UTF_8) + "&password=" + ConsoleTenants.PASSWORD;
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(env.baseUrl() + "/realms/omakase/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> csrf(HttpResponse<String> page) {
        return Map.of("csrf", List.of(PageSession.csrf(page).orElseThrow()));
    }

    /** The code of the {@code n}-th code mail to {@code address}. */
    private static String mailedCode(TestEnvironment env, String address, int n) {
        List<MimeMessage> mails = Mails.awaitMailsTo(env.mail(), address, CODE_SUBJECT, n, Duration.ofSeconds(30));
        String text = Mails.text(mails.get(n - 1));
        Matcher m = MAIL_CODE.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }

    private static String orgGroup(TestEnvironment env, String orgId, String name) {
        AdminApi.Response created = env.admin().send("POST", "/realms/omakase/organizations/" + orgId + "/groups", Map.of("name", name));
        assertEquals(201, created.status(), created.body());
        return created.location().substring(created.location().lastIndexOf('/') + 1);
    }

    private static String subGroup(TestEnvironment env, String orgId, String parentId, String name) {
        AdminApi.Response created = env.admin().send("POST", "/realms/omakase/organizations/" + orgId + "/groups/" + parentId + "/children",
                Map.of("name", name));
        assertTrue(created.status() == 201, created.status() + " " + created.body());
        return created.location().substring(created.location().lastIndexOf('/') + 1);
    }

    private static void joinGroup(TestEnvironment env, String orgId, String groupId, String userId) {
        AdminApi.Response joined = env.admin().send("PUT", "/realms/omakase/organizations/" + orgId + "/groups/" + groupId + "/members/" + userId, null);
        assertTrue(joined.status() / 100 == 2, joined.status() + " " + joined.body());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
