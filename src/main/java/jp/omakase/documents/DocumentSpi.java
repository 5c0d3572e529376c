package jp.omakase.documents;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** SPI {@code omakase-documents}: the terms and policies the pages show; the file provider {@code omakase-files} is the default. */
public class DocumentSpi implements Spi {

    public static final String NAME = "omakase-documents";

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
        return DocumentProvider.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return DocumentProviderFactory.class;
    }
}
