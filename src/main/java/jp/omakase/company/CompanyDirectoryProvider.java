package jp.omakase.company;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.keycloak.provider.Provider;

/** The company directory behind step 03 of the sign-up: lookup by name, furigana or corporate number, and import. */
public interface CompanyDirectoryProvider extends Provider {

    /**
     * Companies whose name or furigana starts with the query (after {@link CompanyNames#key} folding), or the one
     * company whose corporate number the query is. Exact key first, then shorter names; hidden rows never, closed
     * companies only when asked.
     */
    List<Company> search(String query, int limit, boolean includeClosed);

    Optional<Company> find(String corporateNumber);

    /**
     * Imports NTA download data (a CSV, or the published zip holding one) in batches, each in a transaction of its
     * own (so call it from a background thread, as {@link CompanyImportJobs} does, not inside a request's
     * transaction). Lines before {@code fromLine} are skipped (to resume a stopped import).
     *
     * @throws IllegalArgumentException for input that is not NTA data (a zip without a CSV); nothing was written
     */
    ImportReport importData(InputStream data, String source, long fromLine) throws IOException;
}
