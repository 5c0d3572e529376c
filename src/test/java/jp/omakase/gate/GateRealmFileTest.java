package jp.omakase.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm file puts the access gate where it runs after every way of logging in: the service realm's bound browser flow
 * is a REQUIRED subflow of the login ways (cookie, identity provider, forms as ALTERNATIVEs; Keycloak would skip
 * ALTERNATIVEs standing next to a REQUIRED) followed by the gate, REQUIRED; the bound direct grant and reset credentials
 * flows end with the gate; the client policy applies the executor to any client; the portal client exists.
 */
class GateRealmFileTest {

    private static JsonNode realm;

    @BeforeAll
    static void read() throws IOException {
        for (JsonNode r : new ObjectMapper().readTree(Path.of("realm-export.json").toFile())) {
            if ("omakase".equals(r.path("realm").asText())) {
                realm = r;
            }
        }
    }

    @Test
    void theBrowserFlowRunsTheGateAfterTheSubflowOfEveryLoginWay() {
        List<JsonNode> top = executions(realm.path("browserFlow").asText());
        assertEquals(4, top.size());
        assertEquals("REQUIRED", top.get(0).path("requirement").asText());
        assertTrue(top.get(0).path("authenticatorFlow").asBoolean());
        assertNetworks(top.get(1));
        assertTenantMfa(top.get(2));
        assertGate(top.get(3));
        List<String> ways = executions(top.get(0).path("flowAlias").asText()).stream()
                .map(e -> e.path("requirement").asText() + " " + e.path("authenticator").asText(e.path("flowAlias").asText())).toList();
        assertEquals(List.of("ALTERNATIVE auth-cookie", "DISABLED auth-spnego", "ALTERNATIVE identity-provider-redirector",
                "ALTERNATIVE omakase browser forms"), ways);
    }

    @Test
    void directGrantAndResetCredentialsEndWithTheNetworksThenTheGate() {
        List<JsonNode> grant = executions(realm.path("directGrantFlow").asText());
        assertGate(grant.get(grant.size() - 1));
        assertTenantMfa(grant.get(grant.size() - 2));
        assertNetworks(grant.get(grant.size() - 3));
        List<JsonNode> reset = executions(realm.path("resetCredentialsFlow").asText());
        assertGate(reset.get(reset.size() - 1));
        assertTenantMfa(reset.get(reset.size() - 2));
        assertNetworks(reset.get(reset.size() - 3));
    }

    /** Issue 17: the tenant's second factor, a conditional subflow between the networks and the gate. */
    private static void assertTenantMfa(JsonNode execution) {
        assertTrue(execution.path("authenticatorFlow").asBoolean());
        assertEquals("CONDITIONAL", execution.path("requirement").asText());
        assertTrue(execution.path("flowAlias").asText().endsWith("tenant MFA"), execution.path("flowAlias").asText());
    }

    @Test
    void theTenantMfaSubflowOffersEnrolmentThenTheAllowedSecondFactors() {
        List<String> mfa = executions("omakase browser - tenant MFA").stream()
                .map(e -> e.path("requirement").asText() + " " + e.path("authenticator").asText()).toList();
        assertEquals(List.of("REQUIRED omakase-mfa-condition", "ALTERNATIVE omakase-mfa-enrol", "ALTERNATIVE auth-otp-form",
                "ALTERNATIVE webauthn-authenticator", "ALTERNATIVE omakase-email-otp", "ALTERNATIVE auth-recovery-authn-code-form"), mfa);
        List<String> direct = executions("omakase direct grant - tenant MFA").stream()
                .map(e -> e.path("requirement").asText() + " " + e.path("authenticator").asText()).toList();
        assertEquals(List.of("REQUIRED omakase-mfa-condition", "REQUIRED omakase-mfa-direct-grant"), direct);
    }

    @Test
    void theClientPolicyAppliesTheExecutorAndThePortalClientExists() {
        JsonNode policy = realm.path("clientPolicies").path("policies").get(0);
        assertTrue(policy.path("enabled").asBoolean());
        assertEquals("any-client", policy.path("conditions").get(0).path("condition").asText());
        String profile = policy.path("profiles").get(0).asText();
        JsonNode executors = realm.path("clientProfiles").path("profiles").get(0);
        assertEquals(profile, executors.path("name").asText());
        assertEquals(AppAccessExecutorFactory.PROVIDER_ID, executors.path("executors").get(0).path("executor").asText());
        boolean portal = false;
        for (JsonNode c : realm.path("clients")) {
            if ("omakase-portal".equals(c.path("clientId").asText())) {
                portal = c.path("publicClient").asBoolean() && !c.path("directAccessGrantsEnabled").asBoolean()
                        && "S256".equals(c.path("attributes").path("pkce.code.challenge.method").asText());
            }
        }
        assertTrue(portal, "omakase-portal: public, PKCE, no direct grants");
    }

    /** Issue 17: the tenant's allowed networks, checked once the user is known and before the gate. */
    private static void assertNetworks(JsonNode execution) {
        assertEquals(AllowedNetworksAuthenticatorFactory.PROVIDER_ID, execution.path("authenticator").asText());
        assertEquals("REQUIRED", execution.path("requirement").asText());
    }

    private static void assertGate(JsonNode execution) {
        assertEquals(AccessGateAuthenticatorFactory.PROVIDER_ID, execution.path("authenticator").asText());
        assertEquals("REQUIRED", execution.path("requirement").asText());
    }

    private static List<JsonNode> executions(String alias) {
        for (JsonNode f : realm.path("authenticationFlows")) {
            if (alias.equals(f.path("alias").asText())) {
                List<JsonNode> list = new ArrayList<>();
                f.path("authenticationExecutions").forEach(list::add);
                list.sort(Comparator.comparingInt(e -> e.path("priority").asInt()));
                return list;
            }
        }
        throw new AssertionError("no flow " + alias);
    }
}
