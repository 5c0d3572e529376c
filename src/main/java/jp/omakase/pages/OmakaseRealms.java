package jp.omakase.pages;

import jakarta.ws.rs.NotFoundException;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Which realm serves which of the extension's endpoints. The Business ID realm (option {@code business-id-realm} of
 * SPI {@code realm-restapi-extension}, provider {@code omakase}; default {@code bizid}) serves sign-up, store, orders,
 * contracts and the company search; the service realm (the provisioning option {@code service-realm}, default
 * {@code omakase}) serves the tenant pages. Any other realm (master, a customer realm) answers 404, as if the extension
 * were not installed there.
 */
public final class OmakaseRealms {

    public static final String SPI = "realm-restapi-extension";
    public static final String BUSINESS_ID_REALM = "business-id-realm";
    public static final String DEFAULT_BUSINESS_ID_REALM = "bizid";

    private OmakaseRealms() {
    }

    /** The Business ID realm's name from the realm resource's options ({@code scope} of {@code realm-restapi-extension/omakase}). */
    public static String businessIdRealm(Config.Scope scope) {
        String name = scope == null ? null : scope.get(BUSINESS_ID_REALM, DEFAULT_BUSINESS_ID_REALM);
        return name == null || name.isBlank() ? DEFAULT_BUSINESS_ID_REALM : name.strip();
    }

    /** The same option, read from another provider's {@code init} (the admin endpoints follow the realm endpoints). */
    public static String businessIdRealm() {
        return businessIdRealm(Config.scope(SPI, OmakaseResourceProviderFactory.PROVIDER_ID));
    }

    /** 404 unless the request's realm is {@code realmName}. */
    public static void require(KeycloakSession session, String realmName) {
        RealmModel realm = session.getContext().getRealm();
        if (realm == null || !realm.getName().equals(realmName)) {
            throw new NotFoundException();
        }
    }
}
