package jp.omakase.tenant.apps.catalogue;

import java.util.List;
import java.util.Map;

/**
 * What an OIDC app is allowed: redirect URIs (https, or http only for localhost), confidential (client secret) or public
 * with PKCE (S256), the front- and back-channel logout URLs (blank: none), the claim name of each user value of
 * {@link #CLAIMS} beyond the standard profile and e-mail claims (blank: not sent), and the RP's login URL the portal
 * opens (blank: the first redirect URI's origin).
 */
public record OidcSettings(List<String> redirectUris, boolean confidential, String frontchannelLogoutUrl, String backchannelLogoutUrl,
                           Map<String, String> claims, String loginUrl) {

    /** 部署, groups. */
    public static final List<String> CLAIMS = List.of("department", "groups");

    public OidcSettings {
        redirectUris = List.copyOf(redirectUris);
        claims = Map.copyOf(claims);
    }

    public OidcSettings withRedirectUris(List<String> uris) {
        return new OidcSettings(uris, confidential, frontchannelLogoutUrl, backchannelLogoutUrl, claims, loginUrl);
    }
}
