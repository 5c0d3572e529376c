package jp.omakase.pages;

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
import jp.omakase.provisioning.ProvisioningEventListenerProviderFactory;
import jp.omakase.provisioning.ProvisioningWorker;

/**
 * Id {@code omakase}: serves {@code /admin/realms/{realm}/omakase/…}. Option (SPI {@code admin-realm-restapi-extension}):
 * {@code --spi-admin-realm-restapi-extension--omakase--import-directory}, the only place {@code ?file=} imports read
 * from (default {@code data/omakase-import} under the Keycloak home); {@code …--company-directory-realm} (default: the
 * Business ID realm) and {@code …--max-upload-bytes} (default 512 MiB). The orders' endpoints follow the realm
 * endpoints' {@code business-id-realm} ({@link OmakaseRealms}).
 */
public class OmakaseAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "omakase";

    private Path importDirectory;
    private CompanyImportJobs companyImports;
    private Settings settings;
    private ProvisioningWorker provisioningWorker;

    /**
     * @param businessIdRealm       where the orders' admin endpoints answer (the realm endpoints' {@code business-id-realm})
     * @param companyDirectoryRealm the realm that owns the company directory: only its administrators import
     * @param maxUploadBytes        largest import body; a larger one gets 413
     */
    record Settings(String businessIdRealm, String companyDirectoryRealm, long maxUploadBytes) {
    }

    public static final String COMPANY_DIRECTORY_REALM = "company-directory-realm";
    public static final String MAX_UPLOAD_BYTES = "max-upload-bytes";
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return new AdminRealmResourceProvider() {
            @Override
            public Object getResource(KeycloakSession s, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
                return new OmakaseAdminResource(s, auth, adminEvent, importDirectory, companyImports, settings, provisioningWorker);
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
        String businessIdRealm = OmakaseRealms.businessIdRealm();
        String directoryRealm = config.get(COMPANY_DIRECTORY_REALM, businessIdRealm);
        long maxUpload = config.getLong(MAX_UPLOAD_BYTES, DEFAULT_MAX_UPLOAD_BYTES);
        if (maxUpload < 1) {
            throw new IllegalArgumentException("omakase: " + MAX_UPLOAD_BYTES + " must be >= 1");
        }
        settings = new Settings(businessIdRealm, directoryRealm == null || directoryRealm.isBlank() ? businessIdRealm : directoryRealm.strip(),
                maxUpload);
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("import-directory").type("string").defaultValue("<kc home>/data/omakase-import")
                .helpText("Directory whose files the company import may read by name (?file=).").add()
                .property().name(COMPANY_DIRECTORY_REALM).type("string").defaultValue("<business-id-realm>")
                .helpText("Realm that owns the company directory: /admin/realms/{realm}/omakase/companies answers only there"
                        + " (404 elsewhere) and only to that realm's administrators (manage-realm).").add()
                .property().name(MAX_UPLOAD_BYTES).type("long").defaultValue(DEFAULT_MAX_UPLOAD_BYTES)
                .helpText("Largest company import upload in bytes (413 above it); larger files go through ?file=.").add()
                .build();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        provisioningWorker = ProvisioningEventListenerProviderFactory.of(factory).worker();
    }

    @Override
    public void close() {
        if (companyImports != null) {
            companyImports.close();
        }
    }
}
