package jp.omakase.tenant;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 15, 一括登録・一括変更・一括削除 (first part) over HTTP: the template and the export downloads, and the check of an
 * uploaded CP932 file that lists exactly its bad rows and writes nothing; no token → 403, too large → the page's error.
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
                case 25 -> "削除," + otherTenant + ",,,,,,,,";
                case 40 -> "登録,not-an-email,山田,太郎,ヤマダ,タロウ,,,,いいえ";
                default -> "登録,csv-new-" + row + "-" + suffix + "@example.jp,山田,太郎,ヤマダ,タロウ,営業部,03-1234-5678,,いいえ";
            };
            csv.append(line).append("\r\n");
        }
        return csv.toString().getBytes(Charset.forName("windows-31j"));
    }
}
