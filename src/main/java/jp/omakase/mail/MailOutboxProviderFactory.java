package jp.omakase.mail;

import org.keycloak.provider.ProviderFactory;

/** Factories of the SPI {@code omakase-mail-outbox}. */
public interface MailOutboxProviderFactory extends ProviderFactory<MailOutboxProvider> {
}
