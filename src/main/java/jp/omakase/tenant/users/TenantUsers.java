package jp.omakase.tenant.users;

import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.groups.GroupChoices;

/**
 * The changes an administrator makes to the users of a tenant, each in the request's transaction with its admin event
 * ({@link TenantUserEvents}). The rule that keeps a tenant administrable: its last enabled administrator cannot be
 * disabled, deleted or demoted. An account that is also a member of another tenant (Keycloak allows it) is not this
 * tenant's alone: it is not edited, disabled or re-invited from here, and 削除 only ends its membership of this tenant.
 */
public final class TenantUsers {

    private static final Logger LOG = Logger.getLogger(TenantUsers.class);

    /** What a change did. */
    public enum Outcome { DONE, EMAIL_TAKEN, LAST_ADMIN, NO_MAIL, SHARED }

    private final ConsoleAccess.Granted access;
    private final UserInvitation invitation;

    public TenantUsers(ConsoleAccess.Granted access, UserInvitation invitation) {
        this.access = access;
        this.invitation = invitation;
    }

    /**
     * A new member of the tenant with the invitation mail, in {@code groups} (this tenant's, found through
     * {@link GroupChoices}), all in the request's transaction. An address already used in the realm (by any tenant's user,
     * or this tenant's) is refused with the same answer, so nothing is learnt about another tenant.
     */
    public Outcome add(UserForm form, List<GroupModel> groups) {
        KeycloakSession session = access.session();
        if (session.users().getUserByEmail(access.realm(), form.email()) != null
                || session.users().getUserByUsername(access.realm(), form.email()) != null) {
            return Outcome.EMAIL_TAKEN;
        }
        UserModel user = session.users().addUser(access.realm(), form.email());
        user.setEmail(form.email());
        user.setEmailVerified(true);
        user.setEnabled(true);
        write(user, form);
        user.setSingleAttribute(UserModel.LOCALE, "ja");
        user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        access.orgs().addMember(access.tenant(), user);
        if (form.admin()) {
            user.grantRole(access.adminRole());
        }
        groups.forEach(group -> GroupChoices.join(access, group, user));
        boolean mailed = invitation.send(session, access.realm(), access.tenant(), user);
        TenantUserEvents.record(access, OperationType.CREATE, user.getId(), "added", Map.of("admin", form.admin(), "invited", mailed,
                "groups", groups.size()));
        LOG.infof("Tenant %s: user %s added by %s", access.tenant().getId(), user.getId(), access.admin().getId());
        return mailed ? Outcome.DONE : Outcome.NO_MAIL;
    }

    /** New details; the e-mail (login id) changes only when no other user of the realm has it. */
    public Outcome update(UserModel user, UserForm form) {
        if (shared(user)) {
            return Outcome.SHARED;
        }
        boolean wasAdmin = isAdmin(user);
        if (wasAdmin && !form.admin() && lastAdmin(user)) {
            return Outcome.LAST_ADMIN;
        }
        if (!form.email().equals(user.getEmail())) {
            UserModel other = access.session().users().getUserByEmail(access.realm(), form.email());
            UserModel byName = access.session().users().getUserByUsername(access.realm(), form.email());
            if ((other != null && !other.getId().equals(user.getId())) || (byName != null && !byName.getId().equals(user.getId()))) {
                return Outcome.EMAIL_TAKEN;
            }
            user.setUsername(form.email());
            user.setEmail(form.email());
        }
        write(user, form);
        if (form.admin() && !wasAdmin) {
            user.grantRole(access.adminRole());
        } else if (!form.admin() && wasAdmin) {
            user.deleteRoleMapping(access.adminRole());
        }
        TenantUserEvents.record(access, OperationType.UPDATE, user.getId(), "updated", Map.of("admin", form.admin()));
        return Outcome.DONE;
    }

    public Outcome setEnabled(UserModel user, boolean enabled) {
        if (shared(user)) {
            return Outcome.SHARED;
        }
        if (!enabled && isAdmin(user) && lastAdmin(user)) {
            return Outcome.LAST_ADMIN;
        }
        user.setEnabled(enabled);
        TenantUserEvents.record(access, OperationType.UPDATE, user.getId(), enabled ? "enabled" : "disabled", Map.of());
        return Outcome.DONE;
    }

    /** A new invitation (the previous link stops working); only for a user who has not set a password yet. */
    public Outcome reinvite(UserModel user) {
        if (shared(user)) {
            return Outcome.SHARED;
        }
        boolean mailed = invitation.send(access.session(), access.realm(), access.tenant(), user);
        TenantUserEvents.record(access, OperationType.ACTION, user.getId(), "invited", Map.of("invited", mailed));
        return mailed ? Outcome.DONE : Outcome.NO_MAIL;
    }

    /** ロック解除: Keycloak's brute-force lockout of the user cleared (see {@link UserLock}). */
    public Outcome unlock(UserModel user) {
        if (shared(user)) {
            return Outcome.SHARED;
        }
        boolean released = UserLock.release(access.session(), access.realm(), user);
        TenantUserEvents.record(access, OperationType.ACTION, user.getId(), "unlocked", Map.of("wasLocked", released));
        LOG.infof("Tenant %s: user %s unlocked by %s", access.tenant().getId(), user.getId(), access.admin().getId());
        return Outcome.DONE;
    }

    /** パスワード再設定: the user is mailed a link to set a new password; the administrator never sees or sets one. */
    public Outcome resetPassword(UserModel user) {
        if (shared(user)) {
            return Outcome.SHARED;
        }
        boolean mailed = invitation.sendReset(access.session(), access.realm(), access.tenant(), user);
        TenantUserEvents.record(access, OperationType.ACTION, user.getId(), "password-reset", Map.of("mailed", mailed));
        return mailed ? Outcome.DONE : Outcome.NO_MAIL;
    }

    public Outcome delete(UserModel user) {
        if (isAdmin(user) && lastAdmin(user)) {
            return Outcome.LAST_ADMIN;
        }
        String id = user.getId();
        if (shared(user)) {
            access.orgs().removeMember(access.tenant(), user);
            TenantUserEvents.record(access, OperationType.DELETE, id, "removed", Map.of());
            LOG.infof("Tenant %s: member %s (also in another tenant) removed by %s", access.tenant().getId(), id, access.admin().getId());
            return Outcome.DONE;
        }
        UserInvitation.revoke(access.session(), user, Time.currentTime());
        access.orgs().removeMember(access.tenant(), user);
        access.session().users().removeUser(access.realm(), user);
        TenantUserEvents.record(access, OperationType.DELETE, id, "deleted", Map.of());
        LOG.infof("Tenant %s: user %s deleted by %s", access.tenant().getId(), id, access.admin().getId());
        return Outcome.DONE;
    }

    /** True when {@code user} is also a member of another Organization. */
    boolean shared(UserModel user) {
        String tenantId = access.tenant().getId();
        return access.orgs().getByMember(user).anyMatch(o -> !tenantId.equals(o.getId()));
    }

    public boolean isAdmin(UserModel user) {
        return user.hasDirectRole(access.adminRole());
    }

    /** True when {@code user} is the only enabled administrator of the tenant. */
    boolean lastAdmin(UserModel user) {
        List<String> others = MemberQuery.enabledAdmins(access.session(), access.realm(), access.tenant(), access.adminRole().getId(), 2);
        return user.isEnabled() && others.stream().allMatch(user.getId()::equals);
    }

    private static void write(UserModel user, UserForm form) {
        user.setLastName(form.lastName());
        user.setFirstName(form.firstName());
        for (Map.Entry<String, String> a : form.attributes().entrySet()) {
            if (a.getValue().isEmpty()) {
                user.removeAttribute(a.getKey());
            } else {
                user.setSingleAttribute(a.getKey(), a.getValue());
            }
        }
    }
}
