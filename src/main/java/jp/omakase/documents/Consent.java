package jp.omakase.documents;

/**
 * A consent given but not yet written (the sign-up keeps its consents in authentication-session notes until step 06
 * creates the user): the text agreed to and when. {@link #encode()} / {@link #decode(String)} make it one note.
 */
public record Consent(String documentId, String version, String language, String sha256, long acceptedAt) {

    private static final String SEPARATOR = "|";

    public static Consent of(DocumentText text, long acceptedAt) {
        return new Consent(text.getId(), text.getVersion(), text.getLanguage(), text.getSha256(), acceptedAt);
    }

    public String encode() {
        return String.join(SEPARATOR, documentId, version, language, sha256, Long.toString(acceptedAt));
    }

    /** The consent of a note written by {@link #encode()}, or null when there is none or it is not one. */
    public static Consent decode(String note) {
        if (note == null) {
            return null;
        }
        String[] p = note.split("\\|", -1);
        if (p.length != 5 || p[0].isEmpty() || p[1].isEmpty() || p[2].isEmpty() || p[3].length() != 64) {
            return null;
        }
        try {
            return new Consent(p[0], p[1], p[2], p[3], Long.parseLong(p[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
