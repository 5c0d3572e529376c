package jp.omakase.mfa;

import java.util.Set;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * {@code omakase-mfa-enrol}: the first ALTERNATIVE of the tenant MFA subflow, offered only to a user who has none of the
 * methods the tenant allows ({@link #configuredFor}): it adds to this login the required action that sets one up
 * (authenticator app with its QR code when allowed, else a passkey or security key) and recovery codes, then lets the
 * flow go on; the required action itself checks the new factor before the login completes. A user with an allowed
 * method never sees it: Keycloak skips an alternative not configured for the user.
 */
final class MfaEnrolAuthenticator implements Authenticator {

    static final String WEBAUTHN_REGISTER = "webauthn-register";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        Set<MfaMethod> allowed = TenantMfa.fromNote(auth.getAuthNote(MfaNotes.METHODS));
        UserModel user = context.getUser();
        if (allowed.contains(MfaMethod.TOTP)) {
            auth.addRequiredAction(UserModel.RequiredAction.CONFIGURE_TOTP);
        } else if (allowed.contains(MfaMethod.WEBAUTHN)) {
            auth.addRequiredAction(WEBAUTHN_REGISTER);
        }
        if ((allowed.contains(MfaMethod.TOTP) || allowed.contains(MfaMethod.WEBAUTHN))
                && !user.credentialManager().isConfiguredFor(RecoveryAuthnCodesCredentialModel.TYPE)) {
            auth.addRequiredAction(UserModel.RequiredAction.CONFIGURE_RECOVERY_AUTHN_CODES);
        }
        context.success();
    }

    /** True when the user has none of the allowed methods (and so must enrol one). */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        AuthenticationSessionModel auth = session.getContext().getAuthenticationSession();
        Set<MfaMethod> allowed = auth == null ? Set.of() : TenantMfa.fromNote(auth.getAuthNote(MfaNotes.METHODS));
        if (allowed.isEmpty()) {
            return false;
        }
        for (MfaMethod m : allowed) {
            if (m == MfaMethod.EMAIL ? user.getEmail() != null && user.isEmailVerified()
                    : user.credentialManager().isConfiguredFor(m.credentialType())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
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
