package jp.omakase.password;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** {@code omakase-tenant-password-age}: see {@link TenantPasswordAgeRequiredAction}; enabled in the service realm. */
public class TenantPasswordAgeRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "omakase-tenant-password-age";
    private static final TenantPasswordAgeRequiredAction INSTANCE = new TenantPasswordAgeRequiredAction();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Tenant's maximum password age (Omakase)";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
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
