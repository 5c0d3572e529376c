package jp.omakase.testing;

import java.util.Map;

import org.openqa.selenium.By;

/** A Business ID's first order on the store pages, as a person walks it in the browser. */
public final class StoreWalk {

    private StoreWalk() {
    }

    /**
     * The store member terms of a first store login (seed 2(3)2): both boxes, 「進む」, then 「会員登録完了」 and its
     * 「戻る」, which continues to where the store was going.
     */
    public static void acceptMemberTerms(Browser browser) {
        browser.find(By.id("omakase-store-terms-form"));
        browser.click(By.id("acceptTerms"));
        browser.click(By.id("acceptPrivacy"));
        browser.click(By.id("omakase-next"));
        browser.find(By.id("omakase-store-terms-complete"));
        browser.click(By.id("omakase-back"));
    }

    /**
     * Store page → 「詳しくはこちら」 → 「カートに入れる」 → login → member terms → お客様情報 (the pre-filled form plus {@code typed}, field id to
     * value, contact on Monday 13–15) → 最終確認 → 「注文を実行する」; answers the order number of ご注文完了.
     */
    public static String firstOrder(Browser browser, String baseUrl, String email, String password, Map<String, String> typed) {
        browser.open(baseUrl + "/realms/bizid/omakase/store/");
        browser.click(By.id("omakase-product-details"));
        browser.click(By.id("omakase-add-to-cart"));
        KeycloakPages.logIn(browser, email, password);
        acceptMemberTerms(browser);
        browser.click(By.id("omakase-to-order"));
        typed.forEach((field, value) -> browser.type(By.id(field), value));
        browser.click(By.id("contactDays-MON"));
        browser.click(By.id("contactHours-13-15"));
        browser.click(By.id("omakase-to-confirm"));
        browser.click(By.id("agree"));
        browser.click(By.id("omakase-next"));
        browser.find(By.id("omakase-order-complete"));
        return browser.find(By.id("omakase-order-number")).getText();
    }
}
