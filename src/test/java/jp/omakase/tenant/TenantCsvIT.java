package jp.omakase.tenant;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 15, 一括登録・一括変更・一括削除 (first part) over HTTP: the template and the export downloads, and the check of an
 * uploaded CP932 file that lists exactly its bad rows and writes nothing; no token → 403, too large → the page's error;
 * the apply of a checked file in the background, its result, and the same file again.
 */
@KeycloakIT
class TenantCsvIT {

    private static final String HEADER = "操作,メールアドレス,姓,名,セイ,メイ,部署名,電話番号,グループ,管理者";
    private static final Pattern ROW_ERROR = Pattern.compile("class=\"omakase-csv-row-error\" data-row=\"(\\d+)\" data-column=\"(\\w*)\"");

    @Test
    void downloadsAndTheCheckOfAFile(TestEnvironment env) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "一括A社");
        ConsoleTenants.Tenant b = ConsoleTenants.create(env, "一括B社");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String one = "csv-one-" + suffix + "@example.jp";
        String two = "csv-two-" + suffix + "@example.jp";
        String bEmail = "csv-b-" + suffix + "@example.jp";
        ConsoleTenants.member(env, a.id(), one, "一括", "一郎", false);
        ConsoleTenants.member(env, a.id(), two, "一括", "二郎", false);
        ConsoleTenants.member(env, b.id(), bEmail, "別社", "三郎", false);

        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(a.console("users/csv"), a.adminEmail(), ConsoleTenants.PASSWORD));
        HttpResponse<String> page = admin.get(a.console("users/csv"));
        assertOk(page);
        assertEquals("一括登録・一括変更・一括削除", PageSession.byId(page, "omakase-page-title"));
        String csrf = PageSession.csrf(page).orElseThrow();

        HttpResponse<String> template = admin.get(a.console("users/csv/template"));
        assertOk(template);
        assertTrue(template.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertTrue(template.body().startsWith("\uFEFF" + HEADER + "\r\n#登録,yamada.taro@example.com,"), template.body());

        HttpResponse<String> export = admin.get(a.console("users/csv/export"));
        assertOk(export);
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("users.csv"));
        String[] lines = export.body().split("\r\n");
        assertEquals("\uFEFF" + HEADER, lines[0]);
        assertEquals(4, lines.length, "the header, the administrator and the two members: " + export.body());
        assertTrue(export.body().contains("\r\n変更," + one + ",一括,一郎,") && export.body().contains("\r\n変更," + two + ",一括,二郎,"));
        assertTrue(export.body().contains("\r\n変更," + a.adminEmail() + ","), export.body());
        assertTrue(!export.body().contains(bEmail), "no user of another tenant");

        int membersBefore = members(env, a.id());
        HttpResponse<String> checked = admin.postFile(a.console("users/csv/check"), Map.of("csrf", csrf), "file",
                fifty(suffix, one, bEmail));
        assertOk(checked);
        List<String> errors = new ArrayList<>();
        Matcher m = ROW_ERROR.matcher(checked.body());
        while (m.find()) {
            errors.add(m.group(1) + ":" + m.group(2));
        }
        assertEquals(List.of("10:LAST_NAME_KANA", "25:EMAIL", "40:EMAIL"), errors, checked.body());
        assertTrue(checked.body().contains("25行目 メールアドレス: このテナントのユーザーではありません。"), checked.body());
        assertEquals("登録: 46件", PageSession.byId(checked, "omakase-csv-count-add"));
        assertEquals("変更: 1件", PageSession.byId(checked, "omakase-csv-count-change"));
        assertEquals("エラーのある行: 3件", PageSession.byId(checked, "omakase-csv-count-invalid"));
        assertEquals("エラーのない47行を反映する", PageSession.byId(checked, "omakase-csv-apply"), "the valid rows may be applied");
        assertEquals(membersBefore, members(env, a.id()), "a check writes nothing");
        assertEquals(0, env.admin().get("/realms/omakase/users?email=csv-new-2-" + suffix + "@example.jp&exact=true").size());

        HttpResponse<String> noToken = admin.postFile(a.console("users/csv/check"), Map.of("csrf", "forged"), "file",
                fifty(suffix, one, bEmail));
        assertEquals(403, noToken.statusCode());
        HttpResponse<String> large = admin.postFile(a.console("users/csv/check"), Map.of("csrf", csrf), "file",
                new byte[6 * 1024 * 1024]);
        assertEquals("ファイルが大きすぎます。5MB以下に分けてください。", PageSession.byId(large, "omakase-csv-error"));
        assertEquals(membersBefore, members(env, a.id()));
    }

    /**
     * The apply: a checked file (2 new users, one with nested groups that do not exist yet; a 変更; a 削除; an address of
     * another tenant's user) runs in the background to the result page and file; uploading the same file again changes
     * nothing; the file cannot be applied twice.
     */
    @Test
    void applyingAFileAndApplyingItAgain(TestEnvironment env) throws Exception {
        ConsoleTenants.Tenant c = ConsoleTenants.create(env, "反映C社");
        ConsoleTenants.Tenant other = ConsoleTenants.create(env, "反映D社");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String changed = "apply-change-" + suffix + "@example.jp";
        String gone = "apply-gone-" + suffix + "@example.jp";
        String first = "apply-new1-" + suffix + "@example.jp";
        String second = "apply-new2-" + suffix + "@example.jp";
        String changedId = ConsoleTenants.member(env, c.id(), changed, "変更", "前", false);
        String goneId = ConsoleTenants.member(env, c.id(), gone, "削除", "予定", false);
        String file = "\uFEFF" + HEADER + "\r\n"
                + "登録," + first + ",新人,一郎,シンジン,イチロウ,営業部,03-1234-5678,\"営業部/東京;総務部\",いいえ\r\n"
                + "登録," + second + ",新人,二郎,シンジン,ジロウ,,,,はい\r\n"
                + "変更," + changed + ",変更,後,ヘンコウ,アト,開発部,,営業部,いいえ\r\n"
                + "削除," + gone + ",,,,,,,,\r\n"
                + "登録," + other.adminEmail() + ",他社,管理者,,,,,,いいえ\r\n";

        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(c.console("users/csv"), c.adminEmail(), ConsoleTenants.PASSWORD));
        HttpResponse<String> done = checkAndApply(admin, c, file);
        assertEquals("反映が完了しました。", PageSession.byId(done, "omakase-csv-job-state"));
        assertEquals("5行 / 5行（100%）", PageSession.byId(done, "omakase-csv-job-count"));
        assertTrue(done.body().contains("data-done=\"5\"") && done.body().contains("data-total=\"5\""), done.body());
        assertEquals(List.of("追加: 2件", "変更: 1件", "変更なし: 0件", "削除: 1件", "エラー: 1件"), outcomes(done));

        String users = "/realms/omakase/users";
        JsonNode one = env.admin().get(users + "/" + env.admin().get(users + "?email=" + first + "&exact=true").get(0).path("id").asText());
        assertEquals("新人", one.path("lastName").asText());
        assertEquals("営業部", PageSession.byId(admin.get(c.console("users/" + one.path("id").asText())), "omakase-user-department"));
        String userPage = admin.get(c.console("users/" + one.path("id").asText())).body();
        assertTrue(userPage.contains("営業部 / 東京") && userPage.contains("総務部"), "the groups, created where missing: " + userPage);
        List<String> top = new ArrayList<>();
        env.admin().get("/realms/omakase/organizations/" + c.id() + "/groups").forEach(g -> top.add(g.path("name").asText()));
        assertEquals(List.of("営業部", "総務部"), top.stream().sorted().toList());
        JsonNode two = env.admin().get(users + "?email=" + second + "&exact=true").get(0);
        assertTrue(env.admin().get(users + "/" + two.path("id").asText() + "/role-mappings/realm").toString()
                .contains("omakase-tenant-admin"), "はい: a tenant administrator");
        assertEquals("開発部", PageSession.byId(admin.get(c.console("users/" + changedId)), "omakase-user-department"));
        assertEquals(404, env.admin().send("GET", users + "/" + goneId, null).status(), "削除 deleted the user");
        assertEquals(1, Mails.awaitMailsTo(env.mail(), first, null, 1, Duration.ofSeconds(30)).size(), "the invitation mail");

        Matcher link = Pattern.compile("id=\"omakase-csv-job-result\"[^>]*href=\"([^\"]+)\"").matcher(done.body());
        assertTrue(link.find(), done.body());
        String result = admin.get(link.group(1).replace("&amp;", "&")).body();
        String[] lines = result.split("\r\n");
        assertEquals("\uFEFF行,操作,メールアドレス,結果,メッセージ", lines[0]);
        assertEquals("2,登録," + first + ",追加,", lines[1]);
        assertEquals("5,削除," + gone + ",削除,", lines[4]);
        assertEquals("6,登録," + other.adminEmail() + ",エラー,このメールアドレスは使用できません。別のメールアドレスを入力してください。", lines[5]);
        assertTrue(!result.contains(other.name()), "nothing about the other tenant");

        String export = admin.get(c.console("users/csv/export")).body();
        assertTrue(export.contains("\r\n変更," + first + ",新人,一郎,シンジン,イチロウ,営業部,03-1234-5678,営業部/東京;総務部,いいえ\r\n"),
                "the export holds the groups by path: " + export);
        int members = members(env, c.id());
        HttpResponse<String> again = checkAndApply(admin, c, file);
        assertEquals(List.of("追加: 0件", "変更: 0件", "変更なし: 4件", "削除: 0件", "エラー: 1件"), outcomes(again));
        assertEquals(members, members(env, c.id()), "the same file again changes nothing");
    }

    /** Uploads {@code file}, applies the checked file, and waits for the result page. */
    private static HttpResponse<String> checkAndApply(PageSession admin, ConsoleTenants.Tenant t, String file) throws InterruptedException {
        String csrf = PageSession.csrf(admin.get(t.console("users/csv"))).orElseThrow();
        HttpResponse<String> checked = admin.postFile(t.console("users/csv/check"), Map.of("csrf", csrf), "file",
                file.getBytes(StandardCharsets.UTF_8));
        assertEquals("エラーはありません。", PageSession.byId(checked, "omakase-csv-passed"), checked.body());
        String upload = TenantIsolationIT.uploadId(checked);
        Map<String, List<String>> form = Map.of("csrf", List.of(csrf), "upload", List.of(upload));
        HttpResponse<String> page = admin.post(PageSession.formAction(checked, "omakase-csv-apply-form"), form);
        assertOk(page);
        String job = page.uri().toString();
        assertTrue(job.contains("/users/csv/jobs/"), job);
        assertEquals("このファイルはすでに反映されたか、反映できません。もう一度ファイルをチェックしてください。",
                PageSession.byId(admin.post(t.console("users/csv/apply"), form), "omakase-csv-error"), "a file is applied once");
        for (long end = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < end; Thread.sleep(500)) {
            if (page.body().contains("data-state=\"DONE\"") || page.body().contains("data-state=\"FAILED\"")) {
                return page;
            }
            assertTrue(page.body().contains("http-equiv=\"refresh\""), "the progress page refreshes itself");
            page = admin.get(job);
        }
        throw new AssertionError("not done in 60 s: " + page.body());
    }

    private static List<String> outcomes(HttpResponse<String> page) {
        return List.of("added", "changed", "unchanged", "deleted", "failed").stream()
                .map(o -> PageSession.byId(page, "omakase-csv-outcome-" + o)).toList();
    }

    private static int members(TestEnvironment env, String tenantId) {
        return env.admin().get("/realms/omakase/organizations/" + tenantId + "/members?max=1000").size();
    }

    /** 50 rows in CP932 (Excel's 「CSV（コンマ区切り）」): 46 new users, one 変更 of a member, three bad rows (10, 25, 40). */
    private static byte[] fifty(String suffix, String member, String otherTenant) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int row = 2; row <= 51; row++) {
            String line = switch (row) {
                case 5 -> "変更," + member + ",一括,一郎,イッカツ,イチロウ,,,,いいえ";
                case 10 -> "登録,csv-new-10-" + suffix + "@example.jp,山田,太郎,やまだ,タロウ,,,,いいえ";
                case 25 -> "変更," + otherTenant + ",別社,三郎,ベッシャ,サブロウ,,,,いいえ";
                case 40 -> "登録,not-an-email,山田,太郎,ヤマダ,タロウ,,,,いいえ";
                default -> "登録,csv-new-" + row + "-" + suffix + "@example.jp,山田,太郎,ヤマダ,タロウ,営業部,03-1234-5678,,いいえ";
            };
            csv.append(line).append("\r\n");
        }
        return csv.toString().getBytes(Charset.forName("windows-31j"));
    }
}
