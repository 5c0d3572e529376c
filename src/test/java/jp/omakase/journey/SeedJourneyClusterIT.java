package jp.omakase.journey;

import jp.omakase.testing.KeycloakIT;

/**
 * The seed's whole journey (sign-up pages, mailed link, store, order, provisioning, first login) in one browser through
 * the cluster's round-robin front: consecutive requests land on alternating nodes (-Pcluster).
 */
@KeycloakIT
class SeedJourneyClusterIT extends SeedJourneyIT {
}
