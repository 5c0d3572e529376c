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
import jp.omakase.testing.ProgressLabels;
import jp.omakase.testing.StoreWalk;
import jp.omakase.testing.TestEnvironment;

/**
 * The store's pages in the browser: top page, product, login and member terms, cart, details (contact days),
 * final confirmation, order, history, each in the store's layout with the manual's wording and its STEP bar whole at
 * 360 and 1280 px.
 */
@KeycloakIT
class StoreOrderIT {

    private static final String PASSWORD = "Omakase-2026!";
    /** The store's STEP bar (seed 2(3)-3: STEP 4 without お見積, which this store does not make). */
    static final List<String> STORE_STEPS = List.of("ショッピングカート", "お客様情報の入力", "最終確認", "ご注文完了");

    @Test
    void fromTheProductPageToOneOrderAndItsHistory(TestEnvironment env, Browser browser) {
        String email = uniqueEmail("buyer");
        String id = env.admin().createBusinessId(email, PASSWORD, Map.of("companyName", List.of("山田商事株式会社"),
                "companyKana", List.of("ヤマダショウジ"), "department", List.of("情報システム部")));
        String store = env.baseUrl() + "/realms/bizid/omakase/store/";

        topAndProductPages(browser, store);
        // no session: the Business ID login of the store client, then its member terms, then the cart
        KeycloakPages.logIn(browser, email, PASSWORD);
        StoreWalk.acceptMemberTerms(browser);

        cart(browser);
        contractorForm(browser, email);
        contactDays(browser, store);
        finalConfirmation(browser);
        click(browser, "agree");
        // a double click on 「注文を実行する」: the form is sent twice
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var f=document.getElementById('omakase-order-confirm'); var b=document.getElementById('omakase-next'); b.click(); f.submit();");
        browser.find(By.id("omakase-order-complete"));
        assertEquals("ご注文の手続きが完了しました。", browser.find(By.id("omakase-order-complete")).getText());
        assertEquals("今般ご注文いただいた内容はマイページよりご確認ください。", browser.find(By.id("omakase-order-complete-mypage")).getText());
        assertEquals("ご注文完了 | おまかせビジネス向けストア", browser.driver().getTitle());
        assertEquals("トップページへ戻る", browser.find(By.id("omakase-back-to-top")).getText());
        assertEquals("マイページ 注文履歴へ", browser.find(By.id("omakase-history-link")).getText());
        ProgressLabels.assertWhole(browser, "store-complete", STORE_STEPS);
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

    /** 2(1): the top page with おまかせログイン, 「詳しくはこちら」, the product page; 「カートに入れる」. */
    private static void topAndProductPages(Browser browser, String store) {
        // 2(1) the store's top page: おまかせログイン with its description, ※ notes and 「詳しくはこちら」
        browser.open(store);
        assertEquals("商品一覧 | おまかせビジネス向けストア", browser.driver().getTitle());
        assertEquals("おまかせビジネス向けストア", browser.find(By.id("omakase-store-home")).getText());
        assertEquals("おまかせログイン", browser.find(By.id("omakase-product-name")).getText());
        assertTrue(browser.find(By.id("omakase-product-description")).getText().contains("シングルサインオンおよびアカウント管理機能サービスです。"));
        String notes = browser.find(By.id("omakase-product-notes")).getText();
        assertTrue(notes.contains("※本サービスは無償でご利用いただけます。") && notes.contains("※ご利用にはインターネット接続環境が必要です"), notes);
        browser.screenshot("store-top-ja");
        assertEquals("詳しくはこちら", browser.find(By.id("omakase-product-details")).getText());
        click(browser, "omakase-product-details");
        assertEquals("おまかせログイン | おまかせビジネス向けストア", browser.driver().getTitle());
        assertEquals("おまかせログイン", title(browser));
        browser.screenshot("store-product-ja");
        assertEquals("カートに入れる", browser.find(By.id("omakase-add-to-cart")).getText());
        click(browser, "omakase-add-to-cart");

    }

    /** 2(3)-3 ショッピングカート, then 「ご注文手続きへ進む」. */
    private static void cart(Browser browser) {
        assertEquals("ショッピングカート | おまかせビジネス向けストア", browser.driver().getTitle());
        assertEquals("ショッピングカート", title(browser));
        assertEquals("カート", browser.find(By.id("omakase-cart-link")).getText());
        assertEquals("STEP 1\nショッピングカート", browser.find(By.cssSelector("[aria-current='step']")).getText());
        ProgressLabels.assertWhole(browser, "store-cart", STORE_STEPS);
        String totals = browser.find(By.id("omakase-totals")).getText();
        for (String row : List.of("初期費用（税抜）\n0円", "利用料（税抜）\n0円", "税額\n0円", "合計金額（税込）\n0円")) {
            assertTrue(totals.contains(row), row + " in " + totals);
        }
        assertTrue(browser.text().contains("消費税（10%）"), browser.text());
        String price = browser.find(By.id("omakase-price")).getText();
        assertTrue(price.contains("数量 価格（税抜） 税率") && price.contains("初期費用 1 0円 10%") && price.contains("月額利用料 1 0円 10%"), price);
        assertEquals("買い物へ戻る", browser.find(By.id("omakase-back-to-shop")).getText());
        assertEquals("ご注文手続きへ進む", browser.find(By.id("omakase-to-order")).getText());
        browser.screenshot("store-cart-ja");
        click(browser, "omakase-to-order");

    }

    /** 2(3)-4 お客様情報の入力: pre-filled, the contact days in week order, each error under its field. */
    private static void contractorForm(Browser browser, String email) {
        assertEquals("お客様情報の入力（ご注文手続き） | おまかせビジネス向けストア", browser.driver().getTitle());
        ProgressLabels.assertWhole(browser, "store-order", STORE_STEPS);
        assertEquals("山田商事株式会社", value(browser, "companyName"), "pre-filled from the Business ID");
        assertEquals("山田 太郎", value(browser, "name"));
        assertEquals("ヤマダ タロウ", value(browser, "nameKana"));
        assertEquals(email, value(browser, "email"));
        assertEquals(List.of("指定なし", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日"), browser.driver()
                .findElements(By.cssSelector("#omakase-contact-days label")).stream().map(e -> e.getText().strip()).toList());
        assertTrue(browser.find(By.id("omakase-contact-days-hint")).getText().contains("「指定なし」は曜日と一緒には選べません"));
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
    }

    /** 「指定なし」 together with a day: refused on the same page, nothing kept; then Friday and Monday to 最終確認. */
    private static void contactDays(Browser browser, String store) {
        click(browser, "contactDays-ANY");
        click(browser, "contactDays-FRI");
        click(browser, "omakase-to-confirm");
        assertEquals("「指定なし」と曜日を同時に選ぶことはできません。「指定なし」か曜日のどちらかを選んでください。",
                browser.find(By.id("input-error-contactDays")).getText());
        assertTrue(browser.find(By.id("contactDays-ANY")).isSelected() && browser.find(By.id("contactDays-FRI")).isSelected());
        assertEquals("千代田1-1", value(browser, "address2"));
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('omakase-contact-days').scrollIntoView()");
        browser.screenshot("store-order-days-error-ja");
        browser.open(store + "order/confirm");
        browser.find(By.id("omakase-order-form"));
        assertEquals(0, browser.driver().findElements(By.id("input-error-contactDays")).size(), "no draft: the form again");
        browser.type(By.id("postalCode"), "100-0001");
        browser.type(By.id("companyKana"), "ヤマダショウジ");
        browser.type(By.id("address1"), "東京都千代田区");
        browser.type(By.id("address2"), "千代田1-1");
        click(browser, "contactDays-FRI");
        click(browser, "contactDays-MON");
        click(browser, "contactHours-13-15");
        click(browser, "omakase-to-confirm");

    }

    /** 2(3)-5 最終確認: ご注文商品 and ご注文金額 as the manual lists them; 「入力画面へ戻る」 keeps the input. */
    private static void finalConfirmation(Browser browser) {
        assertEquals("最終確認（ご注文手続き） | おまかせビジネス向けストア", browser.driver().getTitle());
        assertEquals("最終確認（ご注文手続き）", title(browser));
        ProgressLabels.assertWhole(browser, "store-confirm", STORE_STEPS);
        String items = browser.find(By.id("omakase-items")).getText();
        assertTrue(items.contains("商品名 数量 単価 総額") && items.contains("おまかせログイン（初期費用） 1 0円 0円")
                && items.contains("月額料 1 0円 0円"), items);
        String amounts = browser.find(By.id("omakase-amounts")).getText();
        assertEquals("消費税（10%）\n0円\n送料（商品別送料）\n0円\n利用料（税込）\n0円\n税額\n0円\n合計金額（税込）\n0円", amounts);
        assertEquals("ご契約者情報（おまかせビジネスID登録情報）と同様", browser.find(By.id("omakase-shipping")).getText());
        String contractor = browser.find(By.id("omakase-contractor")).getText();
        assertTrue(contractor.contains("ヤマダショウジ") && contractor.contains("100-0001") && contractor.contains("13時～15時"), contractor);
        assertEquals("月曜日、金曜日", browser.find(By.id("omakase-contractor-days")).getText(), "week order");
        assertTrue(browser.find(By.id("omakase-guide-link")).isDisplayed() && browser.find(By.id("omakase-cautions-link")).isDisplayed());
        assertEquals("入力画面へ戻る", browser.find(By.id("omakase-back-to-form")).getText());
        assertEquals("注文を実行する", browser.find(By.id("omakase-next")).getText());
        click(browser, "omakase-back-to-form");
        assertEquals("千代田1-1", value(browser, "address2"), "入力画面へ戻る keeps the input");
        assertTrue(browser.find(By.id("contactDays-MON")).isSelected() && browser.find(By.id("contactDays-FRI")).isSelected());
        click(browser, "omakase-to-confirm");
        browser.screenshot("store-confirm-ja");
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

    private static String title(Browser browser) {
        return browser.find(By.id("omakase-page-title")).getText();
    }

    private static String value(Browser browser, String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }

    private static void click(Browser browser, String id) {
        browser.click(By.id(id));
    }
}
