package jp.omakase.company.jpa;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import jp.omakase.company.CompanyDirectoryProvider;
import jp.omakase.company.CompanyDirectoryProviderFactory;
import jp.omakase.company.CompanyImporter;

/**
 * Provider {@code omakase-jpa} of SPI {@code omakase-company-directory}. Options:
 * {@code --spi-omakase-company-directory--omakase-jpa--import-batch-size} (default 2000) and
 * {@code …--import-rejections-reported} (default 1000).
 */
public class JpaCompanyDirectoryProviderFactory implements CompanyDirectoryProviderFactory {

    public static final String PROVIDER_ID = "omakase-jpa";

    private CompanyImporter importer;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public CompanyDirectoryProvider create(KeycloakSession session) {
        return new JpaCompanyDirectoryProvider(session, importer);
    }

    @Override
    public void init(Config.Scope config) {
        int batchSize = config.getInt("import-batch-size", 2000);
        int rejections = config.getInt("import-rejections-reported", 1000);
        if (batchSize < 1 || rejections < 0) {
            throw new IllegalArgumentException("omakase-jpa: import-batch-size must be >= 1 and import-rejections-reported >= 0");
        }
        importer = new CompanyImporter(batchSize, rejections);
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("import-batch-size").type("int").defaultValue(2000)
                .helpText("Rows written per transaction by the company import.").add()
                .property().name("import-rejections-reported").type("int").defaultValue(1000)
                .helpText("How many rejected rows an import report lists (all are counted).").add()
                .build();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
