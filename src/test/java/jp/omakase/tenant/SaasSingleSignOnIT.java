package jp.omakase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.NodePeer;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 16, "Done when", in Chromium: the tenant administrator adds a 「カスタムSAML」 app for a node-saml service provider
 * and a 「カスタムOIDC」 app for an openid-client relying party through the SaaS設定 pages and assigns both to a group; a
 * member of that group opens the portal, launches both tiles (IdP-initiated SAML, the OIDC app's login URL) and is
 * signed in at both peers, which validate what they receive; a member of the tenant outside the group and a user of
 * another tenant are refused both apps with the access gate's Japanese page, and neither peer receives anything more.
 */
@KeycloakIT
class SaasSingleSignOnIT {

    private static final String PORTAL = "/realms/omakase/omakase/portal/";
    private static final String REFUSED = "このアプリの利用は許可されていません。管理者にお問い合わせください。";
    private static final String EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

    @Test
    void aGroupsMemberLaunchesBothAppsFromThePortalAndOthersAreRefused(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "SaaS連携");
        ConsoleTenants.Tenant other = ConsoleTenants.create(env, "別会社");
        String s = UUID.randomUUID().toString().substring(0, 8);
        String memberEmail = "sso-member-" + s + "@example.jp";
        String memberId = ConsoleTenants.member(env, t.id(), memberEmail, "山田", "花子", false);
        String outsiderEmail = "sso-outsider-" + s + "@example.jp";
        ConsoleTenants.member(env, t.id(), outsiderEmail, "佐藤", "次郎", false);
        String strangerEmail = "sso-stranger-" + s + "@example.jp";
        ConsoleTenants.member(env, other.id(), strangerEmail, "鈴木", "三郎", false);
        String orgGroups = "/realms/omakase/organizations/" + t.id() + "/groups";
        String groupId = env.admin().send("POST", orgGroups, Map.of("name", "情報システム部")).location().replaceAll(".*/", "");
        int joined = env.admin().send("PUT", orgGroups + "/" + groupId + "/members/" + memberId, null).status();
        assertTrue(joined == 204 || joined == 200, "the member joins the group: " + joined);

        String entityId = "https://sp-" + s + ".example.jp/saml";
        try (NodePeer sp = NodePeer.start("saml-sp", Map.of("SP_ENTITY_ID", entityId,
                "IDP_SSO_URL", env.baseUrl() + "/realms/omakase/protocol/saml",
                "IDP_DESCRIPTOR_URL", env.baseUrl() + "/realms/omakase/protocol/saml/descriptor",
                "SP_ACCEPT_UNSOLICITED", "true"))) {
            ConsoleWalk walk = new ConsoleWalk(browser);
            browser.open(env.baseUrl() + t.console(""));
            KeycloakPages.logIn(browser, t.adminEmail(), ConsoleTenants.PASSWORD);
            browser.click(ConsoleWalk.link("SaaS設定"));
            walk.page("apps-empty", "SaaS設定");

            // カスタムSAML for the node-saml SP
            browser.click(ConsoleWalk.link("アプリを追加する"));
            walk.page("apps-catalogue", "アプリを追加");
            browser.click(tile("カスタムSAML"));
            walk.fill(Map.of("表示名", "社内ポータルSP"));
            walk.fill(Map.of("エンティティID（SPのIssuer）", entityId, "ACS URL（1行に1つ、最初がPOSTの送信先）", sp.url("/acs")));
            walk.page("apps-saml-form", "アプリの追加");
            browser.click(ConsoleWalk.button("追加する"));
            assertEquals("アプリを追加しました。SaaS側に下記の値を設定してください。", walk.result());
            assertEquals(entityId, browser.find(By.id("omakase-app-entity-id")).getText());
            assignToTheGroup(browser, walk, "情報システム部");

            // カスタムOIDC for the openid-client RP: its port is known once it runs, with the client id and the secret
            browser.open(env.baseUrl() + t.console("apps"));
            browser.click(ConsoleWalk.link("アプリを追加する"));
            browser.click(tile("カスタムOIDC"));
            walk.fill(Map.of("表示名", "経費精算RP", "リダイレクトURI（1行に1つ）", "http://127.0.0.1/placeholder"));
            browser.click(ConsoleWalk.button("追加する"));
            String clientId = browser.find(By.id("omakase-app-client-id")).getText();
            String secret = browser.find(By.id("omakase-app-secret")).getAttribute("value");
            walk.page("apps-oidc-secret", "アプリの詳細");
            try (NodePeer rp = NodePeer.start("oidc-rp", Map.of("OIDC_ISSUER", env.baseUrl() + "/realms/omakase",
                    "OIDC_CLIENT_ID", clientId, "OIDC_CLIENT_SECRET", secret))) {
                browser.click(ConsoleWalk.link("設定を変更する"));
                Map<String, String> urls = new LinkedHashMap<>();
                urls.put("リダイレクトURI（1行に1つ）", rp.url("/callback"));
                urls.put("ログイン開始URL（ポータルから開くURL、任意）", rp.url("/login"));
                walk.fill(urls);
                browser.click(ConsoleWalk.button("変更する"));
                assertEquals("アプリの設定を変更しました。", walk.result());
                assignToTheGroup(browser, walk, "情報システム部");
                browser.open(env.baseUrl() + t.console("apps"));
                walk.page("apps-list", "SaaS設定");

                // the group's member: both tiles, each signs them in at its peer
                logInAtThePortal(env, browser, memberEmail);
                assertEquals(List.of("社内ポータルSP", "経費精算RP"), tiles(browser));
                walk.screenshot("portal-tiles");
                browser.click(tile("社内ポータルSP"));
                browser.find(By.id("result"));
                assertEquals("accepted", byId(browser, "result"), () -> browser.text() + "\n" + sp.output());
                assertEquals(env.baseUrl() + "/realms/omakase", byId(browser, "issuer"));
                assertEquals(memberEmail, byId(browser, "nameid"));
                assertEquals(EMAIL_FORMAT, byId(browser, "nameid-format"));
                assertEquals(memberEmail, byId(browser, "attr-email"));
                assertEquals("花子", byId(browser, "attr-firstName"));
                assertEquals("山田", byId(browser, "attr-lastName"));

                browser.open(env.baseUrl() + PORTAL);
                browser.click(tile("経費精算RP"));
                browser.find(By.id("result"));
                assertEquals("accepted", byId(browser, "result"), () -> browser.text() + "\n" + rp.output());
                assertEquals(env.baseUrl() + "/realms/omakase", byId(browser, "iss"));
                assertEquals(memberId, byId(browser, "sub"));
                assertTrue(byId(browser, "aud").contains(clientId), byId(browser, "aud"));
                assertEquals("matched", byId(browser, "nonce"));
                assertEquals(memberEmail, byId(browser, "email"));
                assertEquals("花子", byId(browser, "given_name"));

                // outside the group, and another tenant's user: no tile, and the gate's page at both apps
                assertRefused(env, browser, walk, outsiderEmail, sp, rp, "outsider");
                assertRefused(env, browser, walk, strangerEmail, sp, rp, "stranger");
                assertEquals("1", status(browser, sp), "the SP accepted the member's login only");
                assertEquals("1", status(browser, rp), "the RP accepted the member's login only");
            }
        }
    }

    /** On an app's page: assignment to chosen groups and users, then the group {@code group}. */
    private static void assignToTheGroup(Browser browser, ConsoleWalk walk, String group) {
        browser.find(walk.field("選んだグループとユーザー")).click();
        browser.click(ConsoleWalk.button("変更する"));
        assertEquals("利用者の割り当てを保存しました。", walk.result());
        new Select(browser.find(walk.field("グループ"))).selectByVisibleText(group);
        browser.click(ConsoleWalk.button("割り当てる"));
        assertEquals(List.of(group), browser.find(By.id("omakase-app-groups")).findElements(By.tagName("span")).stream()
                .map(e -> e.getText()).toList());
    }

    private static void assertRefused(TestEnvironment env, Browser browser, ConsoleWalk walk, String email, NodePeer sp, NodePeer rp,
            String who) {
        logInAtThePortal(env, browser, email);
        assertEquals(List.of(), tiles(browser), who + " sees no tile");
        browser.open(sp.url("/login"));
        awaitText(browser, REFUSED);
        assertTrue(browser.driver().getCurrentUrl().startsWith(env.baseUrl() + "/realms/omakase/"), browser.driver().getCurrentUrl());
        assertFalse(browser.html().contains("SAMLResponse"), "no assertion for the " + who);
        walk.screenshot("gate-refused-" + who);
        browser.open(rp.url("/login"));
        awaitText(browser, REFUSED);
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith(env.baseUrl() + "/realms/omakase/") && !url.contains("code="), "no code for the " + who + ": " + url);
    }

    /** A tile's link (the catalogue's or the portal's): an icon letter, then the name. */
    private static By tile(String name) {
        return By.xpath("//a[.//span[normalize-space()='" + name + "']]");
    }

    /** A fresh browser session (the peers and Keycloak share the host 127.0.0.1, so its cookies) signed in at the portal. */
    private static void logInAtThePortal(TestEnvironment env, Browser browser, String email) {
        browser.open(env.baseUrl() + PORTAL);
        browser.driver().manage().deleteAllCookies();
        browser.open(env.baseUrl() + PORTAL);
        KeycloakPages.logIn(browser, email, ConsoleTenants.PASSWORD);
    }

    private static List<String> tiles(Browser browser) {
        browser.find(By.id("omakase-portal-apps-title"));
        return browser.driver().findElements(By.className("omakase-portal-app-name")).stream().map(e -> e.getText()).toList();
    }

    private static String status(Browser browser, NodePeer peer) {
        browser.open(peer.url("/status"));
        return byId(browser, "accepted");
    }

    private static String byId(Browser browser, String id) {
        return browser.find(By.id(id)).getText();
    }

    private static void awaitText(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(() -> "page text without " + text + ":\n"
                + browser.text()).until(d -> browser.text().contains(text));
    }
}
