package jp.omakase.tenant;

import static jp.omakase.security.PageSession.assertOk;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/** TEMPORARY, not committed: a 2,000-row apply to profile with JFR. */
@KeycloakIT
class CsvApplyProfileIT {

    @Test
    void apply(TestEnvironment env) throws Exception {
        ConsoleTenants.Tenant c = ConsoleTenants.create(env, "性能社");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder f = new StringBuilder("\uFEFF操作,メールアドレス,姓,名,セイ,メイ,部署名,電話番号,グループ,管理者\r\n");
        int n = Integer.getInteger("prof.rows", 2000);
        for (int i = 0; i < n; i++) {
            f.append("登録,p").append(i).append('-').append(suffix).append("@example.jp,山田,太郎,ヤマダ,タロウ,営業部,03-1234-5678,営業部,いいえ\r\n");
        }
        PageSession admin = new PageSession(env.baseUrl());
        assertOk(admin.logIn(c.console("users/csv"), c.adminEmail(), ConsoleTenants.PASSWORD));
        String csrf = PageSession.csrf(admin.get(c.console("users/csv"))).orElseThrow();
        HttpResponse<String> checked = admin.postFile(c.console("users/csv/check"), Map.of("csrf", csrf), "file",
                f.toString().getBytes(StandardCharsets.UTF_8));
        String upload = TenantIsolationIT.uploadId(checked);
        long t0 = System.nanoTime();
        HttpResponse<String> page = admin.post(c.console("users/csv/apply"), Map.of("csrf", List.of(csrf), "upload", List.of(upload)));
        String job = page.uri().toString();
        while (!page.body().contains("data-state=\"DONE\"") && !page.body().contains("data-state=\"FAILED\"")) {
            Thread.sleep(1000);
            page = admin.get(job);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("PROFILE rows=%d seconds=%.1f rate=%.1f/s%n", n, s, n / s);
    }
}
