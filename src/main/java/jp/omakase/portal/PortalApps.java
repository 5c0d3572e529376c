package jp.omakase.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.protocol.saml.SamlProtocol;
import org.keycloak.services.util.ResolveRelative;

import jp.omakase.tenant.apps.AppAccess;
import jp.omakase.tenant.apps.TenantApps;

/**
 * The tiles of the portal: the apps of the user's enabled tenants ({@link TenantApps#of}, by the tenant attribute, never
 * every client of the realm) that {@link AppAccess} allows the user, by name. Launch: a SAML app with an IdP-initiated
 * name opens Keycloak's IdP-initiated URL ({@code /realms/{realm}/protocol/saml/clients/{name}}); any other app its base
 * URL (resolved against its root URL), else its root URL; an app with neither has no launch link.
 */
final class PortalApps {

    private PortalApps() {
    }

    static List<PortalView.Tile> of(KeycloakSession session, RealmModel realm, UserModel user) {
        OrganizationProvider orgs = session.getProvider(OrganizationProvider.class);
        if (orgs == null) {
            return List.of();
        }
        return orgs.getByMember(user).filter(OrganizationModel::isEnabled)
                .flatMap(tenant -> TenantApps.of(realm, tenant))
                .filter(app -> AppAccess.check(session, app, user) == AppAccess.Decision.ALLOWED)
                .map(app -> tile(session, realm, app))
                .sorted(Comparator.comparing(PortalView.Tile::name)).toList();
    }

    private static PortalView.Tile tile(KeycloakSession session, RealmModel realm, ClientModel app) {
        String name = name(app);
        String letter = name.isEmpty() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
        return new PortalView.Tile(app.getId(), name, letter, app.getAttribute(TenantApps.TEMPLATE), launch(session, realm, app));
    }

    static String name(ClientModel app) {
        String display = app.getAttribute(TenantApps.DISPLAY_NAME);
        if (display != null && !display.isBlank()) {
            return display.strip();
        }
        return app.getName() != null && !app.getName().isBlank() && !app.getName().contains("${") ? app.getName() : app.getClientId();
    }

    static String launch(KeycloakSession session, RealmModel realm, ClientModel app) {
        String idpInitiated = app.getAttribute(SamlProtocol.SAML_IDP_INITIATED_SSO_URL_NAME);
        if (SamlProtocol.LOGIN_PROTOCOL.equals(app.getProtocol()) && idpInitiated != null && !idpInitiated.isBlank()) {
            return UriBuilder.fromUri(session.getContext().getUri().getBaseUri()).path("realms").path(realm.getName())
                    .path("protocol/saml/clients").path(idpInitiated.strip()).build().toString();
        }
        String base = app.getBaseUrl();
        if (base != null && !base.isBlank()) {
            return ResolveRelative.resolveRelativeUri(session, app.getRootUrl(), base);
        }
        String root = app.getRootUrl();
        return root == null || root.isBlank() ? null : ResolveRelative.resolveRootUrl(session, root);
    }
}
