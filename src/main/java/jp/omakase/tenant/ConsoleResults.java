package jp.omakase.tenant;

import java.util.Set;

/**
 * The one-line results a console page shows after a change (DESIGN.md: 「ユーザーを追加しました」). A change ends with a
 * 303 to its list carrying {@code ?done=<name>}; only the names here are shown, so a link cannot put other text on the
 * page.
 */
public final class ConsoleResults {

    public static final String PARAM = "done";
    public static final String USER_ADDED = "user-added";
    public static final String USER_UPDATED = "user-updated";
    public static final String USER_DISABLED = "user-disabled";
    public static final String USER_ENABLED = "user-enabled";
    public static final String USER_INVITED = "user-invited";
    public static final String USER_DELETED = "user-deleted";
    /** Added (or invited again), but no mail: the realm has no public URL (the log says what to set). */
    public static final String USER_ADDED_NO_MAIL = "user-added-no-mail";
    public static final String USER_INVITE_NO_MAIL = "user-invite-no-mail";
    public static final String USER_UNLOCKED = "user-unlocked";
    public static final String USER_RESET = "user-password-reset";
    public static final String USER_RESET_NO_MAIL = "user-password-reset-no-mail";

    // グループ管理
    public static final String GROUP_CREATED = "group-created";
    public static final String GROUP_RENAMED = "group-renamed";
    public static final String GROUP_DELETED = "group-deleted";

    // SaaS設定
    public static final String APP_CREATED = "app-created";
    public static final String APP_UPDATED = "app-updated";
    public static final String APP_DISABLED = "app-disabled";
    public static final String APP_ENABLED = "app-enabled";
    public static final String APP_DELETED = "app-deleted";
    public static final String APP_SECRET_ROTATED = "app-secret-rotated";
    public static final String APP_ASSIGNMENT_SAVED = "app-assignment-saved";

    // セキュリティ設定
    public static final String PASSWORD_POLICY_SAVED = "password-policy-saved";
    public static final String NETWORKS_SAVED = "networks-saved";
    // セキュリティ設定 › 多要素認証
    public static final String MFA_SAVED = "mfa-saved";
    public static final String MFA_RESET = "mfa-reset";

    private static final Set<String> KNOWN = Set.of(USER_ADDED, USER_UPDATED, USER_DISABLED, USER_ENABLED, USER_INVITED, USER_DELETED,
            USER_ADDED_NO_MAIL, USER_INVITE_NO_MAIL, USER_UNLOCKED, USER_RESET, USER_RESET_NO_MAIL,
            GROUP_CREATED, GROUP_RENAMED, GROUP_DELETED,
            APP_CREATED, APP_UPDATED, APP_DISABLED, APP_ENABLED, APP_DELETED, APP_SECRET_ROTATED, APP_ASSIGNMENT_SAVED,
            PASSWORD_POLICY_SAVED, NETWORKS_SAVED, MFA_SAVED, MFA_RESET);

    private ConsoleResults() {
    }

    /** The message key of a known result name ({@code user-added} → {@code omakaseConsoleDoneUserAdded}), else null. */
    public static String known(String name) {
        if (name == null || !KNOWN.contains(name)) {
            return null;
        }
        StringBuilder key = new StringBuilder("omakaseConsoleDone");
        for (String part : name.split("-")) {
            key.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return key.toString();
    }
}
