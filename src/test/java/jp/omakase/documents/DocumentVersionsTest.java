package jp.omakase.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The start-up rule: a version names one text; a changed text needs a new version. */
class DocumentVersionsTest {

    private static DocumentText text(String version, String body) {
        String file = "version: " + version + "\ntitle: 利用規約\n---\n" + body + "\n";
        return DocumentFiles.parse("store-terms", "ja", file.getBytes(StandardCharsets.UTF_8), "store-terms.ja.html");
    }

    private static Map<String, DocumentVersions.Known> known(DocumentText t) {
        DocumentVersions.Known k = new DocumentVersions.Known(t.getId(), t.getVersion(), t.getLanguage(), t.getSha256(), 0L);
        return Map.of(k.key(), k);
    }

    @Test
    void theSameTextUnderAKnownVersionIsServed() {
        DocumentText v1 = text("1.0", "<p>第1条</p>");
        assertEquals(List.of(), DocumentVersions.conflicts(known(v1), List.of(text("1.0", "<p>第1条</p>"))));
        assertEquals(List.of(), DocumentVersions.unknown(known(v1), List.of(v1)));
    }

    @Test
    void aChangedTextUnderAKnownVersionIsRefusedWithBothHashes() {
        DocumentText v1 = text("1.0", "<p>第1条</p>");
        DocumentText edited = text("1.0", "<p>第1条（改）</p>");
        List<String> conflicts = DocumentVersions.conflicts(known(v1), List.of(edited));
        assertEquals(1, conflicts.size());
        String line = conflicts.get(0);
        assertTrue(line.contains("store-terms") && line.contains("version 1.0") && line.contains(v1.getSha256())
                && line.contains(edited.getSha256()) && line.contains("new version"), line);
    }

    @Test
    void aChangedTextUnderANewVersionIsServedAndKept() {
        DocumentText v1 = text("1.0", "<p>第1条</p>");
        DocumentText v2 = text("2.0", "<p>第1条（改）</p>");
        assertEquals(List.of(), DocumentVersions.conflicts(known(v1), List.of(v2)));
        assertEquals(List.of(v2), DocumentVersions.unknown(known(v1), List.of(v2)));
    }

    @Test
    void languagesAreKeptApart() {
        DocumentText ja = text("1.0", "<p>第1条</p>");
        DocumentText en = DocumentFiles.parse("store-terms", "en", "version: 1.0\ntitle: Terms\n---\n<p>Article 1</p>\n"
                .getBytes(StandardCharsets.UTF_8), "store-terms.en.html");
        assertEquals(List.of(), DocumentVersions.conflicts(known(ja), List.of(ja, en)));
        assertEquals(List.of(en), DocumentVersions.unknown(known(ja), List.of(ja, en)));
    }

    @Test
    void theHashIsTheFilesSha256() {
        String file = "version: 1.0\ntitle: t\n---\n<p>x</p>\n";
        // sha256sum of the same bytes
        assertEquals(DocumentText.sha256(file.getBytes(StandardCharsets.UTF_8)), DocumentFiles.parse("store-terms", "ja",
                file.getBytes(StandardCharsets.UTF_8), "f").getSha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DocumentText.sha256(new byte[0]));
    }
}
