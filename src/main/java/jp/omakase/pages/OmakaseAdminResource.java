package jp.omakase.pages;

import java.nio.file.Path;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import jp.omakase.company.CompanyAdminResource;
import jp.omakase.company.CompanyImportJobs;
import jp.omakase.contract.ContractAdminResource;
import jp.omakase.documents.ConsentAdminResource;
import jp.omakase.documents.DocumentAdminResource;
import jp.omakase.provisioning.ProvisioningAdminResource;
import jp.omakase.provisioning.ProvisioningWorker;

/**
 * {@code /admin/realms/{realm}/omakase/…}: the extension's admin endpoints, one sub-resource per feature, each only in
 * the realm it belongs to (orders: the Business ID realm; companies: the realm that owns the company directory); 404
 * in any other realm, whoever asks.
 */
public class OmakaseAdminResource {

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final Path importDirectory;
    private final CompanyImportJobs companyImports;
    private final OmakaseAdminResourceProviderFactory.Settings settings;
    private final ProvisioningWorker provisioningWorker;

    OmakaseAdminResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent, Path importDirectory,
                         CompanyImportJobs companyImports, OmakaseAdminResourceProviderFactory.Settings settings,
                         ProvisioningWorker provisioningWorker) {
        this.provisioningWorker = provisioningWorker;
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.importDirectory = importDirectory;
        this.companyImports = companyImports;
        this.settings = settings;
    }

    /** Provisioning of the realm's orders: re-drive one by hand. */
    @jakarta.ws.rs.Path("orders")
    public ProvisioningAdminResource orders() {
        OmakaseRealms.require(session, settings.businessIdRealm());
        return new ProvisioningAdminResource(session, auth, adminEvent, provisioningWorker);
    }

    /** The contracts: list with states, terminate one now, run the lifecycle's due steps now. */
    @jakarta.ws.rs.Path("contracts")
    public ContractAdminResource contracts() {
        OmakaseRealms.require(session, settings.businessIdRealm());
        return new ContractAdminResource(session, auth, adminEvent,
                OmakaseResourceProviderFactory.lifecycle(session.getKeycloakSessionFactory()));
    }

    /** The terms and policies in force and their reload. */
    @jakarta.ws.rs.Path("documents")
    public DocumentAdminResource documents() {
        OmakaseRealms.require(session, settings.businessIdRealm());
        return new DocumentAdminResource(session, auth, adminEvent);
    }

    /** Consent records: which user agreed to which text, when. */
    @jakarta.ws.rs.Path("consents")
    public ConsentAdminResource consents() {
        OmakaseRealms.require(session, settings.businessIdRealm());
        return new ConsentAdminResource(session, auth);
    }

    @jakarta.ws.rs.Path("companies")
    public CompanyAdminResource companies() {
        OmakaseRealms.require(session, settings.companyDirectoryRealm());
        return new CompanyAdminResource(session, auth, adminEvent, importDirectory, companyImports, settings.maxUploadBytes());
    }
}
