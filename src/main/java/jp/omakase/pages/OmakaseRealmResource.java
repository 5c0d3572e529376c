package jp.omakase.pages;

import jakarta.ws.rs.Path;
import org.keycloak.models.KeycloakSession;

import jp.omakase.company.CompanySearchResource;
import jp.omakase.contract.ContractPortalResource;
import jp.omakase.inquiry.InquiryPagesResource;
import jp.omakase.provisioning.ProvisioningEventListenerProviderFactory;
import jp.omakase.provisioning.ProvisioningSettings;
import jp.omakase.portal.PortalPagesResource;
import jp.omakase.tenant.TenantPagesResource;
import jp.omakase.tenant.bulk.CsvJobs;
import jp.omakase.order.OrderApiResource;
import jp.omakase.order.OrderApiSettings;
import jp.omakase.order.Pricing;
import jp.omakase.support.AfterCommitMailer;
import jp.omakase.store.StorePagesResource;
import jp.omakase.signup.email.SignupLinkResource;
import jp.omakase.support.RateLimiter;

/**
 * {@code /realms/{realm}/omakase/…}: the extension's public endpoints, one sub-resource per feature, each only in the
 * realm it belongs to ({@link OmakaseRealms}); 404 in any other realm.
 */
public class OmakaseRealmResource {

    private final KeycloakSession session;
    private final RateLimiter companySearchLimiter;
    private final int companySearchMaxLimit;
    private final Pricing pricing;
    private final OrderApiSettings orderApi;
    private final String storeClientId;
    private final AfterCommitMailer orderMailer;
    private final String businessIdRealm;
    private final ProvisioningEventListenerProviderFactory provisioning;
    private final CsvJobs csvJobs;

    OmakaseRealmResource(KeycloakSession session, RateLimiter companySearchLimiter, int companySearchMaxLimit,
                         Pricing pricing, OrderApiSettings orderApi, String storeClientId, AfterCommitMailer orderMailer,
                         String businessIdRealm, ProvisioningEventListenerProviderFactory provisioning, CsvJobs csvJobs) {
        this.provisioning = provisioning;
        this.csvJobs = csvJobs;
        this.session = session;
        this.companySearchLimiter = companySearchLimiter;
        this.companySearchMaxLimit = companySearchMaxLimit;
        this.pricing = pricing;
        this.orderApi = orderApi;
        this.storeClientId = storeClientId;
        this.orderMailer = orderMailer;
        this.businessIdRealm = businessIdRealm;
    }

    /** 404 outside the Business ID realm ({@link OmakaseRealms}). */
    private void businessIdRealmOnly() {
        OmakaseRealms.require(session, businessIdRealm);
    }

    /**
     * Every page feature first: the browser's return from the page client's login ({@code GET …?code=…&state=…}) is
     * answered with a 303 to the page's clean URL ({@link LoginReturn}), or null (not a return).
     */
    private LoginReturn loginReturn() {
        return LoginReturn.of(session);
    }

    /** The store's pages (product, cart, order, history), for the logged-in Business ID. */
    @Path("store")
    public Object store() {
        businessIdRealmOnly();
        LoginReturn back = loginReturn();
        return back != null ? back : new StorePagesResource(session, pricing, storeClientId, orderMailer,
                provisioning.settings().maxOpenContracts());
    }

    /** The order API for web stores (client-credentials token of a store's service account). */
    @Path("orders")
    public OrderApiResource orders() {
        businessIdRealmOnly();
        return new OrderApiResource(session, pricing, orderApi, provisioning.settings().maxOpenContracts());
    }

    /** The contractor portal: the Business ID's contracts and the administrator first-login link. */
    @Path("contracts")
    public Object contracts() {
        businessIdRealmOnly();
        LoginReturn back = loginReturn();
        return back != null ? back
                : new ContractPortalResource(session, provisioning.settings(), provisioning.adminLinkReissue(),
                        OmakaseResourceProviderFactory.lifecycle(session.getKeycloakSessionFactory()).settings());
    }

    /** Where a tenant administrator lands (service realm). */
    @Path("tenant")
    public Object tenant() {
        ProvisioningSettings settings = provisioning.settings();
        OmakaseRealms.require(session, settings.serviceRealm());
        LoginReturn back = loginReturn();
        return back != null ? back : new TenantPagesResource(session, settings, csvJobs);
    }

    /** The users' portal (service realm): apps, profile, password, sign-out everywhere. */
    @Path("portal")
    public Object portal() {
        ProvisioningSettings settings = provisioning.settings();
        OmakaseRealms.require(session, settings.serviceRealm());
        LoginReturn back = loginReturn();
        return back != null ? back : new PortalPagesResource(session, settings.tenantAdminRole());
    }

    /** お問い合わせ: the public inquiry form, in both realms (the resource root already answers 404 in any other). */
    @Path("inquiry")
    public InquiryPagesResource inquiry() {
        return new InquiryPagesResource(session, OmakaseResourceProviderFactory.inquiries(session));
    }

    @Path("companies")
    public CompanySearchResource companies() {
        businessIdRealmOnly();
        return new CompanySearchResource(session, companySearchLimiter, companySearchMaxLimit);
    }

    /** The mailed sign-up link ({@code ?email_token=…}). */
    @Path("signup")
    public SignupLinkResource signup() {
        businessIdRealmOnly();
        return new SignupLinkResource(session);
    }
}
