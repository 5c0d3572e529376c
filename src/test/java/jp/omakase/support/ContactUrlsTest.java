package jp.omakase.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactUrlsTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void unsetIsAbsent(String value) {
        assertEquals(Optional.empty(), ContactUrls.parse("inquiry-url", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://info.example.jp/inquiry", "http://faq.example.jp/", "HTTPS://form.example.jp/?formId=pf3473&x=1",
        "https://example.jp:8443/a/b#top"})
    void absoluteHttpUrlsAreKeptAsGiven(String value) {
        assertEquals(Optional.of(value), ContactUrls.parse("inquiry-url", " " + value + " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "mailto:help@example.jp", "//example.jp/x", "/inquiry", "example.jp/inquiry",
        "https://", "https:///path", "ftp://example.jp/", "https://exa mple.jp/", "https://example.jp/\"onmouseover=x",
        "https://example.jp/<script>", "https://user:pw@example.jp/", "https://例え.jp/", "https://exa\tmple.jp/"})
    void anythingElseStopsTheStartNamingTheOption(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContactUrls.parse("faq-url", value));
        assertTrue(e.getMessage().startsWith("faq-url must be an absolute http:// or https:// URL"), e.getMessage());
    }
}
