package jp.omakase.password;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/** Policy {@code omakase-half-width}: half-width (ASCII graphic) characters only; takes no value. */
public class HalfWidthPasswordPolicyProviderFactory implements PasswordPolicyProviderFactory {

    public static final String PROVIDER_ID = "omakase-half-width";

    private static final HalfWidthPasswordPolicyProvider INSTANCE = new HalfWidthPasswordPolicyProvider();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return INSTANCE;
    }

    @Override
    public String getDisplayName() {
        return "Half-width characters only (Omakase)";
    }

    @Override
    public String getConfigType() {
        return null;
    }

    @Override
    public String getDefaultConfigValue() {
        return null;
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
