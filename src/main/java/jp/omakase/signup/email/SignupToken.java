package jp.omakase.signup.email;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.TokenCategory;
import org.keycloak.representations.JsonWebToken;

/**
 * The mailed sign-up link: a JWT signed with the realm's internal (HMAC) key, bound to one e-mail address, valid for
 * the configured lifespan and usable once (its id goes into Keycloak's persisted revoked-token store when the link's
 * button is pressed). It also names the browser tab that asked for it, so the same browser resumes its flow.
 */
public class SignupToken extends JsonWebToken {

    public static final String TYPE = "omakase-signup";

    @JsonProperty("eml")
    private String email;

    @JsonProperty("cid")
    private String clientId;

    @JsonProperty("asid")
    private String rootSessionId;

    @JsonProperty("tab")
    private String tabId;

    @JsonProperty("ruri")
    private String redirectUri;

    @JsonProperty("loc")
    private String locale;

    public SignupToken() {
        // for JSON
    }

    public SignupToken(String id, String issuer, long expiresAt, String email, String clientId, String rootSessionId,
                       String tabId, String redirectUri, String locale) {
        id(id);
        type(TYPE);
        issuer(issuer);
        issuedNow();
        exp(expiresAt);
        this.email = email;
        this.clientId = clientId;
        this.rootSessionId = rootSessionId;
        this.tabId = tabId;
        this.redirectUri = redirectUri;
        this.locale = locale;
    }

    @Override
    public TokenCategory getCategory() {
        return TokenCategory.INTERNAL;
    }

    public String getEmail() {
        return email;
    }

    public String getClientId() {
        return clientId;
    }

    public String getRootSessionId() {
        return rootSessionId;
    }

    public String getTabId() {
        return tabId;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public String getLocale() {
        return locale;
    }
}
