package jp.omakase.tenant.users;

import java.util.List;

import org.keycloak.models.UserModel;

import jp.omakase.tenant.ConsoleAccess;

/**
 * View bean {@code omakaseUser} of a user's page: the details, the state, and the actions that apply to it (変更,
 * 無効化 or 有効化, 招待メールの再送 while the invitation is unused, ロック解除 while locked, パスワード再設定 once a password
 * is set, 削除), each a form or link of this user's URL.
 */
public final class UserDetailView {

    /** One line of the details: label key and value. */
    public record Item(String id, String labelKey, String value) {
    }

    private final UserModel user;
    private final UserState state;
    private final boolean admin;
    private final String base;
    private final String error;
    private final UserLock lock;

    UserDetailView(ConsoleAccess.Granted access, UserModel user, boolean admin, String error) {
        this.user = user;
        this.state = UserState.of(access.session(), access.realm(), user);
        this.admin = admin;
        this.base = access.pages().url(access.path("users/" + user.getId())).toString();
        this.error = error;
        this.lock = state == UserState.LOCKED ? UserLock.of(access.session(), access.realm(), user) : UserLock.NONE;
    }

    public List<Item> getItems() {
        UserForm f = UserForm.of(user, admin);
        return List.of(new Item("omakase-user-name", "omakaseConsoleColumnName", UserListView.join(f.lastName(), f.firstName())),
                new Item("omakase-user-kana", "omakaseConsoleColumnKana", UserListView.join(f.lastNameKana(), f.firstNameKana())),
                new Item("omakase-user-email", "omakaseConsoleFieldEmail", f.email()),
                new Item("omakase-user-department", "omakaseConsoleFieldDepartment", f.department()),
                new Item("omakase-user-phone", "omakaseConsoleFieldPhone", f.phone()));
    }

    public String getName() {
        return UserListView.join(user.getLastName(), user.getFirstName());
    }

    public String getStateKey() {
        return state.messageKey();
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isEnabled() {
        return user.isEnabled();
    }

    public boolean isInvited() {
        return state == UserState.INVITED;
    }

    /** The brute-force lockout (ロック中: since, failures, until) or {@link UserLock#NONE}. */
    public UserLock getLock() {
        return lock;
    }

    /** This user's URL (no trailing slash); actions are {@code base + "/edit"}, {@code "/disable"}, … */
    public String getBase() {
        return base;
    }

    /** A refused change (the last administrator) or null. */
    public String getError() {
        return error;
    }
}
