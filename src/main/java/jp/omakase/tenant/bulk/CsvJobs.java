package jp.omakase.tenant.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;

import org.jboss.logging.Logger;
import org.keycloak.common.ClientConnection;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import jp.omakase.support.AfterCommit;
import jp.omakase.support.DaemonPool;

/**
 * The bulk files of the tenant console on this node: an uploaded file is kept in {@code directory} (on disk, never in
 * memory) from its check until it is applied, as {@code <job id>.csv}; the apply runs on one background thread of
 * this node ({@link CsvJobRunner}) while the state and progress live in the database ({@link CsvJobStore}), so the
 * page may be served by any node. Files older than a day are swept.
 */
public final class CsvJobs implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CsvJobs.class);
    private static final long SWEEP_AFTER_MILLIS = 24 * 3600_000L;
    /** Jobs (and their row outcomes) are kept this long for the result download. */
    static final long KEEP_MILLIS = 7 * 24 * 3600_000L;

    private final Path directory;
    private final long maxUploadBytes;
    private final ThreadPoolExecutor pool = DaemonPool.create("omakase-csv-apply", 1, 100);
    private volatile KeycloakSessionFactory factory;

    public CsvJobs(Path directory, long maxUploadBytes) {
        this.directory = directory;
        this.maxUploadBytes = maxUploadBytes;
    }

    public void start(KeycloakSessionFactory sessionFactory) {
        this.factory = sessionFactory;
    }

    /** The largest upload taken, in bytes (option {@code csv-max-upload-bytes}). */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** Copies an upload to a new file of the directory (streamed); the caller deletes it or {@link #keep}s it. */
    public Path receive(InputStream in) throws IOException {
        Files.createDirectories(directory);
        sweep();
        Path file = Files.createTempFile(directory, "upload-", ".part");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** A checked file becomes a job of the tenant that its administrator may apply once; answers the job id. */
    public String keep(KeycloakSession session, Path file, String tenantId, String adminId, int totalRows) throws IOException {
        long now = System.currentTimeMillis();
        CsvJobStore store = CsvJobStore.of(session);
        store.purge(tenantId, now - KEEP_MILLIS);
        String id = store.create(session.getContext().getRealm().getId(), tenantId, adminId, totalRows, now);
        Files.move(file, file(id), StandardCopyOption.ATOMIC_MOVE);
        return id;
    }

    /** The job {@code id} of {@code tenantId}, or null. */
    public CsvJob find(KeycloakSession session, String id, String tenantId) {
        return CsvJobStore.of(session).find(id, tenantId);
    }

    /** Why a checked job cannot start now (a message key), or null when it may. */
    public String refusal(KeycloakSession session, CsvJob job) {
        if (job == null || job.state() != CsvJob.State.CHECKED) {
            return "omakaseCsvApplyUsedMessage";
        }
        if (!Files.isRegularFile(file(job.id()))) {
            return "omakaseCsvApplyGoneMessage";
        }
        return CsvJobStore.of(session).busy(job.tenantId(), System.currentTimeMillis()) ? "omakaseCsvApplyBusyMessage" : null;
    }

    /**
     * Queues a checked job (once: false when it was already started) and, after the commit, hands it to this node's
     * background thread. {@code connection} is the administrator's address for the admin events of the rows.
     */
    public boolean apply(KeycloakSession session, CsvJob job, ClientConnection connection, RowApplier.Factory appliers) {
        if (!CsvJobStore.of(session).queue(job.id(), job.tenantId(), System.currentTimeMillis())) {
            return false;
        }
        CsvJobRunner runner = new CsvJobRunner(factory, file(job.id()), connection, appliers);
        AfterCommit.run(session, () -> {
            try {
                pool.execute(() -> runner.run(job.id()));
            } catch (RejectedExecutionException e) {
                LOG.errorf("Bulk file %s of tenant %s not started: %d files waiting", job.id(), job.tenantId(), pool.getQueue().size());
            }
        });
        return true;
    }

    /** The result of a job as rows, {@code max} at a time after row {@code after}. */
    public java.util.List<RowOutcome.Row> rows(KeycloakSession session, String jobId, int after, int max) {
        return CsvJobStore.of(session).rows(jobId, after, max);
    }

    Path file(String jobId) {
        return directory.resolve(jobId + ".csv");
    }

    private void sweep() {
        long before = System.currentTimeMillis() - SWEEP_AFTER_MILLIS;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path f : files) {
                FileTime modified = Files.getLastModifiedTime(f);
                if (modified.toMillis() < before) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Bulk files: sweeping %s failed (%s)", directory, e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        int dropped = DaemonPool.stop(pool);
        if (dropped > 0) {
            LOG.warnf("Bulk files: %d queued file(s) not applied at shutdown; they show as interrupted", dropped);
        }
    }
}
