package jp.omakase.company;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** SPI {@code omakase-company-directory}; the JPA provider {@code omakase-jpa} is the default. */
public class CompanyDirectorySpi implements Spi {

    public static final String NAME = "omakase-company-directory";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return CompanyDirectoryProvider.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return CompanyDirectoryProviderFactory.class;
    }
}
