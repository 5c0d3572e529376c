package jp.omakase.provisioning;

import java.util.Optional;

import org.keycloak.Config;

import jp.omakase.mail.MailOutboxSettings;
import jp.omakase.support.ContactUrls;

/**
 * The options of provisioning ({@code --spi-events-listener--omakase-provisioning--…}), read once at start.
 *
 * @param serviceRealm        the realm where tenants (Organizations) and their administrators live
 * @param adminClientId       client of the service realm whose pages the administrator lands on after the first login
 * @param contractsClientId   client of the Business ID realm that serves the contractor portal
 * @param tenantAdminRole     realm role of the service realm that makes a member the tenant's administrator
 * @param adminLinkLifespan   seconds a first-login link stays valid (the seed: 24 hours)
 * @param redriveInterval     seconds between two runs of the re-drive task
 * @param redriveAfter        seconds after a failed attempt before the order is provisioned again
 * @param claimLease          seconds a provisioning claim (or a new order's place in one node's queue) is trusted; after
 *                            that any node takes the order over (its node died: a cluster's orders still get their
 *                            mail within about {@code claimLease + redriveInterval})
 * @param mailRetryInitial    seconds before the first retry of a mail the SMTP server refused; doubled per attempt
 * @param mailRetryMax        the longest wait between two mail attempts
 * @param maxAttempts         provisioning attempts of an order before it is FAILED (an operator re-drives it)
 * @param paused              accept orders but provision none (maintenance of the service realm)
 * @param threads             worker threads
 * @param maxOpenContracts    open (not terminated) contracts a Business ID may hold; an order beyond them is HELD
 * @param reissuesPerContract first-login link reissues one contract may request per 24 hours
 * @param reissuesPerBusinessId first-login link reissues one Business ID may request per 24 hours (all its contracts)
 * @param inquiryUrl          the service's inquiry form, in the サービス利用開始通知 (「※本メールにお心当たりのない方は…」);
 *                            absent when unset (the paragraph is left out)
 */
public record ProvisioningSettings(String serviceRealm, String adminClientId, String contractsClientId, String tenantAdminRole,
                                   int adminLinkLifespan, int redriveInterval, int redriveAfter, int mailRetryInitial,
                                   int mailRetryMax, int maxAttempts, boolean paused, int threads,
                                   int maxOpenContracts, int reissuesPerContract, int reissuesPerBusinessId,
                                   Optional<String> inquiryUrl, int claimLease) {

    public static ProvisioningSettings read(Config.Scope config) {
        ProvisioningSettings s = new ProvisioningSettings(
                config.get("service-realm", "omakase"),
                config.get("admin-client-id", "omakase-tenant-admin"),
                config.get("contracts-client-id", "omakase-contracts"),
                config.get("tenant-admin-role", "omakase-tenant-admin"),
                config.getInt("admin-link-lifespan-seconds", 86_400),
                config.getInt("redrive-interval-seconds", 5),
                config.getInt("redrive-after-seconds", 120),
                config.getInt("mail-retry-initial-seconds", 30),
                config.getInt("mail-retry-max-seconds", 3_600),
                config.getInt("max-attempts", 10),
                config.getBoolean("paused", false),
                config.getInt("threads", 2),
                config.getInt("max-open-contracts", 3),
                config.getInt("reissues-per-contract-per-day", 3),
                config.getInt("reissues-per-business-id-per-day", 10),
                ContactUrls.parse("omakase-provisioning: inquiry-url", config.get("inquiry-url")),
                config.getInt("claim-lease-seconds", 15));
        if (s.adminLinkLifespan < 10 || s.redriveInterval < 1 || s.redriveAfter < 1 || s.mailRetryInitial < 1
                || s.mailRetryMax < s.mailRetryInitial || s.maxAttempts < 1 || s.threads < 1
                || s.maxOpenContracts < 1 || s.reissuesPerContract < 1 || s.reissuesPerBusinessId < 1 || s.claimLease < 1) {
            throw new IllegalArgumentException("omakase-provisioning: admin-link-lifespan-seconds must be >= 10, the other"
                    + " durations and counts >= 1, and mail-retry-max-seconds >= mail-retry-initial-seconds");
        }
        return s;
    }

    /** Seconds to wait after the {@code attempts}-th failed mail attempt: the mail outbox's backoff rule with these bounds. */
    public long mailRetryDelay(int attempts) {
        return MailOutboxSettings.backoff(mailRetryInitial, mailRetryMax, attempts);
    }
}
