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
final class AdminFirstLoginLink {

    static final String TENANT_PAGES = "omakase/tenant/";

    private AdminFirstLoginLink() {
    }

    /** A new link for {@code admin} (the session's realm must be the service realm); records it on {@code contract}. */
    static String issue(KeycloakSession session, RealmModel serviceRealm, UserModel admin, Contract contract,
                        URI baseUri, ProvisioningSettings settings) {
        int now = Time.currentTime();
        revokePrevious(session, contract, now);
        int expiry = now + settings.adminLinkLifespan();
        String landing = tenantPages(baseUri, serviceRealm.getName()).toString();
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(admin.getId(), admin.getEmail(), expiry,
                List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name()), landing, settings.adminClientId());
        String issuer = Urls.realmIssuer(baseUri, serviceRealm.getName());
        token.issuedNow().id(UUID.randomUUID().toString()).issuer(issuer).audience(issuer);
        String encoded = session.tokens().encode(token);
        contract.linkIssued(token.serializeKey(), (long) expiry);
        return UriBuilder.fromUri(tenantPages(baseUri, serviceRealm.getName())).path("first-login")
                .queryParam("key", encoded).build().toString();
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
