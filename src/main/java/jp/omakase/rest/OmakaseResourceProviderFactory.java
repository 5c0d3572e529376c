package jp.omakase.rest;

import java.time.Clock;
import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

import jp.omakase.support.RateLimiter;

/**
 * Id {@code omakase}: serves {@code /realms/{realm}/omakase/…}. Options (SPI {@code realm-restapi-extension}):
 * {@code --spi-realm-restapi-extension--omakase--company-searches-per-minute} (per client address, default 60) and
 * {@code …--company-search-max-results} (default 20).
 */
public class OmakaseResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "omakase";

    private RateLimiter companySearchLimiter;
    private int companySearchMaxResults;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        OmakaseRealmResource resource = new OmakaseRealmResource(session, companySearchLimiter, companySearchMaxResults);
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return resource;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        int perMinute = config.getInt("company-searches-per-minute", 60);
        companySearchMaxResults = config.getInt("company-search-max-results", 20);
        if (perMinute < 1 || companySearchMaxResults < 1) {
            throw new IllegalArgumentException("omakase: company-searches-per-minute and company-search-max-results must be >= 1");
        }
        companySearchLimiter = new RateLimiter(perMinute, 60_000, Clock.systemUTC());
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("company-searches-per-minute").type("int").defaultValue(60)
                .helpText("Company searches allowed per client address and minute.").add()
                .property().name("company-search-max-results").type("int").defaultValue(20)
                .helpText("Largest 'limit' a company search may ask for.").add()
                .build();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
