package jp.omakase.tenant.users;

import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.UserModel;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleResults;

/**
 * The one-button changes of a user's page (無効化, 有効化, 招待メールの再送, 削除, ロック解除, パスワード再設定), posted with the page's token: access
 * checked first (the caller's {@link ConsoleAccess}), the user looked up among the tenant's members, then the change;
 * a refused change (the last administrator) shows the user's page with the reason.
 */
final class UserActions {

    enum Kind { DISABLE, ENABLE, INVITE, DELETE, UNLOCK, RESET_PASSWORD }

    private UserActions() {
    }

    static Response run(ConsoleAccess access, PageRequest pages, String userId, MultivaluedMap<String, String> form, Kind kind,
                        Function<ConsoleAccess.Granted, TenantUsers> usersOf) {
        if (access.denied()) {
            return access.response();
        }
        ConsoleAccess.Granted g = access.granted();
        UserModel user = g.member(userId);
        if (user == null) {
            return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
        }
        if (!pages.csrfMatches(g.who(), form)) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        TenantUsers users = usersOf.apply(g);
        TenantUsers.Outcome outcome = switch (kind) {
            case DISABLE -> users.setEnabled(user, false);
            case ENABLE -> users.setEnabled(user, true);
            case INVITE -> users.reinvite(user);
            case DELETE -> users.delete(user);
            case UNLOCK -> users.unlock(user);
            case RESET_PASSWORD -> users.resetPassword(user);
        };
        if (outcome == TenantUsers.Outcome.LAST_ADMIN || outcome == TenantUsers.Outcome.SHARED) {
            String error = outcome == TenantUsers.Outcome.SHARED ? "omakaseConsoleErrorShared" : "omakaseConsoleErrorLastAdmin";
            return UserPages.userPage(pages, g, user, error, "omakase-console-user.ftl", users);
        }
        String result = switch (kind) {
            case DISABLE -> ConsoleResults.USER_DISABLED;
            case ENABLE -> ConsoleResults.USER_ENABLED;
            case INVITE -> outcome == TenantUsers.Outcome.NO_MAIL ? ConsoleResults.USER_INVITE_NO_MAIL : ConsoleResults.USER_INVITED;
            case DELETE -> ConsoleResults.USER_DELETED;
            case UNLOCK -> ConsoleResults.USER_UNLOCKED;
            case RESET_PASSWORD -> outcome == TenantUsers.Outcome.NO_MAIL
                    ? ConsoleResults.USER_RESET_NO_MAIL : ConsoleResults.USER_RESET;
        };
        return UserPages.done(pages, g, result);
    }
}
