package jp.omakase.gate;

import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;

import jp.omakase.provisioning.ProvisioningEventListenerProviderFactory;
import jp.omakase.tenant.apps.TenantApps;

/**
 * At start (after the realm import), a WARN when Keycloak does not search clients by {@link TenantApps#TENANT}, and when
 * the service realm's browser or direct grant flow lacks an enabled {@code omakase-access-gate}: a realm imported before the gate existed (the import skips existing realms) lets anyone
 * of the realm into every tenant's app until the operator adds it (docs/access-gate.md, "Existing installations").
 */
final class GateFlowCheck {

    private static final Logger LOG = Logger.getLogger(GateFlowCheck.class);

    private GateFlowCheck() {
    }

    static void onStart(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                String realmName = ProvisioningEventListenerProviderFactory.of(factory).settings().serviceRealm();
                KeycloakModelUtils.runJobInTransaction(factory, s -> {
                    RealmModel realm = s.realms().getRealmByName(realmName);
                    if (realm != null) {
                        s.getContext().setRealm(realm);
                        warnUnless(realm, realm.getBrowserFlow(), "browser");
                        warnUnless(realm, realm.getDirectGrantFlow(), "direct grant");
                        warnUnlessSearchable(realm);
                    }
                });
            }
        });
    }

    private static void warnUnless(RealmModel realm, AuthenticationFlowModel flow, String binding) {
        if (flow != null && !holdsGate(realm, flow, 0)) {
            LOG.warnf("Realm '%s': the %s flow '%s' has no enabled %s: every user of the realm can log in to every tenant's app."
                    + " See docs/access-gate.md (Existing installations).", realm.getName(), binding, flow.getAlias(),
                    AccessGateAuthenticatorFactory.PROVIDER_ID);
        }
    }

    /** Tenant apps are found by their client attribute, which Keycloak searches only when configured searchable. */
    private static void warnUnlessSearchable(RealmModel realm) {
        try {
            realm.searchClientByAttributes(Map.of(TenantApps.TENANT, "-"), 0, 1).count();
        } catch (ModelException e) {
            LOG.warnf("Tenant apps cannot be found: start Keycloak with --spi-client--jpa--searchable-attributes=%s"
                    + " (docs/options.md); until then the users' portal fails.", TenantApps.TENANT);
        }
    }

    /** True when {@code flow} or a sub-flow holds the gate as REQUIRED. */
    static boolean holdsGate(RealmModel realm, AuthenticationFlowModel flow, int depth) {
        if (depth > 10) {
            return false;
        }
        return realm.getAuthenticationExecutionsStream(flow.getId()).anyMatch(e -> {
            if (e.isAuthenticatorFlow()) {
                AuthenticationFlowModel sub = realm.getAuthenticationFlowById(e.getFlowId());
                return sub != null && e.getRequirement() == AuthenticationExecutionModel.Requirement.REQUIRED
                        && holdsGate(realm, sub, depth + 1);
            }
            return AccessGateAuthenticatorFactory.PROVIDER_ID.equals(e.getAuthenticator())
                    && e.getRequirement() == AuthenticationExecutionModel.Requirement.REQUIRED;
        });
    }
}
