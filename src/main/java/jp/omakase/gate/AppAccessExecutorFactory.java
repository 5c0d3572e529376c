package jp.omakase.gate;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/**
 * {@code omakase-app-access}: the client-policy executor of the access gate ({@link AppAccessExecutor}); the realm file
 * puts it in the profile {@code omakase-tenant-apps}, applied by the policy of the same name to any client (the executor
 * itself leaves clients that are no tenant's app alone).
 */
public class AppAccessExecutorFactory implements ClientPolicyExecutorProviderFactory {

    public static final String PROVIDER_ID = "omakase-app-access";

    @Override
    public ClientPolicyExecutorProvider create(KeycloakSession session) {
        return new AppAccessExecutor(session);
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

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getHelpText() {
        return "Refuses tokens (code, refresh, password, device, CIBA) for a tenant's app to a user the access gate no longer"
                + " allows, and token exchange, service account and JWT grants for tenant apps.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
