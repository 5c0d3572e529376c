package jp.omakase.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-25T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aKeyGetsItsLimitPerWindowThenWaitsForTheNextWindow() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(3, 60_000, clock);
        assertTrue(limiter.tryAcquire("198.51.100.1"));
        assertTrue(limiter.tryAcquire("198.51.100.1"));
        assertTrue(limiter.tryAcquire("198.51.100.1"));
        assertFalse(limiter.tryAcquire("198.51.100.1"));
        assertTrue(limiter.tryAcquire("198.51.100.2"), "other keys are counted apart");

        clock.now = clock.now.plus(Duration.ofSeconds(45));
        assertFalse(limiter.tryAcquire("198.51.100.1"));
        assertEquals(15, limiter.retryAfterSeconds("198.51.100.1"));

        clock.now = clock.now.plus(Duration.ofSeconds(15));
        assertTrue(limiter.tryAcquire("198.51.100.1"), "a new window");
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(1, 1_000, clock);
        limiter.tryAcquire("k");
        clock.now = clock.now.plusMillis(999);
        assertEquals(1, limiter.retryAfterSeconds("k"));
        assertEquals(1, limiter.retryAfterSeconds("unknown"));
    }

    @Test
    void aRefusedAttemptCountsNothing() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(2, 60_000, clock);
        assertTrue(limiter.tryAcquire("k"));
        assertTrue(limiter.tryAcquire("k"));
        for (int i = 0; i < 50; i++) {
            assertFalse(limiter.tryAcquire("k"));
        }
        clock.now = clock.now.plus(Duration.ofSeconds(60));
        assertTrue(limiter.tryAcquire("k"), "the refused attempts did not carry over into the next window");
        assertTrue(limiter.hasRoom("k"));
        assertTrue(limiter.tryAcquire("k"));
        assertFalse(limiter.hasRoom("k"));
    }

    /** The sign-up's order: the target is counted only when the client was allowed. */
    @Test
    void aFloodingClientDoesNotUseUpItsTargetsAllowance() {
        ManualClock clock = new ManualClock();
        RateLimiter perClient = new RateLimiter(3, 3_600_000, clock);
        RateLimiter perTarget = new RateLimiter(5, 3_600_000, clock);
        int sentToVictim = 0;
        for (int i = 0; i < 100; i++) {
            if (perClient.tryAcquire("attacker") && perTarget.tryAcquire("victim@example.jp")) {
                sentToVictim++;
            }
        }
        assertEquals(3, sentToVictim, "the attacker got its own three, no more");
        assertTrue(perClient.tryAcquire("victim's own client") && perTarget.tryAcquire("victim@example.jp"),
                "the victim still signs up");
    }

    @Test
    void memoryIsBoundedAndTheOldestWindowGoesFirst() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(1, 60_000, clock, 3);
        assertTrue(limiter.tryAcquire("a"));
        clock.now = clock.now.plusSeconds(1);
        assertTrue(limiter.tryAcquire("b"));
        clock.now = clock.now.plusSeconds(1);
        assertTrue(limiter.tryAcquire("c"));
        assertFalse(limiter.tryAcquire("a"), "a is still limited while the map has room for it");
        assertTrue(limiter.tryAcquire("d"), "a new key when full");
        assertEquals(3, limiter.size());
        assertTrue(limiter.tryAcquire("a"), "a, the oldest window, was dropped to make room");
        assertFalse(limiter.tryAcquire("c"), "younger windows were kept");
        assertFalse(limiter.tryAcquire("d"));
        for (int i = 0; i < 1000; i++) {
            limiter.tryAcquire("flood-" + i);
        }
        assertEquals(3, limiter.size(), "never more than maxKeys");
    }

    @Test
    void expiredWindowsAreDroppedFromTheHeadWithoutASweep() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(1, 60_000, clock, 1_000);
        for (int i = 0; i < 100; i++) {
            limiter.tryAcquire("old-" + i);
        }
        clock.now = clock.now.plusSeconds(61);
        limiter.tryAcquire("new");
        assertEquals(1, limiter.size(), "the expired windows went when the next key came");
    }

    @Test
    void aRestartedWindowMovesToTheEnd() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(1, 60_000, clock, 2);
        limiter.tryAcquire("a");
        clock.now = clock.now.plusSeconds(30);
        limiter.tryAcquire("b");
        clock.now = clock.now.plusSeconds(31); // a expired, b not
        assertTrue(limiter.tryAcquire("a"), "a new window for a");
        assertTrue(limiter.tryAcquire("c"), "full: b (started before a's new window) goes");
        assertTrue(limiter.tryAcquire("b"), "b was dropped");
        assertFalse(limiter.tryAcquire("c"));
    }

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
    void twoAddressesOfOneIpv6Slash64ShareOneAllowance() {
        RateLimiter limiter = new RateLimiter(2, 60_000, new ManualClock());
        assertTrue(limiter.tryAcquire(RateLimiter.clientKey("2001:db8:a:b::1")));
        assertTrue(limiter.tryAcquire(RateLimiter.clientKey("2001:db8:a:b:1234:5678:9abc:def0")));
        assertFalse(limiter.tryAcquire(RateLimiter.clientKey("2001:db8:a:b::2")));
        assertTrue(limiter.tryAcquire(RateLimiter.clientKey("2001:db8:a:c::1")), "the next /64 is another client");
    }
}
