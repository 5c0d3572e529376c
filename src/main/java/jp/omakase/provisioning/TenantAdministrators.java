package jp.omakase.provisioning;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import jp.omakase.order.Contractor;

/**
 * A tenant's administrator accounts, as provisioning makes them, for the contractor portal's 管理者の変更: the service
 * realm's account with an e-mail, a new one made the way provisioning makes the first administrator (user profile,
 * UPDATE_PASSWORD), and membership with the tenant-administrator role.
 */
public final class TenantAdministrators {

    private TenantAdministrators() {
    }

    /** The service realm's account with {@code email} (by e-mail, then by username), or null. */
    public static UserModel find(KeycloakSession s, RealmModel service, String email) {
        return TenantProvisioner.existingAccount(s, service, email.strip().toLowerCase(Locale.ROOT));
    }

    /** A new account for {@code email} named {@code fullName} ("姓 名"), with UPDATE_PASSWORD; a USER CREATE event. */
    public static UserModel create(KeycloakSession s, String email, String fullName, String locale, AdminEventBuilder events) {
        UserModel user = TenantProvisioner.createAdmin(s, Contractor.builder().name(fullName).build(),
                email.strip().toLowerCase(Locale.ROOT), locale);
        events.resource(ResourceType.USER).resourcePath("users", user.getId())
                .representation(Map.of("id", user.getId(), "requiredActions", List.of("UPDATE_PASSWORD"))).success();
        return user;
    }

    /** Membership of {@code org} and the tenant-administrator role (each only when missing, each with its event). */
    public static void grant(KeycloakSession s, RealmModel service, OrganizationModel org, UserModel user, String role,
                             AdminEventBuilder events) {
        AdminConfirmation.makeAdministrator(s, service, org, user, role, events);
    }
}
