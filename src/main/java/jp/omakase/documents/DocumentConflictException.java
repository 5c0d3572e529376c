package jp.omakase.documents;

import java.util.List;

/** Documents whose text changed without a new version ({@link DocumentVersions#conflicts}); one line per text. */
public class DocumentConflictException extends IllegalStateException {

    private final transient List<String> conflicts;

    public DocumentConflictException(List<String> conflicts) {
        super("omakase documents: " + conflicts.size() + " text(s) changed without a new version: " + String.join("; ", conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<String> conflicts() {
        return conflicts;
    }
}
