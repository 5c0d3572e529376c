package jp.omakase.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;

import org.junit.jupiter.api.Test;

/** The keys of the rate limits; the counting itself is the database's (RateLimitClusterIT, the sign-up and search ITs). */
class RateLimiterTest {

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "198.51.100.7, 198.51.100.7",
            "2001:db8:1:2::1, 2001:db8:1:2::/64",
            "2001:db8:1:2:ffff:ffff:ffff:ffff, 2001:db8:1:2::/64",
            "2001:0DB8:0001:0002:0000:0000:0000:0009, 2001:db8:1:2::/64",
            "[2001:db8:1:3::1], 2001:db8:1:3::/64",
            "fe80::1%eth0, fe80:0:0:0::/64",
            "::ffff:198.51.100.7, 198.51.100.7",
            "::1, 0:0:0:0::/64",
            "'', unknown",
            "not-an-address, not-an-address",
            "1:2:3, 1:2:3",
    })
    void clientKeysAreIpv4AddressesAndIpv6Slash64(String remote, String key) {
        assertEquals(key, RateLimiter.clientKey(remote));
    }

    @Test
    void twoAddressesOfOneIpv6Slash64ShareOneKeyAndTheNextSlash64IsAnother() {
        assertEquals(RateLimiter.clientKey("2001:db8:a:b::1"), RateLimiter.clientKey("2001:db8:a:b:1234:5678:9abc:def0"));
        assertNotEquals(RateLimiter.clientKey("2001:db8:a:b::1"), RateLimiter.clientKey("2001:db8:a:c::1"));
    }

    @Test
    void rowIdsHideTheKeyAndTellLimitsApart() {
        RateLimiter mails = new RateLimiter("signup-mail-address", 5, 3_600_000, Clock.systemUTC());
        RateLimiter search = new RateLimiter("company-search", 5, 3_600_000, Clock.systemUTC());
        String id = mails.id("realm/taro@example.com");
        assertEquals(64, id.length());
        assertEquals(-1, id.indexOf('@'));
        assertEquals(id, mails.id("realm/taro@example.com"));
        assertNotEquals(id, search.id("realm/taro@example.com"));
    }

    @Test
    void aLimiterNeedsANameALimitAndAWindow() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(" ", 5, 1000, Clock.systemUTC()));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter("x", 0, 1000, Clock.systemUTC()));
    }
}
