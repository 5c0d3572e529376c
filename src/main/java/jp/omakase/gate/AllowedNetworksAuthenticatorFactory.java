package jp.omakase.gate;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

import jp.omakase.provisioning.ProvisioningEventListenerProviderFactory;

/** {@code omakase-allowed-networks}: see {@link AllowedNetworksAuthenticator}. */
public class AllowedNetworksAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-allowed-networks";
    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};

    private AllowedNetworksAuthenticator instance;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Omakase allowed networks (tenant)";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public String getHelpText() {
        return "Refuses a tenant member signing in from outside the tenant's allowed networks (CIDR list in the tenant console)."
                + " Place it REQUIRED after the login, before the access gate.";
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
    public Authenticator create(KeycloakSession session) {
        return instance;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        instance = new AllowedNetworksAuthenticator(ProvisioningEventListenerProviderFactory.of(factory).settings().tenantAdminRole());
    }

    @Override
    public void close() {
    }
}
