package jp.omakase.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every theme type ships Japanese (default) and English with exactly the same keys, none empty. */
class MessageBundleParityTest {

    static Properties bundle(String type, String lang) throws IOException {
        String path = "/theme/omakase/" + type + "/messages/messages_" + lang + ".properties";
        Properties p = new Properties();
        try (InputStream in = MessageBundleParityTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing from the jar");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "email"})
    void japaneseAndEnglishHaveTheSameKeys(String type) throws IOException {
        Properties ja = bundle(type, "ja");
        Properties en = bundle(type, "en");
        assertFalse(ja.isEmpty());
        assertEquals(new TreeSet<>(ja.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : ja.stringPropertyNames()) {
            assertFalse(ja.getProperty(key).isBlank(), "ja " + key + " is empty");
            assertFalse(en.getProperty(key).isBlank(), "en " + key + " is empty");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "email"})
    void japaneseBundleIsReallyJapanese(String type) throws IOException {
        // Guards against a bundle saved in the wrong encoding or a copy of the English one.
        assertFalse(bundle(type, "ja").values().stream().noneMatch(v -> v.toString().codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA)));
    }
}
