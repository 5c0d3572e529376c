package jp.omakase.tenant.users;

import java.util.List;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.csv.CsvError;
import jp.omakase.tenant.csv.CsvOperation;
import jp.omakase.tenant.csv.UserCsvCheck;

/**
 * View bean {@code omakaseCsv} of 一括登録・一括変更・一括削除: the download links, the upload's limit, and after a check its
 * result (counts by operation, the row errors, the file error, and for a file that passed the form that applies it)
 * or the page's own error (too large, no file, a file already applied).
 */
public final class CsvPageView {

    /** One count of valid rows: the operation's label (登録/変更/削除, the file's own words) and the number. */
    public record Count(String id, String label, int rows) {
    }

    /** One message to show: a key and its parameters. */
    public record Message(String key, List<Object> parameters) {
    }

    private final String base;
    private final UserCsvCheck result;
    private final String error;
    private final String job;
    private final long maxBytes;

    private CsvPageView(String base, UserCsvCheck result, String job, String error, long maxBytes) {
        this.base = base;
        this.result = result;
        this.job = job;
        this.error = error;
        this.maxBytes = maxBytes;
    }

    static CsvPageView of(ConsoleAccess.Granted g, UserCsvCheck result, String job, String errorKey, long maxBytes) {
        return new CsvPageView(g.pages().url(g.path("users/csv")).toString(), result, job, errorKey, maxBytes);
    }

    /** Where a passed file is applied. */
    public String getApply() {
        return base + "/apply";
    }

    public String getUploadField() {
        return UsersCsvResource.UPLOAD_FIELD;
    }

    /** The rows an apply would apply: the valid ones. */
    public int getValidRows() {
        return result == null ? 0 : result.validRows();
    }

    /** The id of the checked file that may be applied (its valid rows), or null (nothing to apply). */
    public String getJob() {
        return job;
    }

    public String getTemplate() {
        return base + "/template";
    }

    public String getExport() {
        return base + "/export";
    }

    public String getCheck() {
        return base + "/check";
    }

    public String getFileField() {
        return UsersCsvResource.FILE_FIELD;
    }

    public long getMaxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    /** The page's error key (too large, no file, unreadable), or null. */
    public String getError() {
        return error;
    }

    public boolean isChecked() {
        return result != null;
    }

    public boolean isPassed() {
        return result != null && result.passed();
    }

    public List<Count> getCounts() {
        return result == null ? List.of() : java.util.Arrays.stream(CsvOperation.values())
                .map(o -> new Count("omakase-csv-count-" + o.name().toLowerCase(), o.label(), result.valid().get(o))).toList();
    }

    public int getInvalidRows() {
        return result == null ? 0 : result.invalidRows();
    }

    public int getErrorCount() {
        return result == null ? 0 : result.errorCount();
    }

    /** The file error as a message, or null. */
    public Message getFileError() {
        return result == null || result.fileError() == null ? null
                : new Message(result.fileError().messageKey(), result.fileError().parameters());
    }

    /** The shown errors (the first {@link UserCsvCheck#MAX_ERRORS}) in row order. */
    public List<CsvError> getErrors() {
        return result == null ? List.of() : result.errors();
    }

    public int getShownErrors() {
        return getErrors().size();
    }
}
