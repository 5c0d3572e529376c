package jp.omakase.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One language of one document (利用規約, 個人情報の取扱い…) as the user sees it: the title and HTML body of its file,
 * its version, and the SHA-256 of the file's bytes (what a consent record keeps; {@code sha256sum} of the archived file
 * gives the same value). Also the view bean the pages render ({@code title}, {@code version}, {@code html}).
 */
public final class DocumentText {

    private final String id;
    private final String language;
    private final String version;
    private final String title;
    private final String html;
    private final String sha256;
    private final String source;

    DocumentText(String id, String language, String version, String title, String html, String sha256, String source) {
        this.id = Objects.requireNonNull(id);
        this.language = Objects.requireNonNull(language);
        this.version = Objects.requireNonNull(version);
        this.title = Objects.requireNonNull(title);
        this.html = Objects.requireNonNull(html);
        this.sha256 = Objects.requireNonNull(sha256);
        this.source = source;
    }

    /** SHA-256 of {@code bytes} as 64 lower-case hex digits. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public String getId() {
        return id;
    }

    public String getLanguage() {
        return language;
    }

    public String getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    /** The body, HTML (the templates sanitise it once more). */
    public String getHtml() {
        return html;
    }

    public String getSha256() {
        return sha256;
    }

    /** Where the text was read from (a file path or {@code classpath:…}), for log lines and the admin listing. */
    public String getSource() {
        return source;
    }
}
