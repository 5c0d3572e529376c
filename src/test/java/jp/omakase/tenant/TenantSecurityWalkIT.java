package jp.omakase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 17's settings pages walked in a real Chromium as an administrator does (links, labels and buttons by their
 * text): セキュリティ設定 from the navigation, パスワードポリシー (a stricter rule saved), アクセス制限 (a list for everyone
 * but administrators saved), each ending on the index with its result line. {@code TenantSecurityIT} proves the
 * effects over HTTP; screenshots {@code walk-NN-security-*} are the docs' pictures.
 */
@KeycloakIT
class TenantSecurityWalkIT {

    @Test
    void anAdministratorSetsAStricterPasswordRuleAndAllowedNetworks(TestEnvironment env, Browser browser) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "設定商事");
        ConsoleWalk walk = new ConsoleWalk(browser);
        browser.open(env.baseUrl() + t.console(""));
        KeycloakPages.logIn(browser, t.adminEmail(), ConsoleTenants.PASSWORD);
        browser.click(ConsoleWalk.link("セキュリティ設定"));
        walk.page("security", "セキュリティ設定");
        assertEquals("page", browser.find(By.id("omakase-console-nav-security")).getAttribute("aria-current"));

        browser.click(ConsoleWalk.link("パスワードポリシー"));
        browser.type(walk.field("最小文字数"), "12");
        new Select(browser.find(walk.field("文字の種類"))).selectByVisibleText("英大文字・英小文字・数字・記号の4種類すべて");
        browser.type(walk.field("過去のパスワードの再利用禁止（個数）"), "3");
        browser.find(walk.field("メールアドレスの@より前の部分を含むパスワードを禁止する")).click();
        walk.page("security-password", "パスワードポリシー");
        browser.click(ConsoleWalk.button("保存する"));
        assertEquals("パスワードポリシーを保存しました。", walk.result());
        assertEquals("サービス標準より厳しいルールを設定しています。", browser.find(By.id("omakase-security-password-state")).getText());

        browser.click(ConsoleWalk.link("アクセス制限"));
        assertTrue(browser.text().contains("現在の接続元: 127.0.0.1"), browser.text());
        browser.type(walk.field("許可するネットワーク"), "10.0.0.0/8\n2001:db8::/32");
        browser.find(walk.field("管理者を除く全員")).click();
        walk.page("security-networks", "アクセス制限");
        browser.click(ConsoleWalk.button("保存する"));
        assertEquals("アクセス制限を保存しました。", walk.result());
        assertEquals("許可するネットワーク: 2件（管理者を除く全員に適用）", browser.find(By.id("omakase-security-networks-state")).getText());
        walk.screenshot("security-saved");
    }
}
