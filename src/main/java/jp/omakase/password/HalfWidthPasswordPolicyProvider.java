package jp.omakase.password;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/** Refuses any character other than the 94 half-width graphic characters of ASCII. */
public class HalfWidthPasswordPolicyProvider implements PasswordPolicyProvider {

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return validate(password);
    }

    @Override
    public PolicyError validate(String user, String password) {
        return validate(password);
    }

    static PolicyError validate(String password) {
        return PasswordRules.firstRefused(password)
                .map(v -> new PolicyError(messageKey(v.refusal()), v.position()))
                .orElse(null);
    }

    private static String messageKey(PasswordRules.Refusal refusal) {
        return switch (refusal) {
            case SPACE -> PasswordPolicyMessages.SPACE;
            case CONTROL -> PasswordPolicyMessages.CONTROL;
            case NOT_HALF_WIDTH -> PasswordPolicyMessages.NOT_HALF_WIDTH;
        };
    }

    @Override
    public Object parseConfig(String value) {
        return null;
    }

    @Override
    public void close() {
    }
}
