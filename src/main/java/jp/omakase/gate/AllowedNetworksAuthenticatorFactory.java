package jp.omakase.gate;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;

import jp.omakase.provisioning.ProvisioningEventListenerProviderFactory;
import jp.omakase.support.PlainAuthenticatorFactory;

/** {@code omakase-allowed-networks}: see {@link AllowedNetworksAuthenticator}. */
public class AllowedNetworksAuthenticatorFactory extends PlainAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-allowed-networks";
    private AllowedNetworksAuthenticator instance;

    public AllowedNetworksAuthenticatorFactory() {
        super(Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Omakase allowed networks (tenant)";
    }

    @Override
    public String getHelpText() {
        return "Refuses a tenant member signing in from outside the tenant's allowed networks (CIDR list in the tenant console)."
                + " Place it REQUIRED after the login, before the access gate.";
    }

    @Override
    protected Authenticator authenticator() {
        return instance;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        instance = new AllowedNetworksAuthenticator(ProvisioningEventListenerProviderFactory.of(factory).settings().tenantAdminRole());
    }
}
