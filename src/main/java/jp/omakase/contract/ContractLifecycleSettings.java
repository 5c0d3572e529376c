package jp.omakase.contract;

import org.keycloak.Config;

/**
 * The options of the contract lifecycle ({@code --spi-realm-restapi-extension--omakase--contract-…}), read once at start.
 *
 * @param retentionDays   days a TERMINATED tenant's data is kept before it is deleted
 * @param intervalSeconds how often each node's lifecycle task looks for due steps
 * @param testClock       the operator's "run now" endpoint may be told what time it is ({@code ?at=}); tests only
 */
public record ContractLifecycleSettings(int retentionDays, int intervalSeconds, boolean testClock) {

    public static final String RETENTION_DAYS = "contract-retention-days";
    public static final String INTERVAL_SECONDS = "contract-lifecycle-interval-seconds";
    public static final String TEST_CLOCK = "contract-test-clock";
    public static final int DEFAULT_RETENTION_DAYS = 30;
    public static final int DEFAULT_INTERVAL_SECONDS = 60;

    public ContractLifecycleSettings {
        if (retentionDays < 0 || intervalSeconds < 1) {
            throw new IllegalArgumentException("omakase: " + RETENTION_DAYS + " must be >= 0 and " + INTERVAL_SECONDS + " >= 1");
        }
    }

    public static ContractLifecycleSettings read(Config.Scope config) {
        return new ContractLifecycleSettings(config.getInt(RETENTION_DAYS, DEFAULT_RETENTION_DAYS),
                config.getInt(INTERVAL_SECONDS, DEFAULT_INTERVAL_SECONDS), config.getBoolean(TEST_CLOCK, false));
    }

    public long retentionMillis() {
        return retentionDays * 86_400_000L;
    }
}
