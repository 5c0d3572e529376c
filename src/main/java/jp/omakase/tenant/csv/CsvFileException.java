package jp.omakase.tenant.csv;

import java.util.List;

/**
 * A problem of the whole file (no header, missing, unknown or duplicate columns, too many rows, an encoding this
 * reader does not take): nothing of the file may be applied. The message key is in both bundles; {@code row} is the
 * Excel row where the problem was seen (0 when it is not tied to a row).
 */
public class CsvFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> parameters;
    private final int row;

    CsvFileException(int row, String messageKey, Object... parameters) {
        super(messageKey + " at row " + row);
        this.row = row;
        this.messageKey = messageKey;
        this.parameters = List.of(parameters);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> parameters() {
        return parameters;
    }

    public int row() {
        return row;
    }
}
