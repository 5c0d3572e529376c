package jp.omakase.support;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * At most {@code limit} events per key in a fixed window (per client address, per e-mail address...), in memory on
 * this node.
 * <ul>
 * <li>Only allowed events are counted: a refused attempt leaves the key's count as it was, so a caller that keeps
 * knocking never uses up anyone's allowance (see {@link #tryAcquire}).</li>
 * <li>Memory is bounded: at most {@code maxKeys} keys. Keys are kept in the order their window started; expired windows
 * at the head are dropped as new keys arrive, and when the map is full the key whose window started first (the one
 * nearest to its end) is dropped. Every operation is O(1); nothing ever walks the whole map.</li>
 * <li>Client addresses are keyed by {@link #clientKey}: IPv4 per address, IPv6 per /64 (one subscriber's prefix).</li>
 * </ul>
 */
public final class RateLimiter {

    /** Keys kept by default: about 10 MB of windows at most. */
    public static final int DEFAULT_MAX_KEYS = 100_000;

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[\\w.-]+)?");

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final int maxKeys;
    /** Insertion order = order of window start (a key whose window restarts is moved to the end). */
    private final LinkedHashMap<String, Window> windows = new LinkedHashMap<>();

    private static final class Window {
        final long start;
        int count;

        Window(long start) {
            this.start = start;
        }
    }

    public RateLimiter(int limit, long windowMillis, Clock clock) {
        this(limit, windowMillis, clock, DEFAULT_MAX_KEYS);
    }

    public RateLimiter(int limit, long windowMillis, Clock clock, int maxKeys) {
        if (limit < 1 || windowMillis < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("limit, window and maxKeys must be >= 1");
        }
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /**
     * Counts one event for the key when the key still has room in its window and answers true; answers false and
     * counts nothing when it has not.
     */
    public synchronized boolean tryAcquire(String key) {
        long now = clock.millis();
        dropExpired(now);
        Window w = windows.get(key);
        if (w != null && now - w.start >= windowMillis) {
            windows.remove(key);
            w = null;
        }
        if (w == null) {
            while (windows.size() >= maxKeys) {
                Iterator<Map.Entry<String, Window>> eldest = windows.entrySet().iterator();
                eldest.next();
                eldest.remove();
            }
            w = new Window(now);
            windows.put(key, w);
        }
        if (w.count >= limit) {
            return false;
        }
        w.count++;
        return true;
    }

    /** True when {@link #tryAcquire} would allow the key now (counts nothing). */
    public synchronized boolean hasRoom(String key) {
        Window w = windows.get(key);
        return w == null || clock.millis() - w.start >= windowMillis || w.count < limit;
    }

    /** Seconds until the key's window ends (at least 1). */
    public synchronized long retryAfterSeconds(String key) {
        Window w = windows.get(key);
        long left = w == null ? 0 : windowMillis - (clock.millis() - w.start);
        return Math.max(1, (left + 999) / 1000);
    }

    /** Keys held now (for tests and metrics). */
    public synchronized int size() {
        return windows.size();
    }

    /** Drops expired windows from the head: they are the oldest, so the first live one ends the walk. */
    private void dropExpired(long now) {
        Iterator<Window> it = windows.values().iterator();
        while (it.hasNext()) {
            if (now - it.next().start < windowMillis) {
                return;
            }
            it.remove();
        }
    }

    /**
     * The rate-limit key of a client address as Keycloak resolved it ({@code ClientConnection.getRemoteAddr()}, which
     * honours {@code --proxy-headers}): an IPv4 address as it is, an IPv6 address by its /64 prefix (a subscriber gets a
     * whole /64, so counting per /128 would give one client 2^64 allowances); an IPv4-mapped IPv6 address as IPv4.
     * Never resolves names: a value that is not an address literal is used as it is.
     */
    public static String clientKey(String remoteAddr) {
        if (remoteAddr == null || remoteAddr.isBlank()) {
            return "unknown";
        }
        String a = remoteAddr.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (IPV4.matcher(a).matches()) {
            return a;
        }
        if (a.indexOf(':') < 0 || !IPV6.matcher(a).matches()) {
            return a;
        }
        int zone = a.indexOf('%');
        String literal = zone < 0 ? a : a.substring(0, zone);
        try {
            // a literal with only hex digits, colons and dots: parsed without any name lookup
            InetAddress parsed = InetAddress.getByName(literal);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] b = parsed.getAddress();
            StringBuilder prefix = new StringBuilder(24);
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return a;
        }
    }
}
