package jp.omakase.gate;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** {@code omakase-access-gate}: see {@link AccessGateAuthenticator}; warns at start when the service realm lacks it. */
public class AccessGateAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-access-gate";
    private static final AccessGateAuthenticator INSTANCE = new AccessGateAuthenticator();
    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Omakase access gate (tenant apps)";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public String getHelpText() {
        return "Refuses a login to a tenant's SaaS app unless the user is an enabled member of the tenant and assigned to the app."
                + " Place it REQUIRED after the login (after the subflow holding cookie, identity provider and forms).";
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
        return INSTANCE;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        GateFlowCheck.onStart(factory);
    }

    @Override
    public void close() {
    }
}
