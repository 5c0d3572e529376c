package jp.omakase.tenant.bulk;

import org.keycloak.models.KeycloakSession;

import jp.omakase.tenant.csv.UserRow;

/** Applies the rows of a bulk file to its tenant, in the transaction of the session it was opened with. */
@FunctionalInterface
public interface RowApplier {

    /** What applying {@code row} (the file's row {@code rowNumber}) did. */
    RowOutcome.Row apply(int rowNumber, UserRow row);

    /** Opens an applier for the tenant, administrator and client address of a job, in {@code session}. */
    @FunctionalInterface
    interface Factory {
        RowApplier open(KeycloakSession session, CsvJob job);
    }
}
