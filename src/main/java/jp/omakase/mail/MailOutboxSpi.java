package jp.omakase.mail;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** SPI {@code omakase-mail-outbox}; the JPA provider {@code omakase-jpa} is the default. */
public class MailOutboxSpi implements Spi {

    public static final String NAME = "omakase-mail-outbox";

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
        return MailOutboxProvider.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return MailOutboxProviderFactory.class;
    }
}
