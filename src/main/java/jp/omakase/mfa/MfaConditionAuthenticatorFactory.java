package jp.omakase.mfa;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

import jp.omakase.provisioning.ProvisioningEventListenerProviderFactory;

/** {@code omakase-mfa-condition}: see {@link MfaConditionAuthenticator}. */
public class MfaConditionAuthenticatorFactory implements ConditionalAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-mfa-condition";
    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};

    private volatile MfaConditionAuthenticator instance;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Condition - tenant requires MFA (Omakase)";
    }

    @Override
    public String getHelpText() {
        return "True when the user's tenant (Organization) requires a second factor of this user and this login has not passed one yet"
                + " (SSO cookie, or a second factor earlier in the flow).";
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return instance;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        instance = new MfaConditionAuthenticator(ProvisioningEventListenerProviderFactory.of(factory).settings().tenantAdminRole());
    }

    @Override
    public void close() {
    }
}
