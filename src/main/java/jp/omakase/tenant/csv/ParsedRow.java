package jp.omakase.tenant.csv;

import java.util.List;

/**
 * One row of a file as read: its Excel row number (header = 1) and the physical line it starts on, and either the
 * valid {@link UserRow} (no errors) or every error found in it (user is null).
 */
public record ParsedRow(int row, int line, UserRow user, List<CsvError> errors) {

    public ParsedRow {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
