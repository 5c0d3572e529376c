package jp.omakase.tenant;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The tenants (Organizations, enabled or not) a user is a member of, read once per Keycloak session: one login asks
 * several steps (allowed networks, the ended-contract check, the tenant MFA condition, the password-age action) the
 * same question, and each {@code getByMember} is a database query. Only for login paths, where membership does not
 * change within the request; pages that change membership ask {@link OrganizationProvider} directly.
 */
public final class MemberTenants {

    private static final String ATTRIBUTE = "omakase.memberTenants.";

    private MemberTenants() {
    }

    /** The user's tenants; empty without Organizations. */
    @SuppressWarnings("unchecked")
    public static List<OrganizationModel> of(KeycloakSession session, UserModel user) {
        String key = ATTRIBUTE + user.getId();
        Object known = session.getAttribute(key);
        if (known instanceof List<?> list) {
            return (List<OrganizationModel>) list;
        }
        OrganizationProvider orgs = session.getProvider(OrganizationProvider.class);
        List<OrganizationModel> tenants = orgs == null ? List.of() : orgs.getByMember(user).toList();
        session.setAttribute(key, tenants);
        return tenants;
    }
}
