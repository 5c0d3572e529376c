package jp.omakase.signup;

import jp.omakase.testing.KeycloakIT;

/**
 * Step 01 and its mailed link through the cluster's round-robin front (-Pcluster): a link used on one node is refused
 * on the other (single use for the cluster), and the mail limits per address and per client hold for both nodes
 * together (five mails, not five per node).
 */
@KeycloakIT
class SignupLinkClusterIT extends SignupLinkIT {
}
