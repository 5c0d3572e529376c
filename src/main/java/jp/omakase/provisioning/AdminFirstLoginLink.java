package jp.omakase.provisioning;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;

import jp.omakase.order.Contract;

/**
 * 管理者用初回ログイン用URL: Keycloak's execute-actions token (UPDATE_PASSWORD) for the tenant administrator, valid for
 * the configured lifespan, that ends on the tenant pages of the service realm; the mailed URL is the tenant pages'
 * {@code first-login} entry, which opens the password page at once. Keycloak makes it single use; a new
 * link revokes the contract's previous one through Keycloak's revoked-token store, so only the newest link works.
 * The link itself is never stored or logged: the contract keeps only its single-use key and expiry.
 */
public final class AdminFirstLoginLink {

    static final String TENANT_PAGES = "omakase/tenant/";

    private AdminFirstLoginLink() {
    }

    /** A first-login link: the URL to mail, its single-use key (what is stored to revoke it) and its expiry (epoch seconds). */
    public record Issued(String link, String key, int expiry) {
    }

    /** A new link for {@code admin} (the session's realm must be the service realm); records it on {@code contract}. */
    static String issue(KeycloakSession session, RealmModel serviceRealm, UserModel admin, Contract contract,
                        URI baseUri, ProvisioningSettings settings) {
        revokePrevious(session, contract, Time.currentTime());
        Issued issued = issue(session, serviceRealm, baseUri, admin, settings.adminClientId(), settings.adminLinkLifespan());
        contract.linkIssued(issued.key(), (long) issued.expiry());
        return issued.link();
    }

    /**
     * The one maker of first-login links (the administrator's, an invited user's, a password reset's): Keycloak's
     * execute-actions token (UPDATE_PASSWORD) of {@code clientId}, valid {@code lifespanSeconds}, opened through the
     * tenant pages' {@code first-login} entry of {@code serviceRealm} on {@code baseUri}. The caller keeps the key to
     * revoke the link when a newer one replaces it.
     */
    public static Issued issue(KeycloakSession session, RealmModel serviceRealm, URI baseUri, UserModel user, String clientId,
                               int lifespanSeconds) {
        int expiry = Time.currentTime() + lifespanSeconds;
        URI pages = tenantPages(baseUri, serviceRealm.getName());
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(user.getId(), user.getEmail(), expiry,
                List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name()), pages.toString(), clientId);
        String issuer = Urls.realmIssuer(baseUri, serviceRealm.getName());
        token.issuedNow().id(UUID.randomUUID().toString()).issuer(issuer).audience(issuer);
        String link = UriBuilder.fromUri(pages).path("first-login").queryParam("key", session.tokens().encode(token)).build().toString();
        return new Issued(link, token.serializeKey(), expiry);
    }

    /** The previous link of the contract stops working (if it still could). */
    static void revokePrevious(KeycloakSession session, Contract contract, int now) {
        String previous = contract.adminLinkKey();
        Long expiry = contract.adminLinkExpiresAt();
        if (previous != null && expiry != null && expiry > now) {
            session.revokedTokens().put(previous, expiry - now + 60);
        }
    }

    static URI tenantPages(URI baseUri, String serviceRealm) {
        return UriBuilder.fromUri(baseUri).path("realms").path(serviceRealm).path(TENANT_PAGES).build();
    }
}
