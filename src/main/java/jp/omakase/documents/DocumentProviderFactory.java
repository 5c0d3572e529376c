package jp.omakase.documents;

import org.keycloak.provider.ProviderFactory;

/** Factories of the SPI {@code omakase-documents}. */
public interface DocumentProviderFactory extends ProviderFactory<DocumentProvider> {
}
