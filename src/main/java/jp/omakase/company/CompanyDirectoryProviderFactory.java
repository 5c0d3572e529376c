package jp.omakase.company;

import org.keycloak.provider.ProviderFactory;

public interface CompanyDirectoryProviderFactory extends ProviderFactory<CompanyDirectoryProvider> {
}
