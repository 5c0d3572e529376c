package jp.omakase.tenant.csv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message key the codec can hand to a page (errors, column names) is in the providers' bundles, ja and en. */
class CsvMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(omakaseCsv\\w+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void everyKeyTheCodecUsesIsInTheBundle(String lang) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/jp/omakase/tenant/csv"))) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (CsvColumn column : CsvColumn.values()) {
            keys.add(column.labelKey());
        }
        assertTrue(keys.size() > 25, keys::toString);
        Properties bundle = new Properties();
        try (InputStream in = CsvMessagesTest.class.getResourceAsStream("/theme-resources/messages/messages_" + lang + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : keys) {
            assertFalse(bundle.getProperty(key, "").isBlank(), key + " missing in " + lang);
        }
    }
}
