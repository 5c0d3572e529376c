package jp.omakase.tenant.users;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * The state a console list shows for a user: ロック中 (Keycloak's brute-force protection holds the account), 無効
 * (disabled), 招待中 (the invitation is not used yet: no password), else 有効. The message key is
 * {@code omakaseConsoleState} + the name in camel case.
 */
public enum UserState {
    ACTIVE("Active"), DISABLED("Disabled"), LOCKED("Locked"), INVITED("Invited");

    private final String key;

    UserState(String key) {
        this.key = key;
    }

    public String messageKey() {
        return "omakaseConsoleState" + key;
    }

    public static UserState of(KeycloakSession session, RealmModel realm, UserModel user) {
        BruteForceProtector brute = session.getProvider(BruteForceProtector.class);
        if (realm.isBruteForceProtected() && brute != null
                && (brute.isTemporarilyDisabled(session, realm, user) || brute.isPermanentlyLockedOut(session, realm, user))) {
            return LOCKED;
        }
        if (!user.isEnabled()) {
            return DISABLED;
        }
        return user.credentialManager().isConfiguredFor(CredentialModel.PASSWORD) ? ACTIVE : INVITED;
    }
}
