package jp.omakase.company;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Company imports run one at a time on a background thread of this node, so a 5-million-row file outlives no
 * request transaction. The last jobs are kept in memory for their status endpoint.
 */
public final class CompanyImportJobs implements AutoCloseable {

    /** STOPPED: ended early, resumable (see the report); REJECTED: not NTA data; FAILED: an unexpected error. */
    public enum State { RUNNING, COMPLETED, STOPPED, REJECTED, FAILED }

    /** A job as its status endpoint shows it. {@code report} is set once it ended; {@code error} when it failed. */
    public record Job(String id, String source, State state, long startedMillis, Long endedMillis, ImportReport report, String error) {
    }

    /** A job is already running: its id. */
    public static final class Busy extends Exception {
        public Busy(String id) {
            super(id, null, false, false);
        }
    }

    private static final Logger LOG = Logger.getLogger(CompanyImportJobs.class);
    private static final int KEPT = 20;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "omakase-company-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    /**
     * Starts importing {@code file}; {@code deleteAfter} for spooled uploads. {@code onEnd} runs on the import thread
     * after the job ended (the admin event of its result).
     */
    public record Submitted(String id, CompletableFuture<Job> ended) {
    }

    public synchronized Submitted submit(KeycloakSessionFactory factory, Path file, boolean deleteAfter, String source,
                                                      long fromLine, Consumer<Job> onEnd) throws Busy {
        for (Job j : jobs.values()) {
            if (j.state() == State.RUNNING) {
                throw new Busy(j.id());
            }
        }
        String id = UUID.randomUUID().toString();
        Job started = new Job(id, source, State.RUNNING, System.currentTimeMillis(), null, null, null);
        remember(started);
        CompletableFuture<Job> future = CompletableFuture.supplyAsync(() -> {
            Job ended = run(factory, started, file, fromLine);
            if (deleteAfter) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warnf("Company import %s: could not delete the spooled upload %s", id, file);
                }
            }
            synchronized (this) {
                remember(ended);
            }
            try {
                onEnd.accept(ended);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Company import %s: could not record its end", id);
            }
            return ended;
        }, executor);
        return new Submitted(id, future);
    }

    private static Job run(KeycloakSessionFactory factory, Job job, Path file, long fromLine) {
        try (KeycloakSession session = factory.create(); InputStream in = Files.newInputStream(file)) {
            ImportReport report = session.getProvider(CompanyDirectoryProvider.class).importData(in, job.source(), fromLine);
            return new Job(job.id(), job.source(), report.completed() ? State.COMPLETED : State.STOPPED, job.startedMillis(), System.currentTimeMillis(), report, report.error());
        } catch (IllegalArgumentException e) {
            return new Job(job.id(), job.source(), State.REJECTED, job.startedMillis(), System.currentTimeMillis(), null, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Company import %s of %s failed", job.id(), job.source());
            return new Job(job.id(), job.source(), State.FAILED, job.startedMillis(), System.currentTimeMillis(), null, "import failed; see the server log");
        }
    }

    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void remember(Job job) {
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT) {
            String oldest = jobs.keySet().iterator().next();
            if (jobs.get(oldest).state() == State.RUNNING) {
                break;
            }
            jobs.remove(oldest);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
