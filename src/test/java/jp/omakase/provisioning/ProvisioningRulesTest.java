package jp.omakase.provisioning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.keycloak.Config;

/** The pure rules of provisioning: mail backoff, the administrator's names, the options' bounds. */
class ProvisioningRulesTest {

    @ParameterizedTest(name = "attempt {0}: wait {1} s")
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "7, 1920", "8, 3600", "20, 3600", "1000, 3600"})
    void mailRetryWaitDoublesUpToTheMaximum(int attempts, long seconds) {
        assertEquals(seconds, settings(Map.of()).mailRetryDelay(attempts));
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource({"'山田 太郎', 山田, 太郎", "'山田　太郎', 山田, 太郎", "' 佐藤  花子 ', 佐藤, 花子", "'Taro Yamada Jr', Taro, 'Yamada Jr'",
            "山田太郎, 山田太郎, 山田太郎"})
    void contractorNameGivesFamilyAndGivenName(String full, String family, String given) {
        assertArrayEquals(new String[] {family, given}, TenantProvisioner.names(full));
    }

    @Test
    void defaultsAreTheSeeds() {
        ProvisioningSettings s = settings(Map.of());
        assertEquals(86_400, s.adminLinkLifespan(), "24 hours");
        assertEquals("omakase", s.serviceRealm());
        assertEquals("omakase-tenant-admin", s.tenantAdminRole());
        assertEquals(false, s.paused());
    }

    @Test
    void nonsensicalOptionsStopTheStart() {
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("admin-link-lifespan-seconds", "5")));
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("threads", "0")));
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("mail-retry-initial-seconds", "60", "mail-retry-max-seconds", "30")));
    }

    @Test
    void aDeadNodesOrdersAreTakenOverWithinTheNoticesThirtySeconds() {
        ProvisioningSettings s = settings(Map.of());
        assertEquals(15, s.claimLease());
        assertEquals(5, s.redriveInterval());
        assertEquals(true, s.claimLease() + s.redriveInterval() <= 20, "lease and one re-drive leave 10 s of the 30 s for the work");
        assertEquals(120, s.redriveAfter(), "a failed attempt still waits its own delay");
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("claim-lease-seconds", "0")));
    }

    @Test
    void aUniqueConflictWithAConcurrentTransactionIsToldFromOtherFailures() {
        assertEquals(true, TenantProvisioner.conflict(new RuntimeException(new org.keycloak.models.ModelDuplicateException("name"))));
        assertEquals(true, TenantProvisioner.conflict(new RuntimeException(new ConstraintViolationException())));
        assertEquals(false, TenantProvisioner.conflict(new IllegalStateException("x")));
        assertEquals(false, TenantProvisioner.conflict(new ProvisioningFailure(ProvisioningFailure.SERVICE_REALM_MISSING)));
    }

    /** Named as Hibernate's, which the provider sees at commit (the test class path has no Hibernate). */
    private static final class ConstraintViolationException extends RuntimeException {
    }

    @Test
    void reasonIsACodeNeverAMessage() {
        assertEquals("unexpected:IllegalStateException", TenantProvisioner.reason(new IllegalStateException("taro@example.jp exists")));
        assertEquals("service_realm_missing", TenantProvisioner.reason(new ProvisioningFailure(ProvisioningFailure.SERVICE_REALM_MISSING)));
        assertEquals("contractor_missing", TenantProvisioner.reason(new ProvisioningFailure(ProvisioningFailure.CONTRACTOR_MISSING)));
    }

    @Test
    void limitsDefaultToSmallNumbersAndMustBePositive() {
        ProvisioningSettings s = settings(Map.of());
        assertEquals(3, s.maxOpenContracts());
        assertEquals(3, s.reissuesPerContract());
        assertEquals(10, s.reissuesPerBusinessId());
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("max-open-contracts", "0")));
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("reissues-per-contract-per-day", "0")));
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("reissues-per-business-id-per-day", "0")));
    }

    @Test
    void reissueLimitCountsTheContractsWindowAndTheBusinessIdsDay() {
        ProvisioningSettings s = settings(Map.of("reissues-per-contract-per-day", "2", "reissues-per-business-id-per-day", "4"));
        long now = 10 * AdminLinkReissue.DAY_MILLIS;
        assertEquals(false, AdminLinkReissue.limited(null, 0, 0, now, s), "never reissued");
        assertEquals(false, AdminLinkReissue.limited(now - 1000, 1, 1, now, s));
        assertEquals(true, AdminLinkReissue.limited(now - 1000, 2, 2, now, s), "the contract's two of the day");
        assertEquals(false, AdminLinkReissue.limited(now - AdminLinkReissue.DAY_MILLIS, 2, 0, now, s), "a day later the window is new");
        assertEquals(true, AdminLinkReissue.limited(null, 0, 4, now, s), "the Business ID's four, on other contracts");
    }

    private static ProvisioningSettings settings(Map<String, String> values) {
        return ProvisioningSettings.read(new MapScope(values));
    }

    /** A factory's {@code Config.Scope} over a map; Keycloak's AbstractScope parses the typed values. */
    private static final class MapScope extends Config.AbstractScope {
        private final Map<String, String> values;

        MapScope(Map<String, String> values) {
            this.values = values;
        }

        @Override
        public String get(String key) {
            return values.get(key);
        }

        @Override
        public Config.Scope scope(String... scope) {
            return this;
        }

        @Override
        public java.util.Set<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Config.Scope root() {
            return this;
        }
    }
}
