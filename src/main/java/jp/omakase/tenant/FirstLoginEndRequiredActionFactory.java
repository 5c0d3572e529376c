package jp.omakase.tenant;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * {@code omakase-first-login-end}: after the administrator's first-login link has set the password, the login page
 * follows ({@link FirstLoginEndRequiredAction}). Registered in the service realm with a priority after UPDATE_PASSWORD.
 */
public class FirstLoginEndRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "omakase-first-login-end";

    private static final FirstLoginEndRequiredAction ACTION = new FirstLoginEndRequiredAction();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Omakase administrator first login: then the login page";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return ACTION;
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
