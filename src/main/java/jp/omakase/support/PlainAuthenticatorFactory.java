package jp.omakase.support;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The shape most of our authenticator factories share: one stateless authenticator for every session, no
 * configuration, no user setup, a fixed set of requirement choices. A subclass names itself ({@code getId},
 * {@code getDisplayType}, {@code getHelpText}) and gives its authenticator; {@code postInit} is there to override.
 */
public abstract class PlainAuthenticatorFactory implements AuthenticatorFactory {

    private final Requirement[] requirements;

    protected PlainAuthenticatorFactory(Requirement... requirements) {
        this.requirements = requirements.clone();
    }

    /** The one authenticator every session gets. */
    protected abstract Authenticator authenticator();

    @Override
    public final Authenticator create(KeycloakSession session) {
        return authenticator();
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return requirements.clone();
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
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
