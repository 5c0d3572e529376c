package jp.omakase.store;

import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import jp.omakase.testing.Browser;
import jp.omakase.testing.Consents;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.Mails;
import jp.omakase.testing.StoreWalk;
import jp.omakase.testing.TestEnvironment;

/** The store's pages in the browser: product, login and member terms, cart, details, final confirmation, order, history. */
@KeycloakIT
class StoreOrderIT {

    private static final String PASSWORD = "Omakase-2026!";

    @Test
    void fromTheProductPageToOneOrderAndItsHistory(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("buyer");
        String id = env.admin().createBusinessId(email, PASSWORD, Map.of("companyName", List.of("山田商事株式会社"),
                "companyKana", List.of("ヤマダショウジ"), "department", List.of("情報システム部")));
        String store = env.baseUrl() + "/realms/bizid/omakase/store/";

        browser.open(store);
        assertEquals("おまかせログイン", browser.find(By.id("kc-page-title")).getText());
        assertTrue(browser.find(By.id("omakase-product-description")).getText().contains("シングルサインオンおよびアカウント管理機能サービス"));
        browser.screenshot("store-product-ja");
        click(browser, "omakase-add-to-cart");

        // no session: the Business ID login of the store client, then its member terms, then the cart
        KeycloakPages.logIn(browser, email, PASSWORD);
        StoreWalk.acceptMemberTerms(browser);

        assertEquals("ショッピングカート", browser.find(By.id("kc-page-title")).getText());
        String totals = browser.find(By.id("omakase-totals")).getText();
        assertTrue(totals.contains("合計金額（税込）") && totals.contains("0円") && totals.contains("消費税（10%）"), totals);
        String price = browser.find(By.id("omakase-price")).getText();
        assertTrue(price.contains("初期費用") && price.contains("月額利用料") && price.contains("10%"), price);
        browser.screenshot("store-cart-ja");
        click(browser, "omakase-to-order");

        assertEquals("お客様情報の入力", browser.find(By.id("kc-page-title")).getText());
        assertEquals("山田商事株式会社", value(browser, "companyName"), "pre-filled from the Business ID");
        assertEquals("山田 太郎", value(browser, "name"));
        assertEquals("ヤマダ タロウ", value(browser, "nameKana"));
        assertEquals(email, value(browser, "email"));
        browser.type(By.id("postalCode"), "1000");
        browser.type(By.id("companyKana"), "やまだしょうじ");
        click(browser, "omakase-to-confirm");
        assertEquals("半角数字7桁で入力してください（例: 100-0001）。", browser.find(By.id("input-error-postalCode")).getText());
        assertEquals("全角カタカナで入力してください。", browser.find(By.id("input-error-companyKana")).getText());
        assertEquals("この項目を入力してください。", browser.find(By.id("input-error-address1")).getText());
        assertEquals("1000", value(browser, "postalCode"), "what was typed stays");
        browser.type(By.id("postalCode"), "100-0001");
        browser.type(By.id("companyKana"), "ヤマダショウジ");
        browser.type(By.id("address1"), "東京都千代田区");
        browser.type(By.id("address2"), "千代田1-1");
        click(browser, "contactDays-MON");
        click(browser, "contactHours-13-15");
        click(browser, "omakase-to-confirm");

        assertEquals("最終確認", browser.find(By.id("kc-page-title")).getText());
        String contractor = browser.find(By.id("omakase-contractor")).getText();
        assertTrue(contractor.contains("ヤマダショウジ") && contractor.contains("100-0001") && contractor.contains("月曜日")
                && contractor.contains("13時～15時"), contractor);
        assertTrue(browser.find(By.id("omakase-guide-link")).isDisplayed() && browser.find(By.id("omakase-cautions-link")).isDisplayed());
        click(browser, "omakase-back-to-form");
        assertEquals("千代田1-1", value(browser, "address2"), "入力画面へ戻る keeps the input");
        assertTrue(browser.find(By.id("contactDays-MON")).isSelected());
        click(browser, "omakase-to-confirm");
        browser.screenshot("store-confirm-ja");
        click(browser, "agree");
        // a double click on 「注文を実行する」: the form is sent twice
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var f=document.getElementById('omakase-order-confirm'); var b=document.getElementById('omakase-next'); b.click(); f.submit();");
        browser.find(By.id("omakase-order-complete"));
        assertEquals("ご注文の手続きが完了しました。", browser.find(By.id("omakase-order-complete")).getText());
        String number = browser.find(By.id("omakase-order-number")).getText();
        assertTrue(number.startsWith("OML-"), number);

        MimeMessage mail = Mails.awaitMailTo(env.mail(), email, "【おまかせビジネス向けストア】ご注文完了のお知らせ", Duration.ofSeconds(30));
        assertTrue(Mails.text(mail).contains("ご注文番号: " + number), Mails.text(mail));

        long events = 0;
        String orderPath = null;
        for (com.fasterxml.jackson.databind.JsonNode e : env.admin().get("/realms/bizid/admin-events?max=500")) {
            if ("OMAKASE_ORDER".equals(e.path("resourceType").asText()) && e.path("representation").asText().contains(number)) {
                assertEquals("CREATE", e.path("operationType").asText());
                assertEquals(id, e.path("authDetails").path("userId").asText(), "the Business ID placed it");
                orderPath = e.path("resourcePath").asText();
                events++;
            }
        }
        assertEquals(1, events, "one admin event for one order");
        // 「上記内容に同意する」: 利用ガイド and ご注意事項 as shown, recorded once with the order (after the member terms)
        List<com.fasterxml.jackson.databind.JsonNode> orderConsents = new java.util.ArrayList<>();
        Consents.of(env, id).forEach(c -> {
            if ("order".equals(c.path("context").asText())) {
                orderConsents.add(c);
            }
        });
        assertEquals(2, orderConsents.size(), orderConsents.toString());
        Consents.assertConsentToCurrent(env, orderConsents.get(0), "order-cautions", "order");
        Consents.assertConsentToCurrent(env, orderConsents.get(1), "order-guide", "order");
        for (com.fasterxml.jackson.databind.JsonNode c : orderConsents) {
            assertEquals("omakase/orders/" + c.path("orderId").asText(), orderPath, c.toString());
        }

        click(browser, "omakase-history-link");
        List<String> numbers = browser.driver().findElements(By.cssSelector(".omakase-history-number")).stream()
                .map(e -> e.getText()).toList();
        assertEquals(List.of(number), numbers, "exactly one order");
        // provisioning may already have made the tenant: ご注文受付, 開通手続き中 or ご利用中, never an error
        String state = browser.find(By.cssSelector(".omakase-history-state")).getText();
        assertTrue(List.of("ご注文受付", "開通手続き中", "ご利用中").contains(state), state);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused(TestEnvironment env, Browser browser) {
        browser.open(env.baseUrl() + "/realms/bizid/omakase/store/cart");
        browser.find(By.id("username"));
        // without a session (and without the form token) a post leads to the login, never to an order
        ((JavascriptExecutor) browser.driver()).executeScript("var f=document.createElement('form');f.method='post';"
                + "f.action=arguments[0];var i=document.createElement('input');i.name='agree';i.value='on';f.appendChild(i);"
                + "document.body.appendChild(f);f.submit();", env.baseUrl() + "/realms/bizid/omakase/store/order/confirm");
        browser.waitForPage();
        browser.find(By.id("username"));
    }

    private static String value(Browser browser, String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }

    private static void click(Browser browser, String id) {
        browser.click(By.id(id));
    }
}
