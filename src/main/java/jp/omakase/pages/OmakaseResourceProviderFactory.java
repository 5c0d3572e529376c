package jp.omakase.pages;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import jakarta.ws.rs.NotFoundException;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

import jp.omakase.inquiry.Inquiries;
import jp.omakase.inquiry.InquirySettings;
import jp.omakase.order.OrderApiSettings;
import jp.omakase.order.Pricing;
import jp.omakase.contract.ContractLifecycle;
import jp.omakase.contract.ContractLifecycleSettings;
import jp.omakase.provisioning.ProvisioningEventListenerProviderFactory;
import jp.omakase.support.AfterCommitMailer;
import jp.omakase.support.RateLimiter;
import jp.omakase.tenant.bulk.CsvJobs;
import jp.omakase.tenant.apps.catalogue.AppCatalogue;

/**
 * Id {@code omakase}: serves {@code /realms/{realm}/omakase/…}. Options (SPI {@code realm-restapi-extension}):
 * {@code --spi-realm-restapi-extension--omakase--company-searches-per-minute} (per client address, default 60) and
 * {@code …--company-search-max-results} (default 20), {@code …--csv-max-upload-bytes} (5 MB) and {@code …--csv-directory} (the
 * users' CSV files of the tenant console), {@code …--business-id-realm} (default {@code bizid}: where the
 * Business ID endpoints answer, see {@link OmakaseRealms}), {@code …--apps-directory} (the operator's SaaS templates, added
 * to the catalogue shipped in the jar, see {@code docs/saas-apps.md}), {@code …--contract-retention-days} (30),
 * {@code …--contract-lifecycle-interval-seconds} (60) and {@code …--contract-test-clock} (the contract lifecycle, see
 * {@code docs/lifecycle.md}).
 */
public class OmakaseResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "omakase";
    static final String CSV_MAX_UPLOAD_BYTES = "csv-max-upload-bytes";
    static final long DEFAULT_CSV_MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    static final String CSV_DIRECTORY = "csv-directory";
    public static final String APPS_DIRECTORY = "apps-directory";

    private RateLimiter companySearchLimiter;
    private int companySearchMaxResults;
    private Pricing pricing;
    private OrderApiSettings orderApi;
    private String storeClientId;
    private AfterCommitMailer orderMailer;
    private String businessIdRealm;
    private ProvisioningEventListenerProviderFactory provisioning;
    private CsvJobs csvJobs;
    private AppCatalogue apps;
    private Inquiries inquiries;
    private ContractLifecycle lifecycle;

    /** The contract lifecycle of this server (the factory of this id must be deployed: it serves the contractor portal). */
    public static ContractLifecycle lifecycle(KeycloakSessionFactory factory) {
        return ((OmakaseResourceProviderFactory) factory.getProviderFactory(RealmResourceProvider.class, PROVIDER_ID)).lifecycle;
    }

    /** The catalogue of SaaS設定, read once at start (the factory of this id must be deployed: it serves the pages). */
    public static AppCatalogue apps(KeycloakSession session) {
        return ((OmakaseResourceProviderFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(RealmResourceProvider.class, PROVIDER_ID)).apps;
    }

    /** The inquiries (form, rate limit, operator address), set up once at start (issue 18). */
    public static Inquiries inquiries(KeycloakSession session) {
        return ((OmakaseResourceProviderFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(RealmResourceProvider.class, PROVIDER_ID)).inquiries;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        OmakaseRealmResource resource = new OmakaseRealmResource(session, companySearchLimiter, companySearchMaxResults,
                pricing, orderApi, storeClientId, orderMailer, businessIdRealm, provisioning, csvJobs);
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                // not even the root answers in a realm that is neither the Business ID realm nor the service realm
                RealmModel realm = session.getContext().getRealm();
                if (realm == null || !(realm.getName().equals(businessIdRealm)
                        || realm.getName().equals(provisioning.settings().serviceRealm()))) {
                    throw new NotFoundException();
                }
                return resource;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        int perMinute = config.getInt("company-searches-per-minute", 60);
        companySearchMaxResults = config.getInt("company-search-max-results", 20);
        if (perMinute < 1 || companySearchMaxResults < 1) {
            throw new IllegalArgumentException("omakase: company-searches-per-minute and company-search-max-results must be >= 1");
        }
        companySearchLimiter = new RateLimiter("company-search", perMinute, 60_000, Clock.systemUTC());
        pricing = new Pricing(config.get("product-code", "omakase-login"), config.getLong("initial-fee", 0L),
                config.getLong("monthly-fee", 0L), config.getInt("tax-rate-percent", 10));
        if (pricing.initialFee() < 0 || pricing.monthlyFee() < 0 || pricing.taxRatePercent() < 0) {
            throw new IllegalArgumentException("omakase: initial-fee, monthly-fee and tax-rate-percent must be >= 0");
        }
        orderApi = new OrderApiSettings(config.get("order-api-role", "omakase-order-api"),
                config.get("order-api-audience", "omakase-order-api"), config.getInt("order-api-max-body-bytes", 65_536));
        if (orderApi.maxBodyBytes() < 1024) {
            throw new IllegalArgumentException("omakase: order-api-max-body-bytes must be >= 1024");
        }
        storeClientId = config.get("store-client-id", "omakase-store");
        orderMailer = new AfterCommitMailer("omakase-order-mail");
        businessIdRealm = OmakaseRealms.businessIdRealm(config);
        long csvMaxUpload = config.getLong(CSV_MAX_UPLOAD_BYTES, DEFAULT_CSV_MAX_UPLOAD_BYTES);
        if (csvMaxUpload < 1024) {
            throw new IllegalArgumentException("omakase: " + CSV_MAX_UPLOAD_BYTES + " must be >= 1024");
        }
        String csvDirectory = config.get(CSV_DIRECTORY, Path.of(System.getProperty("java.io.tmpdir"), "omakase-csv").toString());
        csvJobs = new CsvJobs(Path.of(csvDirectory), csvMaxUpload);
        lifecycle = new ContractLifecycle(ContractLifecycleSettings.read(config));
        String appsDirectory = config.get(APPS_DIRECTORY);
        try {
            apps = AppCatalogue.load(appsDirectory == null || appsDirectory.isBlank() ? null
                    : java.nio.file.Path.of(appsDirectory.strip()).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("omakase: " + APPS_DIRECTORY + ": " + e.getMessage(), e);
        }
        inquiries = new Inquiries(InquirySettings.read(config), Clock.systemUTC());
        if (inquiries.settings().operatorEmail().isEmpty()) {
            org.jboss.logging.Logger.getLogger(OmakaseResourceProviderFactory.class).warnf("omakase: %s is not set: inquiries are"
                    + " stored and acknowledged, but not mailed to the operator", InquirySettings.OPERATOR_EMAIL);
        }
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        List<ProviderConfigProperty> own = ProviderConfigurationBuilder.create()
                .property().name("company-searches-per-minute").type("int").defaultValue(60)
                .helpText("Company searches allowed per client address and minute.").add()
                .property().name("company-search-max-results").type("int").defaultValue(20)
                .helpText("Largest 'limit' a company search may ask for.").add()
                .property().name("product-code").type("string").defaultValue("omakase-login")
                .helpText("Product code of おまかせログイン in the store and the order API.").add()
                .property().name("initial-fee").type("int").defaultValue(0).helpText("初期費用, yen, tax excluded.").add()
                .property().name("monthly-fee").type("int").defaultValue(0).helpText("月額利用料, yen, tax excluded.").add()
                .property().name("tax-rate-percent").type("int").defaultValue(10).helpText("消費税率 (%); tax is rounded down to the yen.").add()
                .property().name("order-api-role").type("string").defaultValue("omakase-order-api")
                .helpText("Realm role the order API's callers (service accounts) must hold.").add()
                .property().name("order-api-audience").type("string").defaultValue("omakase-order-api")
                .helpText("Audience an order API token must name (client scope omakase-order-api of the realm file).").add()
                .property().name("order-api-max-body-bytes").type("int").defaultValue(65_536)
                .helpText("Largest order API body; larger ones get 413.").add()
                .property().name("store-client-id").type("string").defaultValue("omakase-store")
                .helpText("Client through which the store pages log the Business ID in.").add()
                .property().name(OmakaseRealms.BUSINESS_ID_REALM).type("string").defaultValue(OmakaseRealms.DEFAULT_BUSINESS_ID_REALM)
                .helpText("The Business ID realm: the only realm whose /realms/{realm}/omakase/ serves sign-up, store, orders,"
                        + " contracts and the company search (the tenant pages: the provisioning's service-realm only);"
                        + " every other realm answers 404.").add()
                .property().name(CSV_MAX_UPLOAD_BYTES).type("long").defaultValue(DEFAULT_CSV_MAX_UPLOAD_BYTES)
                .helpText("Largest users' CSV file a tenant administrator may upload (10,000 rows take about 2 MB).").add()
                .property().name(CSV_DIRECTORY).type("string").defaultValue("${java.io.tmpdir}/omakase-csv")
                .helpText("Where this node keeps an uploaded users' CSV file from its check until it is applied.").add()
                .property().name(APPS_DIRECTORY).type("string")
                .helpText("Directory of the operator's SaaS app templates (*.json, docs/saas-apps.md): each adds a template to the"
                        + " catalogue of the tenant console's SaaS settings or replaces the shipped one with its id.").add()
                .property().name(ContractLifecycleSettings.RETENTION_DAYS).type("int")
                .defaultValue(ContractLifecycleSettings.DEFAULT_RETENTION_DAYS)
                .helpText("Days a terminated tenant's data is kept (tenant disabled) before it is deleted for good.").add()
                .property().name(ContractLifecycleSettings.INTERVAL_SECONDS).type("int")
                .defaultValue(ContractLifecycleSettings.DEFAULT_INTERVAL_SECONDS)
                .helpText("How often each node looks for contracts whose end, retention or administrator change is due.").add()
                .property().name(ContractLifecycleSettings.TEST_CLOCK).type("boolean").defaultValue(false)
                .helpText("Tests only: the operator's POST …/omakase/contracts/lifecycle may name the time to run at (?at=).").add()
                .build();
        return java.util.stream.Stream.concat(own.stream(), InquirySettings.metadata().stream()).toList();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // provisioning's options (service realm, clients, limits) and worker, looked up once and handed to the pages
        provisioning = ProvisioningEventListenerProviderFactory.of(factory);
        csvJobs.start(factory);
        lifecycle.start(factory, provisioning.settings());
    }

    @Override
    public void close() {
        if (orderMailer != null) {
            orderMailer.close();
        }
        if (csvJobs != null) {
            csvJobs.close();
        }
        if (lifecycle != null) {
            lifecycle.close();
        }
    }
}
