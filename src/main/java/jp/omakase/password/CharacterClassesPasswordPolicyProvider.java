package jp.omakase.password;

import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyConfigException;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/** Requires at least N of the four classes upper / lower / digit / symbol (N from the realm's policy). */
public class CharacterClassesPasswordPolicyProvider implements PasswordPolicyProvider {

    static final int CLASS_COUNT = PasswordRules.CharacterClass.values().length;

    private final KeycloakSession session;

    public CharacterClassesPasswordPolicyProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        int required = realm.getPasswordPolicy().getPolicyConfig(CharacterClassesPasswordPolicyProviderFactory.PROVIDER_ID);
        return validate(password, required);
    }

    @Override
    public PolicyError validate(String user, String password) {
        return validate(session.getContext().getRealm(), null, password);
    }

    static PolicyError validate(String password, int required) {
        Set<PasswordRules.CharacterClass> present = PasswordRules.classesIn(password);
        if (present.size() >= required) {
            return null;
        }
        Object[] params = new Object[2 + CLASS_COUNT];
        params[0] = required;
        params[1] = present.size();
        int missingSoFar = 0;
        for (PasswordRules.CharacterClass c : PasswordRules.CharacterClass.values()) {
            int mark = 0;
            if (!present.contains(c)) {
                mark = missingSoFar == 0 ? 1 : 2;
                missingSoFar++;
            }
            params[2 + c.ordinal()] = mark;
        }
        return new PolicyError(PasswordPolicyMessages.CHARACTER_CLASSES, params);
    }

    @Override
    public Object parseConfig(String value) {
        Integer required = parseInteger(value, CharacterClassesPasswordPolicyProviderFactory.DEFAULT_REQUIRED);
        if (required < 1 || required > CLASS_COUNT) {
            throw new PasswordPolicyConfigException("omakase-character-classes takes a number from 1 to 4");
        }
        return required;
    }

    @Override
    public void close() {
    }
}
