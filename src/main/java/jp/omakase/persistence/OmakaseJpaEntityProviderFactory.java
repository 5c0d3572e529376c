package jp.omakase.persistence;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Id {@code omakase-entities}, frozen: Keycloak names this extension's Liquibase history table after it. */
public class OmakaseJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "omakase-entities";

    private static final OmakaseJpaEntityProvider INSTANCE = new OmakaseJpaEntityProvider();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return INSTANCE;
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
