package jp.omakase.support;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.support.jpa.RateWindowEntity;

/**
 * At most {@code limit} events per key in a fixed window (per client address, per e-mail address...), for the whole
 * cluster: the windows live in the database every node shares ({@code OMK_RATE_WINDOW}), so two nodes behind a load
 * balancer allow together what one would.
 * <ul>
 * <li>Only allowed events are counted: a refused attempt leaves the key's count as it was, so a caller that keeps
 * knocking never uses up anyone's allowance (see {@link #tryAcquire}).</li>
 * <li>Each event is one conditional update in its own short transaction (the row's lock orders concurrent requests of
 * all nodes), so the limit is exact under concurrency and a count is never lost with a node.</li>
 * <li>The database holds one row per key with a live window, keyed by a hash of the limit's name and the key (no address
 * is stored); expired rows are deleted now and then by the node that counts.</li>
 * <li>Client addresses are keyed by {@link #clientKey}: IPv4 per address, IPv6 per /64 (one subscriber's prefix).</li>
 * </ul>
 * Why the database and not an Infinispan cache: it holds across nodes whatever the cache stack ({@code --cache=local},
 * embedded or external Infinispan), needs no cache declared in every node's cache configuration and no marshalling
 * schema, and its cost (one small update per counted event) is far below the work the limited requests do.
 */
public final class RateLimiter {

    /** The entity of the rate windows, for the one entity provider ({@code persistence}). */
    public static final List<Class<?>> ENTITIES = List.of(RateWindowEntity.class);

    /** Counted events of this node between two deletions of expired windows. */
    private static final int SWEEP_EVERY = 500;
    private static final int ATTEMPTS = 3;

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[\\w.-]+)?");

    private final String name;
    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final AtomicLong counted = new AtomicLong();

    /** {@code name} tells this limit's windows from another's with the same keys (e.g. {@code signup-mail-address}). */
    public RateLimiter(String name, int limit, long windowMillis, Clock clock) {
        if (name == null || name.isBlank() || limit < 1 || windowMillis < 1) {
            throw new IllegalArgumentException("a name, and limit and window >= 1");
        }
        this.name = name;
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /**
     * Counts one event for the key when the key still has room in its window and answers true; answers false and
     * counts nothing when it has not. Runs in its own transaction (a refused request still leaves its count).
     */
    public boolean tryAcquire(KeycloakSession session, String key) {
        String id = id(key);
        RuntimeException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), s -> acquire(em(s), id));
            } catch (RuntimeException e) {
                // two nodes made the key's first window at once: one insert lost, count again on the row that won
                last = e;
            }
        }
        throw last;
    }

    private boolean acquire(EntityManager em, String id) {
        long now = clock.millis();
        if (counted.incrementAndGet() % SWEEP_EVERY == 0) {
            em.createNamedQuery("omakase.rateExpired").setParameter("now", now).executeUpdate();
        }
        if (em.createNamedQuery("omakase.rateCount").setParameter("id", id).setParameter("now", now)
                .setParameter("limit", limit).executeUpdate() == 1) {
            return true;
        }
        if (em.createNamedQuery("omakase.rateRestart").setParameter("id", id).setParameter("now", now)
                .setParameter("end", now + windowMillis).executeUpdate() == 1) {
            return true;
        }
        if (em.find(RateWindowEntity.class, id) != null) {
            return false;
        }
        RateWindowEntity w = new RateWindowEntity();
        w.setId(id);
        w.setWindowEnd(now + windowMillis);
        w.setCount(1);
        em.persist(w);
        em.flush();
        return true;
    }

    /** True when {@link #tryAcquire} would allow the key now (counts nothing); read in the session's transaction. */
    public boolean hasRoom(KeycloakSession session, String key) {
        RateWindowEntity w = em(session).find(RateWindowEntity.class, id(key));
        return w == null || w.getWindowEnd() <= clock.millis() || w.getCount() < limit;
    }

    /** Seconds until the key's window ends (at least 1). */
    public long retryAfterSeconds(KeycloakSession session, String key) {
        RateWindowEntity w = em(session).find(RateWindowEntity.class, id(key));
        long left = w == null ? 0 : w.getWindowEnd() - clock.millis();
        return Math.max(1, (left + 999) / 1000);
    }

    /** The row id: SHA-256 of name and key, so no e-mail or client address is stored. */
    String id(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((name + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
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
