package jp.omakase.password;

import java.time.Duration;

import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.organization.OrganizationProvider;

import jp.omakase.tenant.MemberTenants;
import jp.omakase.tenant.security.TenantPasswordPolicy;

/**
 * {@code omakase-tenant-password-age}: the tenant's maximum password age, as Keycloak's own expiry does it for a realm
 * ({@code UpdatePassword.evaluateTriggers}): at a login by password, a tenant member whose password is older than the
 * tenant's days gets UPDATE_PASSWORD. It never shows a page of its own.
 */
public class TenantPasswordAgeRequiredAction implements RequiredActionProvider {

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        if (!AuthenticatorUtil.isPasswordValidated(context.getAuthenticationSession())) {
            return;
        }
        OrganizationProvider orgs = context.getSession().getProvider(OrganizationProvider.class);
        if (orgs == null || !orgs.isEnabled()) {
            return;
        }
        UserModel user = context.getUser();
        int days = MemberTenants.of(context.getSession(), user).stream().filter(OrganizationModel::isEnabled).map(TenantPasswordPolicy::of)
                .reduce(TenantPasswordPolicy.NONE, TenantPasswordPolicy::and).maxAgeDays();
        if (days <= 0) {
            return;
        }
        Long created = user.credentialManager().getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE).findFirst()
                .map(c -> c.getCreatedDate()).orElse(null);
        if (created != null && expired(created, days, Time.currentTimeMillis())) {
            user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        }
    }

    /** True when a password set at {@code createdMillis} is older than {@code days} at {@code nowMillis}. */
    static boolean expired(long createdMillis, int days, long nowMillis) {
        return nowMillis - createdMillis > Duration.ofDays(days).toMillis();
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.success();
    }

    @Override
    public void processAction(RequiredActionContext context) {
        context.success();
    }

    @Override
    public void close() {
    }
}
