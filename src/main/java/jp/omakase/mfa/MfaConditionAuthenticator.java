package jp.omakase.mfa;

import java.util.Map;
import java.util.Set;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * {@code omakase-mfa-condition}: true when the logged-in user's tenant requires a second factor of them
 * ({@link TenantMfa}) and this login has not already passed one. A login through the SSO cookie passed its second
 * factor when that session began, so the policy takes effect at the next login, as the console says; a login whose
 * form already asked for a second factor (Keycloak's own conditional 2FA) is not asked twice. The allowed methods are
 * kept in an authentication-session note for the steps of the subflow.
 */
final class MfaConditionAuthenticator implements ConditionalAuthenticator {

    /** Executions whose success means "this login already used a second factor (or the SSO cookie)". */
    private static final Set<String> ALREADY = Set.of("auth-cookie", "auth-otp-form", "webauthn-authenticator",
            "webauthn-authenticator-passwordless", "auth-recovery-authn-code-form", EmailOtpAuthenticatorFactory.PROVIDER_ID);

    private final String adminRole;

    MfaConditionAuthenticator(String adminRole) {
        this.adminRole = adminRole;
    }

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        if (alreadyPassed(context.getRealm(), auth)) {
            return false;
        }
        Set<MfaMethod> methods = TenantMfa.required(context.getSession(), context.getUser(), adminRole);
        if (methods == null) {
            auth.removeAuthNote(MfaNotes.METHODS);
            return false;
        }
        auth.setAuthNote(MfaNotes.METHODS, TenantMfa.note(methods));
        return true;
    }

    private static boolean alreadyPassed(RealmModel realm, AuthenticationSessionModel auth) {
        for (Map.Entry<String, AuthenticationSessionModel.ExecutionStatus> e : auth.getExecutionStatus().entrySet()) {
            if (e.getValue() == AuthenticationSessionModel.ExecutionStatus.SUCCESS) {
                AuthenticationExecutionModel execution = realm.getAuthenticationExecutionById(e.getKey());
                if (execution != null && execution.getAuthenticator() != null && ALREADY.contains(execution.getAuthenticator())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
