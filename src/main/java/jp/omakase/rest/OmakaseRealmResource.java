package jp.omakase.rest;

import jakarta.ws.rs.Path;
import org.keycloak.models.KeycloakSession;

import jp.omakase.company.CompanySearchResource;
import jp.omakase.signup.email.SignupLinkResource;
import jp.omakase.support.RateLimiter;

/** {@code /realms/{realm}/omakase/…}: the extension's public endpoints, one sub-resource per feature. */
public class OmakaseRealmResource {

    private final KeycloakSession session;
    private final RateLimiter companySearchLimiter;
    private final int companySearchMaxLimit;

    OmakaseRealmResource(KeycloakSession session, RateLimiter companySearchLimiter, int companySearchMaxLimit) {
        this.session = session;
        this.companySearchLimiter = companySearchLimiter;
        this.companySearchMaxLimit = companySearchMaxLimit;
    }

    @Path("companies")
    public CompanySearchResource companies() {
        return new CompanySearchResource(session, companySearchLimiter, companySearchMaxLimit);
    }

    /** The mailed sign-up link ({@code ?email_token=…}). */
    @Path("signup")
    public SignupLinkResource signup() {
        return new SignupLinkResource(session);
    }
}
