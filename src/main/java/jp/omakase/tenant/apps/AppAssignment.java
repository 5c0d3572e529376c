package jp.omakase.tenant.apps;

import java.util.List;
import java.util.Map;

import org.keycloak.events.admin.OperationType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.groups.TenantGroups;

/**
 * Who may use an app ({@link AppAccess} asks the same data): every member ({@link TenantApps#ASSIGN_ALL}) or the chosen
 * groups and users ({@link TenantApps#ASSIGN_CHOSEN}), who hold the app's client role {@link TenantApps#ACCESS_ROLE}.
 * Groups and users are looked up among this tenant's only; each change is an admin event.
 */
final class AppAssignment {

    private final ConsoleAccess.Granted access;
    private final TenantGroups groups;

    AppAssignment(ConsoleAccess.Granted access) {
        this.access = access;
        this.groups = new TenantGroups(access);
    }

    TenantGroups groups() {
        return groups;
    }

    static RoleModel role(ClientModel app) {
        RoleModel role = app.getRole(TenantApps.ACCESS_ROLE);
        return role != null ? role : app.addRole(TenantApps.ACCESS_ROLE);
    }

    void mode(ClientModel app, boolean all) {
        String mode = all ? TenantApps.ASSIGN_ALL : TenantApps.ASSIGN_CHOSEN;
        if (!mode.equals(app.getAttribute(TenantApps.ASSIGNMENT))) {
            app.setAttribute(TenantApps.ASSIGNMENT, mode);
            AppEvents.app(access, OperationType.UPDATE, app.getId(), "assignment", Map.of("assignment", mode));
        }
    }

    /** This tenant's groups holding the role (directly), in tree order. */
    List<GroupModel> groupsWithAccess(ClientModel app) {
        RoleModel role = role(app);
        return groups.tree().stream().map(TenantGroups.Node::group).filter(g -> g.hasDirectRole(role)).toList();
    }

    /** This tenant's members holding the role directly (at most {@code max}). */
    List<UserModel> usersWithAccess(ClientModel app, int max) {
        return access.session().users().getRoleMembersStream(access.realm(), role(app), 0, max)
                .filter(u -> access.orgs().isMember(access.tenant(), u)).toList();
    }

    void grant(ClientModel app, GroupModel group) {
        RoleModel role = role(app);
        if (!group.hasDirectRole(role)) {
            group.grantRole(role);
            AppEvents.access(access, OperationType.CREATE, "groups", group.getId(), app.getId(), "access-granted");
        }
    }

    void revoke(ClientModel app, GroupModel group) {
        RoleModel role = role(app);
        if (group.hasDirectRole(role)) {
            group.deleteRoleMapping(role);
            AppEvents.access(access, OperationType.DELETE, "groups", group.getId(), app.getId(), "access-revoked");
        }
    }

    void grant(ClientModel app, UserModel user) {
        RoleModel role = role(app);
        if (!user.hasDirectRole(role)) {
            user.grantRole(role);
            AppEvents.access(access, OperationType.CREATE, "users", user.getId(), app.getId(), "access-granted");
        }
    }

    void revoke(ClientModel app, UserModel user) {
        RoleModel role = role(app);
        if (user.hasDirectRole(role)) {
            user.deleteRoleMapping(role);
            AppEvents.access(access, OperationType.DELETE, "users", user.getId(), app.getId(), "access-revoked");
        }
    }
}
