package jp.omakase.tenant.users;

import jp.omakase.tenant.bulk.CsvJob;

/**
 * View bean {@code omakaseCsvJob}: a bulk file's state as of the page's time, rows done of all, the counts by outcome,
 * and while it runs the page's refresh; the result download and the way back.
 */
public final class CsvJobView {

    /** Seconds between two refreshes of the progress page. */
    static final int REFRESH_SECONDS = 2;

    private final CsvJob job;
    private final CsvJob.State state;
    private final String base;

    CsvJobView(CsvJob job, long now, String base) {
        this.job = job;
        this.state = job.stateAt(now);
        this.base = base;
    }

    /** QUEUED, RUNNING, DONE or FAILED. */
    public String getState() {
        return state.name();
    }

    /** True while the page should refresh itself. */
    public boolean isWorking() {
        return state == CsvJob.State.QUEUED || state == CsvJob.State.RUNNING;
    }

    /** True when the file was applied to its end (false: interrupted). */
    public boolean isFinished() {
        return state == CsvJob.State.DONE;
    }

    public int getRefreshSeconds() {
        return REFRESH_SECONDS;
    }

    /** Rows applied so far. */
    public int getRowsDone() {
        return job.done();
    }

    public int getTotal() {
        return job.total();
    }

    public int getPercent() {
        return job.total() == 0 ? 100 : (int) Math.min(100, job.done() * 100L / job.total());
    }

    public int getAdded() {
        return job.added();
    }

    public int getChanged() {
        return job.changed();
    }

    public int getUnchanged() {
        return job.unchanged();
    }

    public int getDeleted() {
        return job.deleted();
    }

    public int getFailed() {
        return job.failed();
    }

    public String getResult() {
        return base + "/jobs/" + job.id() + "/result";
    }

    public String getBack() {
        return base;
    }
}
