package jp.omakase.tenant.bulk;

/**
 * A bulk file of a tenant as its pages show it: state, rows applied of all, and the counts by outcome.
 * {@code updatedAt} is the last batch's time (epoch ms): a job that has not moved for {@link #STALL_MILLIS} while
 * queued or running was cut off by a restart and is shown as {@link State#FAILED}.
 */
public record CsvJob(String id, String tenantId, String adminId, State state, int total, int done, int added, int changed,
                     int unchanged, int deleted, int failed, long createdAt, long updatedAt) {

    /** How long a queued or running job may stay without a batch before it counts as interrupted. */
    public static final long STALL_MILLIS = 5 * 60_000L;

    /** Where a file is: checked (may be applied once), queued, running, done, or failed (interrupted). */
    public enum State { CHECKED, QUEUED, RUNNING, DONE, FAILED }

    /** The state as of {@code now}: a queued or running job that stopped moving is FAILED. */
    public State stateAt(long now) {
        boolean working = state == State.QUEUED || state == State.RUNNING;
        return working && now - updatedAt > STALL_MILLIS ? State.FAILED : state;
    }
}
