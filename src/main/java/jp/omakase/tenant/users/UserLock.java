package jp.omakase.tenant.users;

import java.time.Instant;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserLoginFailureModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

import jp.omakase.support.JapanTime;

/**
 * A brute-force lockout as Keycloak's {@link BruteForceProtector} holds it: the user's {@link UserLoginFailureModel}
 * (failure count, last failure, locked until) lives in Keycloak's login-failure cache, not in a table, which is why the
 * user list cannot filter by ロック中 without loading every member. {@link #release} does what the admin console's
 * "attack detection" does (the failure record removed), and for a permanent lockout also enables the account again.
 */
public record UserLock(boolean locked, int failures, String since, String until) {

    static final UserLock NONE = new UserLock(false, 0, null, null);

    static UserLock of(KeycloakSession session, RealmModel realm, UserModel user) {
        if (UserState.of(session, realm, user) != UserState.LOCKED) {
            return NONE;
        }
        UserLoginFailureModel failure = session.loginFailures().getUserLoginFailure(realm, user.getId());
        if (failure == null) {
            return new UserLock(true, 0, null, null);
        }
        String since = failure.getLastFailure() > 0 ? JapanTime.minute(Instant.ofEpochMilli(failure.getLastFailure())) : null;
        String until = failure.getFailedLoginNotBefore() > 0 && !permanent(session, realm, user)
                ? JapanTime.minute(Instant.ofEpochSecond(failure.getFailedLoginNotBefore())) : null;
        return new UserLock(true, failure.getNumFailures(), since, until);
    }

    /** Clears the lockout; true when there was one to clear. */
    static boolean release(KeycloakSession session, RealmModel realm, UserModel user) {
        boolean permanent = permanent(session, realm, user);
        boolean had = session.loginFailures().getUserLoginFailure(realm, user.getId()) != null;
        session.loginFailures().removeUserLoginFailure(realm, user.getId());
        if (permanent) {
            session.getProvider(BruteForceProtector.class).cleanUpPermanentLockout(session, realm, user);
            user.setEnabled(true);
        }
        return had || permanent;
    }

    private static boolean permanent(KeycloakSession session, RealmModel realm, UserModel user) {
        BruteForceProtector brute = session.getProvider(BruteForceProtector.class);
        return realm.isBruteForceProtected() && brute != null && brute.isPermanentlyLockedOut(session, realm, user);
    }
}
