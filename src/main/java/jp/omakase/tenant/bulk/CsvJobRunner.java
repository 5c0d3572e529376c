package jp.omakase.tenant.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.common.ClientConnection;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.tenant.csv.CsvFileException;
import jp.omakase.tenant.csv.CsvLimits;
import jp.omakase.tenant.csv.ParsedRow;
import jp.omakase.tenant.csv.UserCsvReader;

/**
 * Applies one checked file in the background: reads it again as a stream ({@link UserCsvReader}, one row at a time)
 * and applies {@link #BATCH} rows per transaction, the rows' outcomes and the job's progress written in that same
 * transaction. A batch that fails is applied again row by row, so one bad row is refused alone and the others are
 * kept. The file is deleted at the end whatever happened.
 */
final class CsvJobRunner {

    private static final Logger LOG = Logger.getLogger(CsvJobRunner.class);
    static final int BATCH = 10;

    private final KeycloakSessionFactory factory;
    private final Path file;
    private final ClientConnection connection;
    private final RowApplier.Factory appliers;

    CsvJobRunner(KeycloakSessionFactory factory, Path file, ClientConnection connection, RowApplier.Factory appliers) {
        this.factory = factory;
        this.file = file;
        this.connection = connection;
        this.appliers = appliers;
    }

    void run(String jobId) {
        CsvJob job = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                s -> CsvJobStore.of(s).claim(jobId, System.currentTimeMillis()));
        if (job == null) {
            return;
        }
        long started = System.currentTimeMillis();
        CsvJob.State end = CsvJob.State.FAILED;
        try (InputStream in = Files.newInputStream(file); UserCsvReader reader = UserCsvReader.open(in, CsvLimits.DEFAULT)) {
            List<Pending> batch = new ArrayList<>(BATCH);
            for (ParsedRow row = reader.next(); row != null; row = reader.next()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                batch.add(new Pending(row));
                if (batch.size() == BATCH) {
                    apply(job, batch);
                    batch.clear();
                }
            }
            apply(job, batch);
            end = CsvJob.State.DONE;
        } catch (IOException | CsvFileException | RuntimeException e) {
            LOG.errorf("Bulk file %s of tenant %s stopped: %s", jobId, job.tenantId(), e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warnf("Bulk file %s of tenant %s stopped by the shutdown", jobId, job.tenantId());
        } finally {
            CsvJob.State state = end;
            KeycloakModelUtils.runJobInTransaction(factory, s -> CsvJobStore.of(s).finish(jobId, state, System.currentTimeMillis()));
            delete();
        }
        LOG.infof("Bulk file %s of tenant %s: %s in %d ms", jobId, job.tenantId(), end, System.currentTimeMillis() - started);
    }

    /** One read row, valid or not (a file changed on disk since its check is refused row by row, never half-read). */
    private record Pending(ParsedRow row) {
    }

    private void apply(CsvJob job, List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            KeycloakModelUtils.runJobInTransaction(factory, s -> applyAll(s, job, batch));
        } catch (RuntimeException e) {
            LOG.warnf("Bulk file %s: a batch of %d rows failed (%s); applying them one by one", job.id(), batch.size(),
                    e.getClass().getSimpleName());
            for (Pending p : batch) {
                try {
                    KeycloakModelUtils.runJobInTransaction(factory, s -> applyAll(s, job, List.of(p)));
                } catch (RuntimeException one) {
                    RowOutcome.Row failed = new RowOutcome.Row(p.row().row(), operation(p.row()), email(p.row()), RowOutcome.FAILED,
                            "omakaseCsvApplyRowFailedMessage");
                    KeycloakModelUtils.runJobInTransaction(factory, s -> CsvJobStore.of(s).record(job.id(), List.of(failed),
                            System.currentTimeMillis()));
                }
            }
        }
    }

    private void applyAll(KeycloakSession s, CsvJob job, List<Pending> batch) {
        s.getContext().setConnection(connection);
        RowApplier applier = appliers.open(s, job);
        List<RowOutcome.Row> outcomes = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            ParsedRow row = p.row();
            outcomes.add(row.valid() ? applier.apply(row.row(), row.user())
                    : new RowOutcome.Row(row.row(), operation(row), email(row), RowOutcome.FAILED, row.errors().get(0).messageKey()));
        }
        CsvJobStore.of(s).record(job.id(), outcomes, System.currentTimeMillis());
    }

    private static String operation(ParsedRow row) {
        return row.valid() ? row.user().operation().label() : "";
    }

    private static String email(ParsedRow row) {
        return row.valid() ? row.user().email() : "";
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Bulk file %s could not be deleted (%s)", file.getFileName(), e.getClass().getSimpleName());
        }
    }
}
