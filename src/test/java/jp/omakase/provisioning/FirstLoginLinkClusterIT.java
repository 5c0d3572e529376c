package jp.omakase.provisioning;

import org.junit.jupiter.api.Test;

import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/**
 * Through the cluster's round-robin front (-Pcluster): an order placed on one node becomes a tenant, its administrator's
 * first-login link works once, its pages alternating between the nodes, and is refused afterwards on whichever node
 * answers (single use for the cluster). The same walk as the single server's {@link ProvisioningIT}.
 */
@KeycloakIT
class FirstLoginLinkClusterIT {

    @Test
    void firstLoginLinkWorksOnceAcrossTheNodes(TestEnvironment env, Browser browser) throws Exception {
        new ProvisioningIT().orderBecomesTenantWhoseAdministratorLogsInThroughTheMailedLink(env, browser);
    }
}
