package jp.omakase.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document file format, the shipped samples, and the operator's directory. */
class DocumentFilesTest {

    private static DocumentText parse(String file) {
        return DocumentFiles.parse("signup-terms", "ja", file.getBytes(StandardCharsets.UTF_8), "signup-terms.ja.html");
    }

    @Test
    void headerAndBodyAreRead() {
        DocumentText t = parse("# comment\nversion: 2024-03\ntitle: 利用規約\n---\n<p>第1条</p>\n");
        assertEquals("2024-03", t.getVersion());
        assertEquals("利用規約", t.getTitle());
        assertEquals("<p>第1条</p>", t.getHtml());
    }

    @Test
    void aFileWithoutVersionTitleSeparatorOrTextIsRefusedNamingTheFile() {
        for (String bad : new String[]{"title: t\n---\n<p>x</p>", "version: 1\n---\n<p>x</p>", "version: 1\ntitle: t\n<p>x</p>",
                "version: 1\ntitle: t\n---\n  \n", "version: 1 0\ntitle: t\n---\n<p>x</p>", "version 1\ntitle: t\n---\nx"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad), bad);
            assertTrue(e.getMessage().startsWith("signup-terms.ja.html"), e.getMessage());
        }
    }

    @Test
    void theShippedSamplesAreMarkedAndTheSignupTermsRunTo21Articles() {
        DocumentCatalog catalog = DocumentFiles.load(null);
        for (DocumentText t : catalog.all()) {
            assertTrue(t.getTitle().contains("（サンプル）") || t.getTitle().contains("(sample)"), t.getTitle());
            assertTrue(t.getSource().startsWith("classpath:"), t.getSource());
        }
        for (String id : DocumentIds.ALL) {
            assertEquals("ja", catalog.text(id, Locale.JAPANESE).getLanguage());
            assertEquals("en", catalog.text(id, Locale.ENGLISH).getLanguage(), id);
        }
        String ja = catalog.text(DocumentIds.SIGNUP_TERMS, Locale.JAPANESE).getHtml();
        assertTrue(ja.contains("運用者は") && ja.contains("第21条（紛争解決）") && ja.contains("第20条（不可抗力）"), ja);
        String en = catalog.text(DocumentIds.SIGNUP_TERMS, Locale.ENGLISH).getHtml();
        assertTrue(en.contains("Article 21 (Dispute resolution)") && en.contains("Article 20 (Force majeure)"), en);
    }

    @Test
    void aDocumentInTheDirectoryReplacesTheSampleWithAllItsLanguagesAndEnglishFallsBackToJapanese(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("store-terms.ja.html"), "version: 2.0\ntitle: 会員規約\n---\n<p>第1条（改）</p>\n");
        DocumentCatalog catalog = DocumentFiles.load(dir);
        DocumentText en = catalog.text(DocumentIds.STORE_TERMS, Locale.ENGLISH);
        assertEquals("ja", en.getLanguage(), "no sample English next to the operator's Japanese");
        assertEquals("2.0", catalog.version(DocumentIds.STORE_TERMS));
        assertEquals(dir.resolve("store-terms.ja.html").toString(), en.getSource());
        assertEquals("1.0", catalog.version(DocumentIds.SIGNUP_TERMS), "the other documents stay the samples");
    }

    @Test
    void theDirectoryMustHoldJapaneseOneVersionAndOnlyKnownIds(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("store-terms.en.html"), "version: 2.0\ntitle: t\n---\n<p>x</p>\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DocumentFiles.load(dir)).getMessage().contains("no ja file"));
        Files.writeString(dir.resolve("store-terms.ja.html"), "version: 3.0\ntitle: t\n---\n<p>x</p>\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DocumentFiles.load(dir)).getMessage().contains("differs"));
        Files.writeString(dir.resolve("store-terms.en.html"), "version: 3.0\ntitle: t\n---\n<p>x</p>\n");
        DocumentFiles.load(dir);
        Files.writeString(dir.resolve("store-term.ja.html"), "version: 3.0\ntitle: t\n---\n<p>x</p>\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DocumentFiles.load(dir)).getMessage().contains("store-term.ja.html"));
        assertThrows(IllegalArgumentException.class, () -> DocumentFiles.load(dir.resolve("missing")));
    }
}
