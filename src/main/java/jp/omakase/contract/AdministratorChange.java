package jp.omakase.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import jp.omakase.order.Contract;
import jp.omakase.provisioning.ProvisioningEvents;
import jp.omakase.provisioning.ProvisioningSettings;
import jp.omakase.provisioning.TenantAdministrators;
import jp.omakase.tenant.users.UserInvitation;
import jp.omakase.validation.TextRules;

/**
 * 管理者の変更, first half (the contractor portal): the named address becomes a member with the tenant-administrator
 * role at once (a new account, made as provisioning makes the first administrator, or a member of this tenant), and gets
 * the first-login mail with its 24-hour link ({@link UserInvitation#sendAdministrator}); the contract records it as the
 * named administrator. The current administrator keeps the role until the named one has signed in
 * ({@link AdministratorHandover}), so the tenant always has one. An address of another tenant's account is refused.
 */
final class AdministratorChange {

    private static final Logger LOG = Logger.getLogger(AdministratorChange.class);

    /** What the form names: the new administrator's e-mail and name (姓 名). */
    record Named(String email, String name) {
        static final String EMAIL = "adminEmail";
        static final String NAME = "adminName";

        static Named read(MultivaluedMap<String, String> form) {
            return new Named(clip(form.getFirst(EMAIL)), clip(form.getFirst(NAME)));
        }

        private static String clip(String v) {
            return v == null ? "" : (v.length() > 300 ? v.substring(0, 300) : v).strip();
        }

        List<FormMessage> validate() {
            List<FormMessage> errors = new ArrayList<>();
            if (email.isEmpty()) {
                errors.add(new FormMessage(EMAIL, "omakaseOrderError_required"));
            } else if (email.length() > 254 || TextRules.problem(email, 254) != null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                errors.add(new FormMessage(EMAIL, "omakaseOrderError_email"));
            }
            if (name.isEmpty()) {
                errors.add(new FormMessage(NAME, "omakaseOrderError_required"));
            } else if (TextRules.problem(name, 100) != null) {
                errors.add(new FormMessage(NAME, "omakaseOrderError_" + TextRules.problem(name, 100)));
            }
            return errors;
        }
    }

    private final ProvisioningSettings settings;

    AdministratorChange(ProvisioningSettings settings) {
        this.settings = settings;
    }

    /** Names the administrator of {@code c} (locked, in use); null when done, else the message key of the refusal. */
    String name(KeycloakSession s, UserModel contractor, Contract c, Named named) {
        RealmModel bizid = s.getContext().getRealm();
        RealmModel service = s.realms().getRealmByName(settings.serviceRealm());
        if (service == null) {
            return "omakaseContractAdminUnavailable";
        }
        String email = named.email().toLowerCase(Locale.ROOT);
        s.getContext().setRealm(service);
        try {
            OrganizationModel org = c.organizationId() == null ? null
                    : s.getProvider(OrganizationProvider.class).getById(c.organizationId());
            if (org == null) {
                return "omakaseContractAdminUnavailable";
            }
            UserModel user = TenantAdministrators.find(s, service, email);
            if (user != null && (!org.isMember(user) || user.getId().equals(c.adminUserId()))) {
                return "omakaseContractAdminEmailUnavailable";
            }
            AdminEventBuilder events = ProvisioningEvents.builder(s, service, bizid, contractor, s.getContext().getConnection())
                    .operation(OperationType.CREATE);
            if (user == null) {
                try {
                    user = TenantAdministrators.create(s, email, named.name(), contractor.getFirstAttribute(UserModel.LOCALE), events);
                } catch (RuntimeException e) {
                    LOG.debugf("Administrator of contract %s not made: %s", c.id(), e.getClass().getSimpleName());
                    return "omakaseContractAdminEmailUnavailable";
                }
            }
            TenantAdministrators.grant(s, service, org, user, settings.tenantAdminRole(), events);
            if (!new UserInvitation(settings.adminClientId(), settings.adminLinkLifespan()).sendAdministrator(s, service, org, user)) {
                throw new IllegalStateException("no public URL for the service realm: the first-login mail cannot be sent");
            }
            c.nameAdministrator(user.getId(), email, System.currentTimeMillis());
            s.getContext().setRealm(bizid);
            ContractEvents.record(s, bizid, contractor, s.getContext().getConnection(), c, OperationType.UPDATE, "administrator",
                    Map.of("outcome", "named", "adminUserId", user.getId()));
            LOG.infof("Contract %s: administrator %s named by the contractor", c.id(), user.getId());
            return null;
        } finally {
            s.getContext().setRealm(bizid);
        }
    }
}
