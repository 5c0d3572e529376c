package jp.omakase.tenant.bulk;

/** What applying one row did; the result file names it in the page's words ({@link #labelKey()}). */
public enum RowOutcome {
    ADDED, CHANGED, UNCHANGED, DELETED, FAILED;

    /** The message key of the outcome's label: {@code omakaseCsvOutcomeAdded} … */
    public String labelKey() {
        String n = name();
        return "omakaseCsvOutcome" + n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** One row's outcome: the row, its operation label and e-mail, and the message key of a refused row. */
    public record Row(int row, String operation, String email, RowOutcome outcome, String messageKey) {
    }
}
