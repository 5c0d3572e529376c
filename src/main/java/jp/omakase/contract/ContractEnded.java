package jp.omakase.contract;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;

import jp.omakase.tenant.MemberTenants;

/**
 * Whether a user of the service realm belongs only to tenants whose contract ended (TERMINATED, data not yet deleted):
 * the access gate then refuses the sign-in with 「このサービスのご契約は終了しています」, whatever the client (console,
 * portal, SaaS app).
 */
public final class ContractEnded {

    /** Organization attribute set when the tenant stops (value: the contract id). */
    public static final String ATTRIBUTE = "omakaseContractEnded";
    /** The refusal page's line. */
    public static final String MESSAGE = "omakaseContractEndedMessage";
    /** The event detail value of such a refusal. */
    public static final String DECISION = "contract_ended";

    private ContractEnded() {
    }

    /** True when {@code user} is a member of at least one tenant and every tenant of it has ended. */
    public static boolean applies(KeycloakSession session, UserModel user) {
        if (user == null || !session.getContext().getRealm().isOrganizationsEnabled()) {
            return false;
        }
        List<OrganizationModel> tenants = MemberTenants.of(session, user);
        return !tenants.isEmpty() && tenants.stream().allMatch(t -> !t.isEnabled() && t.getAttributes().containsKey(ATTRIBUTE));
    }
}
