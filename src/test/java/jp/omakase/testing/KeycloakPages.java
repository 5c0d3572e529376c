package jp.omakase.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a user does on Keycloak's own pages (login, update password) in the theme of both realms. */
public final class KeycloakPages {

    private KeycloakPages() {
    }

    /** Fills the login page and presses 「ログイン」. */
    public static void logIn(Browser browser, String username, String password) {
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.click(By.id("kc-login"));
    }

    /** Types a new password twice on the update-password page, submits it and waits for the answer page. */
    public static void updatePassword(Browser browser, String password) {
        WebElement before = browser.find(By.id("password-new"));
        browser.type(By.id("password-new"), password);
        browser.type(By.id("password-confirm"), password);
        browser.find(By.id("kc-submit")).click();
        browser.awaitGone(before);
        browser.waitForPage();
    }
}
