package jp.omakase.support;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The background threads of the extension (mails after commit, provisioning): a fixed number of daemon threads named
 * after their work, a bounded queue (a full queue refuses, it never grows without end), and a stop that lets queued
 * work finish for up to 10 seconds.
 */
public final class DaemonPool {

    private DaemonPool() {
    }

    /** Threads {@code name} (one) or {@code name-1}, {@code name-2}… */
    public static ThreadPoolExecutor create(String name, int threads, int queue) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, threads == 1 ? name : name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops taking work, waits up to 10 s for what is queued; answers how many jobs were dropped. */
    public static int stop(ThreadPoolExecutor pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                return pool.shutdownNow().size();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
