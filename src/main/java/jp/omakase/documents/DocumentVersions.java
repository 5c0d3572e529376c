package jp.omakase.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The rule that makes consent records provable: a version names one text. Each (document, version, language) seen is
 * kept with the SHA-256 of its text; a text that differs from the one kept under the same version is refused, so the
 * operator must give a changed text a new version.
 */
public final class DocumentVersions {

    /** A (document, version, language) as first seen, with its text's hash. */
    public record Known(String documentId, String version, String language, String sha256, long firstSeenAt) {

        String key() {
            return DocumentVersions.key(documentId, version, language);
        }
    }

    private DocumentVersions() {
    }

    static String key(String documentId, String version, String language) {
        return documentId + "\u0000" + version + "\u0000" + language;
    }

    static String key(DocumentText t) {
        return key(t.getId(), t.getVersion(), t.getLanguage());
    }

    /** One line per loaded text whose version is known with another hash; empty when all may be served. */
    public static List<String> conflicts(Map<String, Known> known, Collection<DocumentText> loaded) {
        List<String> conflicts = new ArrayList<>();
        for (DocumentText t : loaded) {
            Known k = known.get(key(t));
            if (k != null && !k.sha256().equals(t.getSha256())) {
                conflicts.add("document " + t.getId() + " version " + t.getVersion() + " (" + t.getLanguage() + ") in " + t.getSource()
                        + " has sha256 " + t.getSha256() + ", but version " + t.getVersion() + " was first served on "
                        + Instant.ofEpochMilli(k.firstSeenAt()) + " with sha256 " + k.sha256()
                        + ": give the changed text a new version (header 'version:'), or restore the text of " + t.getVersion());
            }
        }
        return conflicts;
    }

    /** The loaded texts not known yet: to be kept now. */
    public static List<DocumentText> unknown(Map<String, Known> known, Collection<DocumentText> loaded) {
        return loaded.stream().filter(t -> !known.containsKey(key(t))).toList();
    }
}
