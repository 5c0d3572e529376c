package jp.omakase.support;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key in a fixed window (per client address, per e-mail address...), in memory on
 * this node. Old windows are dropped when the map grows, so memory stays bounded under a flood of distinct keys.
 */
public final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int count) {
    }

    public RateLimiter(int limit, long windowMillis, Clock clock) {
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Counts one event for the key; false when the key already used up its window. */
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        Window w = windows.compute(key, (k, old) -> old == null || now - old.start >= windowMillis
                ? new Window(now, 1) : new Window(old.start, old.count + 1));
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(old -> now - old.start >= windowMillis);
        }
        return w.count <= limit;
    }

    /** Seconds until the key's window ends (at least 1). */
    public long retryAfterSeconds(String key) {
        Window w = windows.get(key);
        long left = w == null ? 0 : windowMillis - (clock.millis() - w.start);
        return Math.max(1, (left + 999) / 1000);
    }
}
