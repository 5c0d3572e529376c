package jp.omakase.provisioning;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.TokenCategory;
import org.keycloak.representations.JsonWebToken;

/**
 * The mailed link by which an existing account accepts to administer a new tenant: a JWT signed with the service
 * realm's internal (HMAC) key, for one account (subject) and one contract, valid as long as a first-login link, used
 * once (its id goes into Keycloak's persisted revoked-token store when it is used or replaced).
 */
public class AdminConfirmToken extends JsonWebToken {

    static final String TYPE = "omakase-admin-confirm";

    @JsonProperty("ctr")
    private String contractId;

    public AdminConfirmToken() {
        // for JSON
    }

    AdminConfirmToken(String id, String issuer, long expiresAt, String userId, String contractId) {
        id(id);
        type(TYPE);
        issuer(issuer);
        issuedNow();
        exp(expiresAt);
        subject(userId);
        this.contractId = contractId;
    }

    @Override
    public TokenCategory getCategory() {
        return TokenCategory.INTERNAL;
    }

    String getContractId() {
        return contractId;
    }
}
