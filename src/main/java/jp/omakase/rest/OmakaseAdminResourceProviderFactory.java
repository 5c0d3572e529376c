package jp.omakase.rest;

import java.nio.file.Path;
import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import jp.omakase.company.CompanyImportJobs;

/**
 * Id {@code omakase}: serves {@code /admin/realms/{realm}/omakase/…}. Option (SPI {@code admin-realm-restapi-extension}):
 * {@code --spi-admin-realm-restapi-extension--omakase--import-directory}, the only place {@code ?file=} imports read
 * from (default {@code data/omakase-import} under the Keycloak home).
 */
public class OmakaseAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "omakase";

    private Path importDirectory;
    private CompanyImportJobs companyImports;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return new AdminRealmResourceProvider() {
            @Override
            public Object getResource(KeycloakSession s, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
                return new OmakaseAdminResource(s, auth, adminEvent, importDirectory, companyImports);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        String home = System.getProperty("kc.home.dir", ".");
        importDirectory = Path.of(config.get("import-directory", Path.of(home, "data", "omakase-import").toString())).toAbsolutePath().normalize();
        companyImports = new CompanyImportJobs();
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("import-directory").type("string").defaultValue("<kc home>/data/omakase-import")
                .helpText("Directory whose files the company import may read by name (?file=).").add()
                .build();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
        if (companyImports != null) {
            companyImports.close();
        }
    }
}
