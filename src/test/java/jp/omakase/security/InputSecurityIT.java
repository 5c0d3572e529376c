package jp.omakase.security;

import static jp.omakase.signup.SignupJourney.COMPANY_NUMBER;
import static jp.omakase.signup.SignupJourney.PASSWORD;
import static jp.omakase.signup.SignupJourney.acceptPrivacyAndReview;
import static jp.omakase.signup.SignupJourney.acceptTerms;
import static jp.omakase.signup.SignupJourney.awaitMail;
import static jp.omakase.signup.SignupJourney.click;
import static jp.omakase.signup.SignupJourney.fieldError;
import static jp.omakase.signup.SignupJourney.fillProfile;
import static jp.omakase.signup.SignupJourney.pickCompany;
import static jp.omakase.signup.SignupJourney.prepare;
import static jp.omakase.signup.SignupJourney.randomClientAddress;
import static jp.omakase.signup.SignupJourney.script;
import static jp.omakase.signup.SignupJourney.searchCompany;
import static jp.omakase.signup.SignupJourney.signupLink;
import static jp.omakase.signup.SignupJourney.startSignup;
import static jp.omakase.signup.SignupJourney.submitEmail;
import static jp.omakase.signup.SignupJourney.taroProfile;
import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.signup.SignupJourney;
import jp.omakase.testing.AdminApi;
import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.OrderApiClient;
import jp.omakase.testing.StoreWalk;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 12, items 11, 12, 14 and 16, each performed against the real server: a flooding client and IPv6 neighbours
 * against the rate limits, hostile values in every sign-up step and every order API field, the extension's routes in
 * realms that are not its own, another realm's administrator and an oversize upload against the company import, and
 * the evidence of consent and an unverified e-mail change of a Business ID.
 */
@KeycloakIT
class InputSecurityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String INVALID_CHARACTERS = "使用できない文字（改行・タブなどの制御文字、文字の向きを変える書式文字）が含まれています。取り除いてから、もう一度入力してください。";
    private static final String INVALID_EMAIL = "無効なメールアドレスです。";
    private static final String SCRIPT = "<script>window.omakaseXss=1</script>";

    /** Hostile values a form can carry (a browser turns lone surrogates into U+FFFD, so they go to the JSON API). */
    private static final Map<String, String> FORM_HOSTILE = orderedMap(
            "NUL", "山田\u0000太郎",
            "line break", "山田\r\n太郎",
            "tab", "山田\t太郎",
            "escape", "山田\u001B[31m太郎",
            "C1 (NEL)", "山田\u0085太郎",
            "right-to-left override", "山田\u202E太郎",
            "isolate", "\u2066山田\u2069",
            "line separator", "山田\u2028太郎");

    // ---------------------------------------------------------------------------------------------------- item 11

    /**
     * One client uses up its own allowance and then keeps sending sign-ups for a list of victims' addresses: every one
     * is refused, no mail goes out, and afterwards each victim signs up from their own address as usual.
     */
    @Test
    void aFloodingClientDoesNotLockVictimAddressesOutOfSignup(TestEnvironment env, Browser browser) {
        prepare(env);
        browser.clientAddress(randomClientAddress());
        startSignup(browser, env, "flood");
        for (int i = 1; i <= 20; i++) { // the client's hourly allowance (mails-per-client-per-hour, default 20)
            submitEmail(browser, uniqueEmail("flood-own"));
            browser.find(By.id("omakase-sent-title"));
            click(browser, By.id("omakase-retry"));
        }
        List<String> victims = List.of(uniqueEmail("victim-a"), uniqueEmail("victim-b"));
        for (String victim : victims) {
            for (int i = 0; i < 6; i++) { // more than the address allowance (mails-per-address-per-hour, default 5)
                submitEmail(browser, victim);
                assertTrue(fieldError(browser, "email").contains("上限"), browser.text());
            }
        }
        KeycloakServer.sleep(Duration.ofSeconds(1));
        for (String victim : victims) {
            assertEquals(0, Mails.mailsTo(env.mail(), victim).size(), "the refused attempts sent nothing");
        }

        for (String victim : victims) {
            try (Browser own = Browser.launch()) {
                own.clientAddress(randomClientAddress());
                startSignup(own, env, "victim");
                submitEmail(own, victim);
                own.find(By.id("omakase-sent-title"));
            }
            assertNotNull(awaitMail(env, victim), "the victim still gets their sign-up link");
        }
    }

    /** Addresses of one IPv6 /64 share one allowance of the company search; the next /64 is another client. */
    @Test
    void ipv6ClientsAreCountedPerSlash64(TestEnvironment env) throws Exception {
        prepare(env);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        // fec0::/10 is site-local: the realm's sslRequired=external treats it as a private network
        int a = r.nextInt(1, 0xffff);
        int b = r.nextInt(1, 0xffff);
        int c = r.nextInt(1, 0xfff0);
        String prefix = "fec0:" + Integer.toHexString(a) + ":" + Integer.toHexString(b) + ":" + Integer.toHexString(c) + ":";
        for (int i = 1; i <= 60; i++) { // company-searches-per-minute, default 60
            String me = prefix + Integer.toHexString(r.nextInt(1, 0xffff)) + "::" + Integer.toHexString(i);
            assertEquals(200, companySearch(env, "bizid", "サンライズ", me).statusCode(), "search " + i + " from " + me);
        }
        HttpResponse<String> refused = companySearch(env, "bizid", "サンライズ", prefix + "ffff:ffff:ffff:fffe");
        assertEquals(429, refused.statusCode(), "another address of the same /64: " + refused.body());
        String nextPrefix = "fec0:" + Integer.toHexString(a) + ":" + Integer.toHexString(b) + ":" + Integer.toHexString(c + 1) + "::1";
        HttpResponse<String> other = companySearch(env, "bizid", "サンライズ", nextPrefix);
        assertEquals(200, other.statusCode(), "the next /64 is another client: " + other.body());
    }

    // ---------------------------------------------------------------------------------------------------- item 12

    /**
     * Every sign-up step with a field (01 e-mail, 03 search and hand-typed company, 04 profile and password) gets each
     * hostile value; each answer is the step's own page with the localized error on the field, never an error page.
     * The sign-up then completes, and its REGISTER event carries the terms and privacy versions accepted (item 16).
     */
    @Test
    void hostileValuesInEverySignupStepGetTheFieldErrorOnTheSamePage(TestEnvironment env, Browser browser) throws Exception {
        prepare(env);
        browser.clientAddress(randomClientAddress());
        startSignup(browser, env, "hostile");

        // step 01
        for (Map.Entry<String, String> v : withLongAndScript(FORM_HOSTILE).entrySet()) {
            String value = v.getValue().replace("山田", "taro").replace("太郎", "@example.jp");
            submitHostile(browser, Map.of("email", value), "omakase-next");
            browser.find(By.id("omakase-signup-email"));
            assertEquals(INVALID_EMAIL, fieldError(browser, "email"), v.getKey());
        }
        String email = uniqueEmail("hostile");
        submitEmail(browser, email);
        browser.find(By.id("omakase-sent-title"));
        SignupJourney.openLink(browser, signupLink(env, awaitMail(env, email)));

        // step 02: the box is a checkbox, only "on" counts
        submitHostile(browser, Map.of("acceptTerms", "on\u0000"), "omakase-next");
        assertEquals("02", SignupJourney.currentStep(browser));
        acceptTerms(browser);

        // step 03: the search and the hand-typed company
        for (Map.Entry<String, String> v : FORM_HOSTILE.entrySet()) {
            submitHostile(browser, Map.of("q", v.getValue()), "omakase-search");
            browser.find(By.id("omakase-company-search"));
            assertEquals(INVALID_CHARACTERS, fieldError(browser, "q"), v.getKey());
            submitHostile(browser, Map.of("companyName", v.getValue(), "companyKana", "ヤマダ" + v.getValue().substring(2)), "omakase-manual-next");
            browser.find(By.id("omakase-company-search"));
            assertEquals(INVALID_CHARACTERS, fieldError(browser, "companyName"), v.getKey());
            assertEquals(INVALID_CHARACTERS, fieldError(browser, "companyKana"), v.getKey());
        }
        submitHostile(browser, Map.of("q", "株".repeat(10_000)), "omakase-search");
        assertEquals("2文字以上100文字以内で入力してください。", fieldError(browser, "q"));
        submitHostile(browser, Map.of("companyName", "株".repeat(10_000), "companyKana", "カ".repeat(10_000)), "omakase-manual-next");
        assertEquals("100文字以内で入力してください。", fieldError(browser, "companyName"));
        assertEquals("100文字以内で入力してください。", fieldError(browser, "companyKana"));
        submitHostile(browser, Map.of("q", SCRIPT), "omakase-search");
        browser.find(By.id("omakase-company-search"));
        searchCompany(browser, "サンライズ第二");
        pickCompany(browser, COMPANY_NUMBER);

        // step 04: every profile field and the password at once
        List<String> fields = List.of("lastName", "firstName", "lastNameKana", "firstNameKana", "department", "phone", "password");
        for (Map.Entry<String, String> v : FORM_HOSTILE.entrySet()) {
            Map<String, String> values = new LinkedHashMap<>();
            fields.forEach(f -> values.put(f, v.getValue()));
            values.put("password-confirm", v.getValue());
            submitHostile(browser, values, "omakase-next");
            browser.find(By.id("omakase-signup-profile"));
            for (String f : fields) {
                assertEquals(INVALID_CHARACTERS, fieldError(browser, f), v.getKey() + " in " + f);
            }
        }
        Map<String, String> huge = new LinkedHashMap<>();
        fields.forEach(f -> huge.put(f, "あ".repeat(10_000)));
        submitHostile(browser, huge, "omakase-next");
        for (String f : fields) {
            assertEquals(f.equals("password") ? "128文字以内で入力してください。" : "255文字以内で入力してください。", fieldError(browser, f), f);
        }
        Map<String, String> scripts = new LinkedHashMap<>();
        List.of("lastNameKana", "firstNameKana", "phone").forEach(f -> scripts.put(f, SCRIPT));
        submitHostile(browser, scripts, "omakase-next");
        browser.find(By.id("omakase-signup-profile"));
        for (String f : scripts.keySet()) {
            assertFalse(fieldError(browser, f).isEmpty(), "a script tag is no kana or phone number: " + f);
        }
        assertEquals(null, script(browser, "return window.omakaseXss || null"), "nothing typed ran as script");

        // the sign-up still completes; REGISTER carries the versions accepted (item 16)
        fillProfile(browser, taroProfile());
        acceptPrivacyAndReview(browser);
        click(browser, By.id("omakase-register"));
        assertEquals("新規登録完了", browser.find(By.id("omakase-complete-title")).getText());
        String userId = SignupJourney.user(env, email).path("id").asText();
        JsonNode events = env.admin().get("/realms/bizid/events?type=REGISTER&user=" + userId);
        assertEquals(1, events.size(), events.toString());
        JsonNode details = events.get(0).path("details");
        // the versions of the documents in force (the shipped samples: 1.0)
        assertEquals("1.0", details.path("omakase_terms_version").asText(null), details.toString());
        assertEquals("1.0", details.path("omakase_privacy_version").asText(null), details.toString());
    }

    /**
     * Every field of the order API with every hostile value, lone surrogates as JSON escapes included: 400 with the
     * field's code, never a 5xx; {@code contactDays:[null]} and {@code contactHours:[null]} too.
     */
    @Test
    void hostileValuesInEveryOrderApiFieldGet400WithTheFieldCode(TestEnvironment env) throws Exception {
        OrderApiClient.prepare(env);
        String token = OrderApiClient.token(env, OrderApiClient.STORE);
        String subject = env.admin().createBusinessId(uniqueEmail("hostile-api"), null, Map.of());
        Map<String, String> hostile = orderedMap(
                "NUL", "\"12\\u000034\"",
                "line break", "\"12\\r\\n34\"",
                "tab", "\"12\\t34\"",
                "DEL", "\"12\\u007f34\"",
                "C1", "\"12\\u008534\"",
                "right-to-left override", "\"12\\u202e34\"",
                "isolate", "\"\\u206612\\u2069\"",
                "lone high surrogate", "\"12\\ud83d34\"",
                "lone low surrogate", "\"12\\ude0034\"",
                "10,000 characters", "\"" + "1".repeat(10_000) + "\"");
        List<String> contractorFields = List.of("companyName", "companyKana", "department", "name", "nameKana", "email",
                "postalCode", "address1", "address2", "phone", "contactPhone");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> v : hostile.entrySet()) {
            String expected = v.getKey().startsWith("10,000") ? "too_long" : "invalid_characters";
            for (String field : contractorFields) {
                check(failures, env, token, subject, "contractor." + field, v.getKey(), v.getValue(), expected);
            }
            check(failures, env, token, subject, "subject", v.getKey(), v.getValue(), "unknown_user");
            check(failures, env, token, subject, "storeOrderNumber", v.getKey(), v.getValue(), "format");
            check(failures, env, token, subject, "productCode", v.getKey(), v.getValue(), expected);
        }
        for (String field : List.of("companyKana", "nameKana", "email", "postalCode", "phone", "contactPhone")) {
            check(failures, env, token, subject, "contractor." + field, "script tag", "\"<script>alert(1)</script>\"", null);
        }
        check(failures, env, token, subject, "contractor.contactDays", "[null]", "[null]", "unknown_value");
        check(failures, env, token, subject, "contractor.contactHours", "[null]", "[null]", "unknown_value");
        check(failures, env, token, subject, "contractor.contactDays", "[\"MON\", null]", "[\"MON\",null]", "unknown_value");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The store's お客様情報 form: every text field with every hostile value, the field's message on the same page. */
    @Test
    void hostileValuesInTheStoreOrderFormGetTheFieldErrorOnTheSamePage(TestEnvironment env, Browser browser) {
        browser.clientAddress(randomClientAddress());
        String email = uniqueEmail("hostile-store");
        env.admin().createBusinessId(email, PASSWORD, Map.of("companyName", List.of("山田商事株式会社"), "companyKana", List.of("ヤマダショウジ")));
        String order = env.baseUrl() + "/realms/bizid/omakase/store/order";
        browser.open(order);
        KeycloakPages.logIn(browser, email, PASSWORD);
        StoreWalk.acceptMemberTerms(browser);
        browser.open(order);
        browser.find(By.id("omakase-order-form"));

        List<String> fields = List.of("companyName", "companyKana", "department", "name", "nameKana", "email", "postalCode",
                "address1", "address2", "phone", "contactPhone");
        Map<String, String> values = new LinkedHashMap<>(FORM_HOSTILE);
        values.put("10,000 characters", "1".repeat(10_000));
        for (Map.Entry<String, String> v : values.entrySet()) {
            Map<String, String> all = new LinkedHashMap<>();
            fields.forEach(f -> all.put(f, v.getValue()));
            all.put("contactDays", v.getValue());
            submitHostile(browser, all, "omakase-to-confirm");
            browser.find(By.id("omakase-order-form"));
            String expected = v.getKey().startsWith("10,000") ? "入力できる文字数を超えています。"
                    : "使用できない文字（改行・タブなどの制御文字、文字の向きを変える書式文字）が含まれています。";
            for (String f : fields) {
                assertEquals(expected, fieldError(browser, f), v.getKey() + " in " + f);
            }
            assertEquals("選択肢から選んでください。", fieldError(browser, "contactDays"), v.getKey() + " in contactDays");
        }
    }

    // ---------------------------------------------------------------------------------------------------- item 14

    /** Every route of the extension answers 404 in master, in a new realm and in the realm it does not belong to. */
    @Test
    void everyRouteAnswers404OutsideItsRealm(TestEnvironment env) throws Exception {
        prepare(env);
        String isle = newRealm(env);
        List<String> bizidRoutes = List.of("", "signup", "signup?email_token=x", "store", "store/cart", "store/order",
                "store/order/confirm", "store/order/complete", "store/mypage/orders", "orders", "orders/x", "contracts",
                "companies?q=" + URLEncoder.encode("サンライズ", StandardCharsets.UTF_8));
        List<String> tenantRoutes = List.of("tenant", "tenant/first-login", "tenant/x/users");
        List<String> posts = List.of("orders", "store/order", "store/order/confirm", "contracts/x/admin-link");
        List<String> failures = new ArrayList<>();
        for (String realm : List.of("master", isle)) {
            for (String route : concat(bizidRoutes, tenantRoutes)) {
                expect404(failures, "GET", env.baseUrl() + "/realms/" + realm + "/omakase/" + route, null);
            }
            for (String route : posts) {
                expect404(failures, "POST", env.baseUrl() + "/realms/" + realm + "/omakase/" + route, "{}");
            }
            for (String route : List.of("companies/import", "orders/x/provisioning")) {
                expectAdmin404(failures, env.admin().send("POST", "/realms/" + realm + "/omakase/" + route, Map.of()), realm, route);
            }
            expectAdmin404(failures, env.admin().send("GET", "/realms/" + realm + "/omakase/companies/imports/x", null), realm, "imports/x");
        }
        for (String route : tenantRoutes) {
            expect404(failures, "GET", env.baseUrl() + "/realms/bizid/omakase/" + route, null);
        }
        for (String route : bizidRoutes.subList(1, bizidRoutes.size())) {
            expect404(failures, "GET", env.baseUrl() + "/realms/omakase/omakase/" + route, null);
        }
        expectAdmin404(failures, env.admin().send("POST", "/realms/omakase/omakase/companies/import", Map.of()), "omakase", "companies/import");
        assertTrue(failures.isEmpty(), String.join("\n", failures));

        // the same routes where they belong: not 404
        assertEquals(200, companySearch(env, "bizid", "サンライズ", randomClientAddress()).statusCode());
        assertFalse(status(env.baseUrl() + "/realms/bizid/omakase/store") == 404);
        assertFalse(status(env.baseUrl() + "/realms/omakase/omakase/tenant") == 404);
        AdminApi.Response status = env.admin().send("GET", "/realms/bizid/omakase/companies/imports/x", null);
        assertTrue(status.body().contains("import_not_found"), "bizid owns the directory: " + status.status() + " " + status.body());
    }

    /** A realm-admin of another realm cannot import into the directory, neither through its realm nor through bizid's. */
    @Test
    void anAdministratorOfAnotherRealmCannotImportCompanies(TestEnvironment env) throws Exception {
        prepare(env);
        String isle = newRealm(env);
        String admin = "isle-admin";
        String adminId = env.admin().createUser(isle, Map.of("username", admin, "email", admin + "@example.jp", "emailVerified", true,
                "firstName", "Isle", "lastName", "Admin", "enabled", true,
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        String realmManagement = env.admin().get("/realms/" + isle + "/clients?clientId=realm-management").get(0).path("id").asText();
        JsonNode realmAdmin = env.admin().get("/realms/" + isle + "/clients/" + realmManagement + "/roles/realm-admin");
        assertEquals(204, env.admin().send("POST", "/realms/" + isle + "/users/" + adminId + "/role-mappings/clients/" + realmManagement,
                List.of(realmAdmin)).status());
        String token = passwordToken(env, isle, admin, PASSWORD);

        String name = "インポート検証" + UUID.randomUUID().toString().substring(0, 6) + "株式会社";
        byte[] csv = ("1," + COMPANY_NUMBER + ",01,0,2019-04-08,2019-02-24,\"" + name + "\",,305,\"福岡県\",\"福岡市博多区\",\"１丁目２５－１０\",,40,132,8827792,,,,,,,2019-02-24,1,,,,,\"インポートケンショウ\",0\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> own = upload(env, token, "/admin/realms/" + isle + "/omakase/companies/import", csv, false);
        assertEquals(404, own.statusCode(), "the isle realm owns no directory: " + own.body());
        HttpResponse<String> bizid = upload(env, token, "/admin/realms/bizid/omakase/companies/import", csv, false);
        assertTrue(bizid.statusCode() == 401 || bizid.statusCode() == 403, "not an administrator of bizid: " + bizid.statusCode() + " " + bizid.body());
        HttpResponse<String> search = companySearch(env, "bizid", name.substring(0, 10), randomClientAddress());
        assertEquals(200, search.statusCode());
        assertEquals(0, JSON.readTree(search.body()).path("companies").size(), "the directory is unchanged: " + search.body());
    }

    /** With a 64 KiB limit, a larger upload gets 413 (announced or streamed) and nothing is imported; a small one passes. */
    @Test
    void anOversizeCompanyUploadGets413(TestEnvironment env) throws Exception {
        prepare(env);
        env.restart(List.of("--spi-admin-realm-restapi-extension--omakase--max-upload-bytes=65536"));
        try {
            String token = passwordToken(env, "master", TestEnvironment.ADMIN_USER, TestEnvironment.ADMIN_PASSWORD);
            byte[] big = new byte[70_000];
            java.util.Arrays.fill(big, (byte) 'x');
            HttpResponse<String> announced = upload(env, token, "/admin/realms/bizid/omakase/companies/import", big, false);
            assertEquals(413, announced.statusCode(), announced.body());
            assertTrue(announced.body().contains("upload_too_large"), announced.body());
            HttpResponse<String> streamed = upload(env, token, "/admin/realms/bizid/omakase/companies/import", big, true);
            assertEquals(413, streamed.statusCode(), "chunked, no Content-Length: " + streamed.body());
            try (InputStream sample = InputSecurityIT.class.getResourceAsStream("/company/sample-companies.csv")) {
                String[] lines = new String(sample.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                byte[] small = (String.join("\n", java.util.Arrays.copyOf(lines, 20)) + "\n").getBytes(StandardCharsets.UTF_8);
                assertTrue(small.length < 65_536, "the sample fits the limit");
                HttpResponse<String> ok = upload(env, token, "/admin/realms/bizid/omakase/companies/import", small, true);
                assertEquals(200, ok.statusCode(), ok.body());
            }
        } finally {
            env.restart(List.of());
        }
    }

    // ---------------------------------------------------------------------------------------------------- item 16

    /**
     * A Business ID that changes its e-mail does not get the new address until it clicks the link mailed there: the
     * account REST API does not take the address, and Update Email (Keycloak's own page) mails the new address and
     * leaves the login ID as it was until the link is opened.
     */
    @Test
    void anEmailChangeTakesEffectOnlyAfterTheNewAddressIsVerified(TestEnvironment env, Browser browser) throws Exception {
        prepare(env);
        browser.clientAddress(randomClientAddress());
        String old = uniqueEmail("change-old");
        String fresh = uniqueEmail("change-new");
        String id = env.admin().createBusinessId(old, PASSWORD, Map.of());

        // the account REST API (what the account console calls)
        String token = passwordToken(env, "bizid", old, PASSWORD);
        HttpResponse<String> account = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/account/"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, account.statusCode(), account.body());
        com.fasterxml.jackson.databind.node.ObjectNode changed = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(account.body());
        changed.put("email", fresh);
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/account/"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(changed))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() < 500, update.statusCode() + " " + update.body());
        assertUnchanged(env, id, old, fresh);
        assertTrue(SignupJourney.passwordWorks(env, old, PASSWORD), "the old address still logs in");

        // Update Email through Keycloak's page: the new address gets a link, nothing changes before it is opened
        browser.open(SignupJourney.authUrl(env, "change") + "&kc_action=UPDATE_EMAIL");
        KeycloakPages.logIn(browser, old, PASSWORD);
        browser.type(By.id("email"), fresh);
        browser.click(By.cssSelector("[type=submit]:not([name=cancel-aia])"));
        jakarta.mail.internet.MimeMessage mail = Mails.awaitMailTo(env.mail(), fresh, Duration.ofSeconds(30));
        assertUnchanged(env, id, old, fresh);
        String link = Mails.firstLink(Mails.text(mail), env.baseUrl() + "/realms/bizid/login-actions/action-token?key=");
        browser.open(link);
        browser.waitForPage();
        JsonNode user = env.admin().get("/realms/bizid/users/" + id);
        assertEquals(fresh, user.path("email").asText(), "the link confirms the new address");
        assertTrue(user.path("emailVerified").asBoolean());
        assertEquals(fresh, user.path("username").asText(), "the new address is the login ID now");
    }

    private static void assertUnchanged(TestEnvironment env, String id, String old, String fresh) {
        JsonNode user = env.admin().get("/realms/bizid/users/" + id);
        assertEquals(old, user.path("email").asText(), "the e-mail is unchanged before the new address is verified");
        assertEquals(old, user.path("username").asText(), "so is the login ID");
        assertTrue(user.path("emailVerified").asBoolean(), "the old address stays verified");
        assertFalse(SignupJourney.passwordWorks(env, fresh, PASSWORD), "the new address logs nobody in yet");
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /**
     * Puts the values into the step's form as a person with the developer tools would (a hidden input keeps line
     * breaks, the browser's own checks are off) and presses {@code button}.
     */
    private static void submitHostile(Browser browser, Map<String, String> values, String button) {
        script(browser, "const form = document.getElementById(arguments[1]).form; form.noValidate = true;"
                + "for (const [name, value] of Object.entries(arguments[0])) {"
                + "  let field = form.elements[name];"
                + "  if (!field || field instanceof RadioNodeList || field.type === 'checkbox') {"
                + "    for (const old of form.querySelectorAll('[name=\"' + name + '\"]')) { old.removeAttribute('name'); }"
                + "    field = document.createElement('input'); field.name = name; form.appendChild(field); }"
                + "  field.type = 'hidden'; field.value = value; }", values, button);
        org.openqa.selenium.WebElement page = browser.driver().findElement(By.tagName("html"));
        // pressed by script: the button may sit in a folded section (the hand-typed company) or be disabled until a box is ticked
        script(browser, "const b = document.getElementById(arguments[0]); b.disabled = false; b.click();", button);
        browser.awaitGone(page);
        browser.waitForPage();
    }

    private static void check(List<String> failures, TestEnvironment env, String token, String subject, String field,
                              String label, String jsonValue, String expectedCode) throws Exception {
        Map<String, Object> contractor = OrderApiClient.contractor(uniqueEmail("hostile-order"));
        Map<String, Object> body = OrderApiClient.order("EC-" + UUID.randomUUID().toString().substring(0, 12), subject, contractor);
        String placeholder = "@@HOSTILE@@";
        if (field.startsWith("contractor.")) {
            contractor.put(field.substring("contractor.".length()), placeholder);
        } else {
            body.put(field, placeholder);
        }
        String json = JSON.writeValueAsString(body).replace("\"" + placeholder + "\"", jsonValue);
        HttpResponse<String> r = OrderApiClient.send(env, token, json);
        if (r.statusCode() != 400) {
            failures.add(field + " with " + label + ": " + r.statusCode() + " " + abbreviate(r.body()));
            return;
        }
        JsonNode fields = JSON.readTree(r.body()).path("fields");
        String code = fields.path(field).asText(null);
        if (expectedCode == null ? code == null : !expectedCode.equals(code)) {
            failures.add(field + " with " + label + ": fields " + abbreviate(fields.toString()) + ", expected " + expectedCode);
        }
    }

    private static void expect404(List<String> failures, String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", randomClientAddress());
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 404) {
            failures.add(method + " " + url + ": " + r.statusCode());
        }
    }

    private static void expectAdmin404(List<String> failures, AdminApi.Response r, String realm, String route) {
        if (r.status() != 404 || r.body().contains("import_not_found")) {
            failures.add("admin " + realm + " " + route + ": " + r.status() + " " + abbreviate(r.body()));
        }
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", randomClientAddress()).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpResponse<String> companySearch(TestEnvironment env, String realm, String q, String client) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/" + realm + "/omakase/companies?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("X-Forwarded-For", client).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> upload(TestEnvironment env, String token, String path, byte[] body, boolean chunked) throws Exception {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv").POST(publisher).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String passwordToken(TestEnvironment env, String realm, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    /** A new realm, as a customer of the server would create it. */
    private static String newRealm(TestEnvironment env) {
        String name = "isle-" + UUID.randomUUID().toString().substring(0, 8);
        AdminApi.Response r = env.admin().send("POST", "/realms", Map.of("realm", name, "enabled", true));
        assertEquals(201, r.status(), r.body());
        return name;
    }

    private static Map<String, String> withLongAndScript(Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("10,000 characters", "山田" + "a".repeat(10_000) + "太郎");
        all.put("script tag", "山田" + SCRIPT + "太郎");
        return all;
    }

    private static Map<String, String> orderedMap(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
