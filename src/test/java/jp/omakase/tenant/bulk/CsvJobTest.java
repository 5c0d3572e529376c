package jp.omakase.tenant.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A job's state as its page shows it: a queued or running job that stopped moving reads as interrupted. */
class CsvJobTest {

    @ParameterizedTest
    @CsvSource({
            "CHECKED, 600000, CHECKED",
            "QUEUED, 1000, QUEUED",
            "QUEUED, 300000, QUEUED",
            "QUEUED, 300001, FAILED",
            "RUNNING, 299999, RUNNING",
            "RUNNING, 400000, FAILED",
            "DONE, 9999999, DONE",
            "FAILED, 0, FAILED"})
    void aJobThatStoppedMovingReadsAsInterrupted(CsvJob.State stored, long sinceLastBatch, CsvJob.State shown) {
        CsvJob job = new CsvJob("j", "t", "a", stored, 10, 5, 5, 0, 0, 0, 0, 0, 1_000_000);
        assertEquals(shown, job.stateAt(1_000_000 + sinceLastBatch));
    }

    @ParameterizedTest
    @CsvSource({"ADDED, omakaseCsvOutcomeAdded", "UNCHANGED, omakaseCsvOutcomeUnchanged", "FAILED, omakaseCsvOutcomeFailed"})
    void outcomesNameTheirLabelKeys(RowOutcome outcome, String key) {
        assertEquals(key, outcome.labelKey());
    }
}
