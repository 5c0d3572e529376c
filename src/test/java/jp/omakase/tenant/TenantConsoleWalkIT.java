package jp.omakase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakPages;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 15's done-when, walked in one real Chromium as a person would (labels, buttons and links by their text): the
 * administrator adds a user, who sets a password from the invitation mail and logs in; a group with the user; disable
 * (login refused), enable; a lockout by wrong passwords released by the administrator; the CSV check of 50 users with
 * 3 bad rows; the export equal to what the pages show; the English console. The other tenant ITs prove each step in
 * detail over HTTP; this one proves that the pages lead a person through them in order.
 */
@KeycloakIT
class TenantConsoleWalkIT {

    private static final String USER_PASSWORD = "Hanako-Pass-2026";
    private static final String HEADER = "操作,メールアドレス,姓,名,セイ,メイ,部署名,電話番号,グループ,管理者";

    @Test
    void anAdministratorManagesTheTenantsPeopleThroughTheConsole(TestEnvironment env, Browser browser, @TempDir Path downloads)
            throws Exception {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "ウォーク商事");
        String base = env.baseUrl();
        ConsoleWalk walk = new ConsoleWalk(browser);
        browser.open(base + t.console(""));
        KeycloakPages.logIn(browser, t.adminEmail(), ConsoleTenants.PASSWORD);
        walk.page("home", "ホーム");

        // adds a user
        browser.click(ConsoleWalk.link("ユーザー管理"));
        browser.click(ConsoleWalk.link("ユーザーを追加する"));
        String email = "walk-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        Map<String, String> person = new LinkedHashMap<>();
        person.put("姓", "山田");
        person.put("名", "花子");
        person.put("セイ", "ヤマダ");
        person.put("メイ", "ハナコ");
        person.put("メールアドレス（ログインID）", email);
        person.put("部署名", "人事部");
        person.put("電話番号", "03-1234-5678");
        walk.fill(person);
        walk.page("add-user", "ユーザーの追加");
        browser.click(ConsoleWalk.button("追加する"));
        assertEquals("ユーザーを追加しました。招待メールを送信しました。", walk.result());
        assertTrue(browser.text().contains("招待中"));

        try (Browser user = Browser.launch()) {
            // the user: the invitation mail, a password, the login (a plain member: no tenant to administer)
            String mail = Mails.text(Mails.awaitMailTo(env.mail(), email, TenantUsersIT.INVITE_SUBJECT, Duration.ofSeconds(30)));
            user.open(Mails.firstLink(mail, base + "/realms/omakase/omakase/tenant/first-login?key="));
            KeycloakPages.updatePassword(user, USER_PASSWORD);
            user.find(By.id("username"));
            KeycloakPages.logIn(user, email, USER_PASSWORD);
            assertTrue(user.text().contains("このアカウントが管理するテナントはありません。"), user.text());

            // a group 営業部 / 東京 with the user in it
            browser.click(ConsoleWalk.link("グループ管理"));
            walk.fill(Map.of("グループ名", "営業部"));
            browser.click(ConsoleWalk.button("作成する"));
            assertEquals("グループを作成しました。", walk.result());
            walk.fill(Map.of("グループ名", "東京"));
            new Select(browser.find(walk.field("親グループ"))).selectByVisibleText("営業部");
            browser.click(ConsoleWalk.button("作成する"));
            browser.click(ConsoleWalk.link("東京"));
            walk.fill(Map.of("追加するユーザーのメールアドレス", email));
            browser.click(ConsoleWalk.button("メンバーを追加する"));
            assertTrue(browser.find(By.id("omakase-group-members")).getText().contains(email));
            browser.click(ConsoleWalk.link("グループ管理"));
            walk.page("groups", "グループ管理");

            // disabled: the login is refused with a clear message; enabled again
            openUser(browser, "山田 花子");
            browser.click(ConsoleWalk.button("無効にする"));
            assertEquals("ユーザーを無効にしました。", walk.result());
            String refused = ConsoleWalk.logIn(user, base, email, USER_PASSWORD);
            assertTrue(refused.contains("アカウントが無効です。管理者に連絡してください。"), refused);
            openUser(browser, "山田 花子");
            browser.click(ConsoleWalk.button("有効にする"));
            assertEquals("ユーザーを有効にしました。", walk.result());

            // locked out by wrong passwords (the realm's brute-force protection), released by the administrator
            for (int i = 1; i <= 5; i++) {
                ConsoleWalk.logIn(user, base, email, "Wrong-Pass-" + i);
            }
            String locked = ConsoleWalk.logIn(user, base, email, USER_PASSWORD);
            assertTrue(locked.contains("無効なユーザー名またはパスワードです。"), "even the right password is refused: " + locked);
            openUser(browser, "山田 花子");
            assertEquals("ロック中", browser.find(By.id("omakase-user-state")).getText());
            walk.page("user-locked", "ユーザー詳細");
            browser.click(ConsoleWalk.button("ロックを解除する"));
            assertEquals("ロックを解除しました。", walk.result());
            assertTrue(ConsoleWalk.logIn(user, base, email, USER_PASSWORD).contains("このアカウントが管理するテナントはありません。"));
        }
        browser.click(ConsoleWalk.link("ログイン履歴"));
        assertTrue(browser.text().contains("失敗") && browser.text().contains("成功"), browser.text());
        walk.page("sign-ins", "ログイン履歴", "omakase-tenant-admin");

        // CSV: 50 users with 3 bad rows; the check lists exactly those rows
        browser.click(ConsoleWalk.link("ユーザー管理"));
        browser.click(ConsoleWalk.link("一括登録・一括変更・一括削除"));
        Path file = downloads.resolve("upload").resolve("users-50.csv");
        Files.createDirectories(file.getParent());
        Files.write(file, fifty(email));
        browser.find(walk.field("CSVファイル（5MBまで）")).sendKeys(file.toString());
        browser.click(ConsoleWalk.button("ファイルをチェック"));
        List<String> errors = browser.driver().findElements(By.className("omakase-csv-row-error")).stream()
                .map(WebElement::getText).toList();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("10行目 セイ:") && errors.get(1).startsWith("25行目 電話番号:")
                && errors.get(2).startsWith("40行目 メールアドレス"), errors.toString());
        assertEquals("エラーのある行: 3件", browser.find(By.id("omakase-csv-count-invalid")).getText());
        walk.page("csv-check", "一括登録・一括変更・一括削除");
        // the apply of the 47 rows without errors, in the background; the progress page refreshes itself to the end
        browser.click(ConsoleWalk.button("エラーのない47行を反映する"));
        for (int i = 0; i < 120 && !browser.text().contains("反映が完了しました。"); i++) {
            Thread.sleep(500);
        }
        assertEquals("追加: 47件", browser.find(By.id("omakase-csv-outcome-added")).getText(), browser.text());
        assertEquals("エラー: 3件", browser.find(By.id("omakase-csv-outcome-failed")).getText());
        walk.page("csv-applied", "一括登録・一括変更・一括削除の反映");
        browser.click(ConsoleWalk.link("一括登録・一括変更・一括削除に戻る"));

        // the export equals what the pages show (the administrator, the walk's user and the 47 from the file)
        String export = walk.download("ユーザー一覧をダウンロード", downloads, "users.csv");
        List<String> rows = Arrays.asList(export.split("\r\n"));
        assertEquals("\uFEFF" + HEADER, rows.get(0));
        browser.click(ConsoleWalk.link("ユーザー管理"));
        List<WebElement> listed = browser.driver().findElements(By.className("omakase-user-row"));
        assertEquals(listed.size(), rows.size() - 1, export);
        for (WebElement row : listed) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            String[] csv = rows.stream().filter(r -> r.contains("," + cells.get(2) + ",")).findFirst().orElseThrow().split(",", -1);
            assertEquals(cells.get(0), (csv[2] + " " + csv[3]).strip(), "氏名");
            assertEquals(cells.get(1), (csv[4] + " " + csv[5]).strip(), "フリガナ");
            assertEquals(cells.get(3), csv[6], "部署名");
            assertEquals(cells.get(5).isEmpty() ? "いいえ" : "はい", csv[9], "管理者");
        }
        openUser(browser, "山田 花子");
        String groups = browser.driver().findElements(By.cssSelector(".omakase-user-group span")).stream()
                .map(e -> e.getText().replace(" / ", "/")).collect(Collectors.joining(";"));
        assertEquals("営業部/東京", groups);
        assertTrue(rows.contains("変更," + email + ",山田,花子,ヤマダ,ハナコ,人事部,03-1234-5678," + groups + ",いいえ"), export);

        // the same console in English: the administrator picks English on the login page (kc_locale=en)
        try (Browser english = Browser.launch()) {
            english.open(base + t.console("users"));
            new Select(english.find(By.id("login-select-toggle"))).getOptions().stream()
                    .filter(o -> o.getAttribute("value").endsWith("kc_locale=en")).findFirst().orElseThrow().click();
            new WebDriverWait(english.driver(), Duration.ofSeconds(20)).until(d -> "en".equals(english.lang()));
            KeycloakPages.logIn(english, t.adminEmail(), ConsoleTenants.PASSWORD);
            ConsoleWalk en = walk.in(english);
            assertEquals("Users", english.find(By.tagName("h1")).getText());
            en.assertEnglish("users-en", List.of(t.name(), "管理 花子", "山田 花子", "ヤマダ ハナコ", "人事部", "山田 太郎", "ヤマダ タロウ",
                    "営業部 / 東京", "営業部"));
            english.click(ConsoleWalk.link("Sign-in log"));
            assertEquals("Sign-in log", english.find(By.tagName("h1")).getText());
            en.assertEnglish("sign-ins-en", List.of(t.name(), "管理 花子"));
        }
    }

    private static void openUser(Browser browser, String name) {
        browser.click(ConsoleWalk.link("ユーザー管理"));
        browser.click(ConsoleWalk.link(name));
    }

    /** 50 user rows in UTF-8 with BOM (Excel's 「CSV UTF-8」); rows 10, 25 and 40 are bad (kana, phone, e-mail). */
    private static byte[] fifty(String member) {
        String suffix = member.substring(5, 13);
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int row = 2; row <= 51; row++) {
            String email = "csv-" + row + "-" + suffix + "@example.jp";
            csv.append(switch (row) {
                case 10 -> "登録," + email + ",山田,太郎,やまだ,タロウ,営業部,03-1234-5678,営業部/東京,いいえ";
                case 25 -> "登録," + email + ",山田,太郎,ヤマダ,タロウ,営業部,12345,営業部/東京,いいえ";
                case 40 -> "登録,not-an-email,山田,太郎,ヤマダ,タロウ,営業部,03-1234-5678,,いいえ";
                default -> "登録," + email + ",山田,太郎,ヤマダ,タロウ,営業部,03-1234-5678,営業部/東京,いいえ";
            }).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
