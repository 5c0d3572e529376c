package jp.omakase.store;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * {@code omakase-store-terms}: the store member terms on the store client's logins. Option (SPI
 * {@code required-action}): {@code --spi-required-action--omakase-store-terms--store-client-id} (default
 * {@code omakase-store}).
 */
public class StoreTermsRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "omakase-store-terms";

    private StoreTermsRequiredAction action;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Omakase store member terms";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return action;
    }

    @Override
    public void init(Config.Scope config) {
        action = new StoreTermsRequiredAction(config.get("store-client-id", "omakase-store"));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
