package jp.omakase.gate;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;

import jp.omakase.support.PlainAuthenticatorFactory;

/** {@code omakase-access-gate}: see {@link AccessGateAuthenticator}; warns at start when the service realm lacks it. */
public class AccessGateAuthenticatorFactory extends PlainAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-access-gate";
    private static final AccessGateAuthenticator INSTANCE = new AccessGateAuthenticator();

    public AccessGateAuthenticatorFactory() {
        super(Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Omakase access gate (tenant apps)";
    }

    @Override
    public String getHelpText() {
        return "Refuses a login to a tenant's SaaS app unless the user is an enabled member of the tenant and assigned to the app."
                + " Place it REQUIRED after the login (after the subflow holding cookie, identity provider and forms).";
    }

    @Override
    protected Authenticator authenticator() {
        return INSTANCE;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        GateFlowCheck.onStart(factory);
    }
}
