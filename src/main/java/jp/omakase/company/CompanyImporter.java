package jp.omakase.company;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jboss.logging.Logger;

/**
 * Streams NTA download data into a {@link BatchStore} in constant memory: detects the published zip (and takes
 * its CSV) or a plain CSV, parses and validates each line, keeps only the current state of each corporation,
 * and hands batches to the store, each of which commits on its own.
 */
public final class CompanyImporter {

    /** Applies one batch in one transaction. Records carry distinct corporate numbers. */
    public interface BatchStore {
        BatchResult apply(List<NtaRecord> batch);
    }

    public record BatchResult(long inserted, long updated, long unchanged, long deleted, long older) {
    }

    private static final Logger LOG = Logger.getLogger(CompanyImporter.class);
    private static final long PROGRESS_EVERY = 250_000;

    private final int batchSize;
    private final int maxRejectionsReported;

    public CompanyImporter(int batchSize, int maxRejectionsReported) {
        this.batchSize = batchSize;
        this.maxRejectionsReported = maxRejectionsReported;
    }

    /** Thrown for input that is not NTA data at all (a zip without a CSV); nothing was written. */
    public static final class UnreadableInput extends Exception {
        public UnreadableInput(String message) {
            super(message);
        }
    }

    public ImportReport run(InputStream input, String source, long fromLine, BatchStore store) throws IOException, UnreadableInput {
        long started = System.nanoTime();
        Progress p = new Progress();
        // One batch is written on the writer thread while the next one is read and parsed here.
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "omakase-company-import-writer");
            t.setDaemon(true);
            return t;
        });
        try (CsvLines lines = new CsvLines(csvOf(input))) {
            Pending pending = null;
            Map<String, NtaRecord> batch = new LinkedHashMap<>();
            long batchFirstLine = -1;
            NtaRecord record;
            while ((record = nextLatest(lines, p, fromLine, source, started)) != null) {
                if (batchFirstLine < 0) {
                    batchFirstLine = lines.lineNumber();
                }
                // the later row of the same corporation is its newer state (rows come in history order)
                if (batch.remove(record.corporateNumber()) != null) {
                    p.history++;
                }
                batch.put(record.corporateNumber(), record);
                if (batch.size() >= batchSize) {
                    if (!await(pending, p, source)) {
                        return p.report(source, false, started);
                    }
                    pending = submit(writer, store, batch, batchFirstLine);
                    batchFirstLine = -1;
                }
            }
            if (!await(pending, p, source)) {
                return p.report(source, false, started);
            }
            if (!batch.isEmpty() && !await(submit(writer, store, batch, batchFirstLine), p, source)) {
                return p.report(source, false, started);
            }
        } finally {
            writer.shutdownNow();
        }
        ImportReport report = p.report(source, true, started);
        LOG.infof("Company import %s done: %d lines, %d inserted, %d updated, %d unchanged, %d deleted, %d history, %d older, "
                        + "%d rejected, %d rows/s", source, report.lines(), report.inserted(), report.updated(), report.unchanged(),
                report.deleted(), report.history(), report.older(), report.rejected(), report.rowsPerSecond());
        return report;
    }

    /**
     * The next record at or after {@code fromLine} that is a corporation's latest state, or null at the end; counts the
     * lines read, the rejected and the history rows on the way.
     */
    private NtaRecord nextLatest(CsvLines lines, Progress p, long fromLine, String source, long started) throws IOException {
        while (true) {
            List<String> fields;
            try {
                fields = lines.next();
            } catch (NtaRecord.Rejected e) {
                p.lines++;
                if (lines.lineNumber() >= fromLine) {
                    p.reject(lines.lineNumber(), e.getMessage(), maxRejectionsReported);
                }
                continue;
            }
            if (fields == null) {
                return null;
            }
            p.lines++;
            long line = lines.lineNumber();
            if (line < fromLine) {
                continue;
            }
            if (line % PROGRESS_EVERY == 0) {
                LOG.infof("Company import %s: %d lines, %d rows/s", source, line, rate(line - fromLine, started));
            }
            NtaRecord record;
            try {
                record = NtaRecord.parse(fields);
            } catch (NtaRecord.Rejected e) {
                p.reject(line, e.getMessage(), maxRejectionsReported);
                continue;
            }
            if (record.latest()) {
                return record;
            }
            p.history++;
        }
    }

    private record Pending(Future<BatchResult> result, long firstLine) {
    }

    private static Pending submit(ExecutorService writer, BatchStore store, Map<String, NtaRecord> batch, long firstLine) {
        List<NtaRecord> records = new ArrayList<>(batch.values());
        batch.clear();
        return new Pending(writer.submit(() -> store.apply(records)), firstLine);
    }

    /** Waits for the batch in flight and counts it; false when it failed (nothing of it was written). */
    private static boolean await(Pending pending, Progress p, String source) {
        if (pending == null) {
            return true;
        }
        try {
            BatchResult r = pending.result.get();
            p.inserted += r.inserted();
            p.updated += r.updated();
            p.unchanged += r.unchanged();
            p.deleted += r.deleted();
            p.older += r.older();
            return true;
        } catch (ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            long line = pending.firstLine;
            LOG.errorf(e, "Company import %s stopped: the batch starting at line %d was not written; resume with fromLine=%d",
                    source, line, line);
            p.resumeFromLine = line;
            p.error = "database error; the batch starting at line " + line + " was not written";
            return false;
        }
    }

    /** The CSV inside the published zip (the first *.csv entry; the .asc signature is ignored), or the input itself. */
    static InputStream csvOf(InputStream input) throws IOException, UnreadableInput {
        BufferedInputStream in = new BufferedInputStream(input, 64 * 1024);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        if (!zip) {
            return in;
        }
        ZipInputStream z = new ZipInputStream(in);
        ZipEntry entry;
        while ((entry = z.getNextEntry()) != null) {
            if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                return z;
            }
        }
        throw new UnreadableInput("the zip file holds no .csv file");
    }

    private static long rate(long rows, long startedNanos) {
        long nanos = Math.max(1, System.nanoTime() - startedNanos);
        return rows * 1_000_000_000L / nanos;
    }

    private static final class Progress {
        long lines, inserted, updated, unchanged, deleted, history, older, rejected;
        final List<ImportReport.Rejection> rejections = new ArrayList<>();
        Long resumeFromLine;
        String error;

        void reject(long line, String reason, int max) {
            rejected++;
            if (rejections.size() < max) {
                rejections.add(new ImportReport.Rejection(line, reason));
            }
        }

        ImportReport report(String source, boolean completed, long started) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new ImportReport(source, completed, lines, inserted, updated, unchanged, deleted, history, older, rejected,
                    List.copyOf(rejections), resumeFromLine, error, millis, rate(lines, started));
        }
    }
}
