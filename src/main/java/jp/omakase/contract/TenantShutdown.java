package jp.omakase.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import jp.omakase.tenant.apps.TenantApps;

/**
 * The end date came: the tenant stops. Its Organization is disabled and marked {@link ContractEnded#ATTRIBUTE} (what the access gate
 * reads to show 「このサービスのご契約は終了しています」 at any sign-in of its members), its apps (clients) are
 * disabled, and its members' sessions, online and offline, are removed. Members' accounts stay enabled on purpose: a
 * disabled account is refused by Keycloak's password step with 「アカウントは無効です」 before any step of ours could say
 * why; the gate refuses them all instead. Each change finds what a previous attempt did, so the step may run again.
 */
final class TenantShutdown {

    private TenantShutdown() {
    }

    /** Stops the tenant {@code organizationId} of {@code service}; answers its administrators (to be mailed), none if it is gone. */
    static List<UserModel> stop(KeycloakSession s, RealmModel service, String organizationId, String contractId, String adminRole) {
        OrganizationProvider orgs = s.getProvider(OrganizationProvider.class);
        OrganizationModel org = organizationId == null ? null : orgs.getById(organizationId);
        if (org == null) {
            return List.of();
        }
        org.setEnabled(false);
        Map<String, List<String>> attributes = new HashMap<>(org.getAttributes());
        attributes.put(ContractEnded.ATTRIBUTE, List.of(contractId));
        org.setAttributes(attributes);
        TenantApps.of(service, org).forEach(app -> app.setEnabled(false));
        RoleModel role = service.getRole(adminRole);
        List<UserModel> members = orgs.getMembersStream(org, (String) null, null, null, null).toList();
        for (UserModel member : members) {
            s.sessions().removeUserSessions(service, member);
            s.sessions().getOfflineUserSessionsStream(service, member).toList()
                    .forEach(offline -> s.sessions().removeOfflineUserSession(service, offline));
        }
        return members.stream().filter(m -> role != null && m.hasRole(role) && m.getEmail() != null).toList();
    }
}
