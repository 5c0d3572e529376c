package jp.omakase.mfa;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import jp.omakase.tenant.MemberTenants;
import jp.omakase.tenant.groups.TenantGroups;

/**
 * Whether a user's tenants require a second factor of them, and which methods they allow: the user's enabled
 * Organizations (a tenant member belongs to one in practice; where more, any tenant requiring it is enough and the
 * methods allowed are those of the tenants requiring it). The policy is read from the Organization's attributes, which
 * Keycloak's realm cache holds with the Organization and invalidates cluster-wide on change (so a tenant with MFA off
 * costs the member lookup and a cached read).
 */
public final class TenantMfa {

    private TenantMfa() {
    }

    /** The methods the user must choose from, or null when no tenant of theirs requires a second factor. */
    public static Set<MfaMethod> required(KeycloakSession session, UserModel user, String adminRoleName) {
        OrganizationProvider orgs = session.getProvider(OrganizationProvider.class);
        if (orgs == null || user == null) {
            return null;
        }
        Set<MfaMethod> methods = null;
        for (OrganizationModel tenant : MemberTenants.of(session, user).stream().filter(OrganizationModel::isEnabled).collect(Collectors.toList())) {
            MfaPolicy policy = MfaPolicy.read(tenant.getAttributes());
            if (policy.mode() == MfaPolicy.Mode.OFF) {
                continue;
            }
            boolean admin = isAdmin(session, user, adminRoleName);
            Set<String> groups = policy.mode() == MfaPolicy.Mode.GROUPS ? TenantGroups.memberGroupIds(session, tenant, user) : Set.of();
            if (policy.requires(admin, groups)) {
                if (methods == null) {
                    methods = EnumSet.noneOf(MfaMethod.class);
                }
                methods.addAll(policy.methods());
            }
        }
        return methods;
    }

    private static boolean isAdmin(KeycloakSession session, UserModel user, String adminRoleName) {
        RoleModel role = session.getContext().getRealm().getRole(adminRoleName);
        return role != null && user.hasRole(role);
    }

    /** Methods as an auth-session note ("totp,email"). */
    static String note(Set<MfaMethod> methods) {
        return methods.stream().map(MfaMethod::value).collect(Collectors.joining(","));
    }

    /** The methods of a note written by {@link #note}; empty for none. */
    static Set<MfaMethod> fromNote(String note) {
        Set<MfaMethod> out = EnumSet.noneOf(MfaMethod.class);
        if (note != null) {
            for (String v : note.split(",")) {
                MfaMethod m = MfaMethod.of(v);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
