package jp.omakase.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.omakase.signup.SignupStep;

/** Every theme type ships Japanese (default) and English with exactly the same keys, none empty. */
class MessageBundleParityTest {

    /** {@code login} and {@code email}: the omakase brand theme; {@code theme-resources}: the pages of our providers. */
    static Properties bundle(String type, String lang) throws IOException {
        String path = (type.equals("theme-resources") ? "/theme-resources" : "/theme/omakase/" + type)
                + "/messages/messages_" + lang + ".properties";
        Properties p = new Properties();
        try (InputStream in = MessageBundleParityTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing from the jar");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "email", "theme-resources"})
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
    @ValueSource(strings = {"login", "email", "theme-resources"})
    void japaneseBundleIsReallyJapanese(String type) throws IOException {
        // Guards against a bundle saved in the wrong encoding or a copy of the English one.
        assertFalse(bundle(type, "ja").values().stream().noneMatch(v -> v.toString().codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA)));
    }

    @Test
    void everyMessageOurTemplatesUseExists() throws IOException {
        Properties known = bundle("theme-resources", "ja");
        known.putAll(bundle("login", "ja"));
        Path templates = Path.of("src/main/resources/theme-resources/templates");
        Pattern msg = Pattern.compile("msg\\(\"([A-Za-z0-9.-]+)\"\\s*[,)]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(templates)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("omakase-")).toList()) {
                Matcher m = msg.matcher(Files.readString(f));
                while (m.find()) {
                    if (!known.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        // keys built from a value: the sign-up steps and the link problems
        for (SignupStep step : SignupStep.values()) {
            if (!known.containsKey(step.labelKey())) {
                missing.add(step.labelKey());
            }
        }
        for (String kind : List.of("Expired", "Used", "Invalid")) {
            for (String role : List.of("Title", "Lead")) {
                if (!known.containsKey("omakaseSignupLink" + kind + role)) {
                    missing.add("omakaseSignupLink" + kind + role);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
