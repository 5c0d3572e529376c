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
}
