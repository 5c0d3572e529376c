package jp.omakase.password;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

import jp.omakase.tenant.security.TenantPasswordPolicy;

/**
 * Policy {@code omakase-tenant-password}, listed in the service realm's password policy after the service rule: for a
 * member of a tenant, the tenant's stricter rule ({@link TenantPasswordPolicy}, Organization attributes) on top; for
 * anyone else nothing. Keycloak asks every policy of the realm wherever a password is set (first login's
 * UPDATE_PASSWORD, reset credentials, the account and portal pages, the admin API), so one check covers them all.
 * A user in several tenants follows the strictest of them.
 */
public class TenantPasswordPolicyProvider implements PasswordPolicyProvider {

    private final KeycloakSession session;

    public TenantPasswordPolicyProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        if (user == null || password == null) {
            return null;
        }
        OrganizationProvider orgs = session.getProvider(OrganizationProvider.class);
        if (orgs == null || !orgs.isEnabled()) {
            return null;
        }
        TenantPasswordPolicy policy = TenantPasswordPolicy.NONE;
        List<String> companies = new ArrayList<>();
        for (OrganizationModel tenant : orgs.getByMember(user).filter(OrganizationModel::isEnabled).toList()) {
            TenantPasswordPolicy p = TenantPasswordPolicy.of(tenant);
            policy = policy.and(p);
            if (p.notCompany()) {
                companies.add(tenant.getName());
            }
        }
        if (policy.none()) {
            return null;
        }
        PolicyError error = TenantPasswordRules.check(password, policy, user.getEmail(), companies);
        if (error != null || policy.history() == 0) {
            return error;
        }
        PasswordHistory history = new PasswordHistory(session, user);
        if (history.reused(password, policy.history())) {
            return new PolicyError(PasswordPolicyMessages.TENANT_HISTORY, policy.history());
        }
        history.remember(policy.history());
        return null;
    }

    /** Without a user (a sign-up before the account exists) there is no tenant: nothing to add. */
    @Override
    public PolicyError validate(String user, String password) {
        return null;
    }

    @Override
    public Object parseConfig(String value) {
        return null;
    }

    @Override
    public void close() {
    }
}
