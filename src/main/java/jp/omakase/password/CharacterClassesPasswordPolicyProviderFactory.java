package jp.omakase.password;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/** Policy {@code omakase-character-classes(N)}: at least N of upper / lower / digit / symbol (default 3). */
public class CharacterClassesPasswordPolicyProviderFactory implements PasswordPolicyProviderFactory {

    public static final String PROVIDER_ID = "omakase-character-classes";
    static final int DEFAULT_REQUIRED = 3;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new CharacterClassesPasswordPolicyProvider(session);
    }

    @Override
    public String getDisplayName() {
        return "Character classes of upper/lower/digit/symbol (Omakase)";
    }

    @Override
    public String getConfigType() {
        return PasswordPolicyProvider.INT_CONFIG_TYPE;
    }

    @Override
    public String getDefaultConfigValue() {
        return String.valueOf(DEFAULT_REQUIRED);
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
