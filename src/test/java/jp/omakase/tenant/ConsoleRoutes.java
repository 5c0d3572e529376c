package jp.omakase.tenant;

import java.util.List;

/**
 * Every route of the tenant console, relative to {@code /realms/omakase/omakase/tenant/{tenant}/}; {@code {user}} stands
 * for a user id, {@code {group}} for a group id, {@code {job}} for a bulk file's id and {@code {app}} for an app (client)
 * id. {@code ConsoleRoutesTest} checks this list against the JAX-RS resource methods found by reflection
 * (so a new route that is not listed here fails), and {@code TenantIsolationIT} requests every one of them with another
 * tenant's ids.
 */
public final class ConsoleRoutes {

    /** One route: HTTP method and path template. */
    public record Route(String method, String path) {

        public String with(String userId) {
            return path.replace("{user}", userId);
        }

        /** The path with a user id and a group id ({@code {group}}: グループ管理). */
        public String with(String userId, String groupId) {
            return with(userId).replace("{group}", groupId);
        }

        /** The path with a user, a group, a bulk file ({@code {job}}) and an app id ({@code {app}}: SaaS設定). */
        public String with(String userId, String groupId, String jobId, String appId) {
            return with(userId, groupId).replace("{job}", jobId).replace("{app}", appId);
        }

        public boolean hasJob() {
            return path.contains("{job}");
        }

        public boolean hasApp() {
            return path.contains("{app}");
        }

        public boolean hasUser() {
            return path.contains("{user}");
        }

        public boolean hasGroup() {
            return path.contains("{group}");
        }
    }

    public static final List<Route> ALL = List.of(
            new Route("GET", ""),
            new Route("GET", "users"),
            new Route("POST", "users"),
            new Route("GET", "users/new"),
            new Route("GET", "users/{user}"),
            new Route("GET", "users/{user}/edit"),
            new Route("POST", "users/{user}/edit"),
            new Route("POST", "users/{user}/disable"),
            new Route("POST", "users/{user}/enable"),
            new Route("POST", "users/{user}/invite"),
            // ロック解除 and パスワード再設定
            new Route("POST", "users/{user}/unlock"),
            new Route("POST", "users/{user}/reset-password"),
            // 2要素目の登録を解除 (多要素認証)
            new Route("POST", "users/{user}/reset-mfa"),
            new Route("GET", "users/{user}/delete"),
            new Route("POST", "users/{user}/delete"),
            // 一括登録・一括変更・一括削除 (csv/check is a multipart form; csv/apply names a checked file in its field upload)
            new Route("GET", "users/csv"),
            new Route("GET", "users/csv/template"),
            new Route("GET", "users/csv/export"),
            new Route("POST", "users/csv/check"),
            new Route("POST", "users/csv/apply"),
            new Route("GET", "users/csv/jobs/{job}"),
            new Route("GET", "users/csv/jobs/{job}/result"),
            // ログイン履歴
            new Route("GET", "sign-ins"),
            new Route("GET", "sign-ins/csv"),
            // グループ管理
            new Route("GET", "groups"),
            new Route("POST", "groups"),
            new Route("GET", "groups/{group}"),
            new Route("POST", "groups/{group}/rename"),
            new Route("GET", "groups/{group}/delete"),
            new Route("POST", "groups/{group}/delete"),
            new Route("POST", "groups/{group}/members"),
            new Route("POST", "groups/{group}/members/{user}/remove"),
            new Route("POST", "users/{user}/groups"),
            new Route("POST", "users/{user}/groups/{group}/remove"),
            // セキュリティ設定 › 多要素認証
            new Route("GET", "security/mfa"),
            new Route("POST", "security/mfa"),
            // SaaS設定
            new Route("GET", "apps"),
            new Route("POST", "apps"),
            new Route("GET", "apps/new"),
            new Route("GET", "apps/{app}"),
            new Route("GET", "apps/{app}/edit"),
            new Route("POST", "apps/{app}/edit"),
            new Route("POST", "apps/{app}/disable"),
            new Route("POST", "apps/{app}/enable"),
            new Route("GET", "apps/{app}/delete"),
            new Route("POST", "apps/{app}/delete"),
            new Route("POST", "apps/{app}/secret"),
            new Route("GET", "apps/{app}/certificate"),
            new Route("POST", "apps/{app}/assignment"),
            new Route("POST", "apps/{app}/assignment/groups"),
            new Route("POST", "apps/{app}/assignment/groups/{group}/remove"),
            new Route("POST", "apps/{app}/assignment/users"),
            new Route("POST", "apps/{app}/assignment/users/{user}/remove"),
            // セキュリティ設定 (パスワードポリシー, アクセス制限)
            new Route("GET", "security"),
            new Route("GET", "security/password"),
            new Route("POST", "security/password"),
            new Route("GET", "security/networks"),
            new Route("POST", "security/networks"),
            // お問い合わせ
            new Route("GET", "inquiry"),
            new Route("POST", "inquiry"));

    private ConsoleRoutes() {
    }
}
