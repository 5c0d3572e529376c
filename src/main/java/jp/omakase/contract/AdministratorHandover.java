package jp.omakase.contract;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import jp.omakase.order.Contract;

/**
 * 管理者の変更, second half: once the administrator the contractor named has signed in (a session of the service realm
 * started after it was named), it becomes the contract's administrator and the previous one loses the
 * tenant-administrator role; until then both hold it, so the tenant is never without an administrator. A previous
 * administrator that is also a member of another tenant keeps the role (it may administer that one) and stays a plain
 * member here.
 */
final class AdministratorHandover {

    private AdministratorHandover() {
    }

    /** The handover if it is due: "changed", "dropped" (the named account is gone), or null (not signed in yet). */
    static String complete(KeycloakSession s, RealmModel service, Contract c, String adminRole, long now) {
        UserModel next = s.users().getUserById(service, c.pendingAdminUserId());
        if (next == null) {
            c.nameAdministrator(null, null, now);
            return "dropped";
        }
        long since = c.adminChangedAt() == null ? 0 : c.adminChangedAt() / 1000 - 1;
        if (s.sessions().getUserSessionsStream(service, next).noneMatch(us -> us.getStarted() >= since)) {
            return null;
        }
        UserModel previous = c.adminUserId() == null ? null : s.users().getUserById(service, c.adminUserId());
        RoleModel role = service.getRole(adminRole);
        if (previous != null && role != null && !previous.getId().equals(next.getId())
                && s.getProvider(OrganizationProvider.class).getByMember(previous).allMatch(o -> o.getId().equals(c.organizationId()))) {
            previous.deleteRoleMapping(role);
            s.sessions().removeUserSessions(service, previous);
        }
        c.administratorChanged(now);
        return "changed";
    }
}
