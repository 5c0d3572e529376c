package jp.omakase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Finds text of Keycloak's English login bundle on a page shown in Japanese: a key that our bundles or Keycloak's
 * Japanese bundle lack falls back to English, and so does a Keycloak page we did not expect. The rule (docs/tests.md):
 * <ol>
 * <li>Phrases are the values of Keycloak's own {@code messages_en} of the login theme ({@code base}, then
 * {@code keycloak.v2}), read from the theme jar of the server under test, without the {@code locale_*} keys (the
 * language menu names each language in its own language on purpose). HTML tags are dropped, and a value is cut at its
 * {@code {0}} arguments into fragments, each trimmed of spaces and punctuation.</li>
 * <li>Trivial fragments are ignored: fewer than 3 Latin letters (numbers, "OK", "or"), and abbreviations written in
 * capitals of up to 5 letters ("ID", "URL", "TOTP", "SAML"), which Japanese text uses as they are.</li>
 * <li>The page text is what a person sees: the title, the body's rendered text and the placeholders and values of
 * inputs, without e-mail addresses and URLs (data, not wording).</li>
 * <li>A leak is a phrase found in the page text, ignoring case, that is not part of a longer Latin word.</li>
 * </ol>
 */
public final class EnglishLeaks {

    private static final Pattern ARGUMENT = Pattern.compile("\\{[^}]*}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern TRIM = Pattern.compile("^[\\s\\p{Punct}«»…’‘“”]+|[\\s\\p{Punct}«»…’‘“”]+$");
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z0-9]{1,5}");
    private static final Pattern DATA = Pattern.compile("[\\w.+-]+@[\\w.-]+|https?://\\S+");
    private static final String VISIBLE_TEXT = "var parts = [document.title, document.body ? document.body.innerText : ''];"
            + "document.querySelectorAll('input[placeholder], textarea[placeholder]').forEach(function (e) { parts.push(e.placeholder); });"
            + "document.querySelectorAll('input[type=submit], input[type=button]').forEach(function (e) { parts.push(e.value); });"
            + "return parts.join('\\n');";

    /** phrase (lower case) → the bundle key it comes from */
    private final Map<String, String> phrases = new TreeMap<>();

    /** The checker for the bundle {@code english} (key → Keycloak's English value). */
    public EnglishLeaks(Properties english) {
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("locale_")) {
                continue;
            }
            String value = TAG.matcher(english.getProperty(key).replace("''", "'")).replaceAll(" ");
            for (String fragment : ARGUMENT.split(value)) {
                String phrase = TRIM.matcher(fragment.replaceAll("\\s+", " ")).replaceAll("");
                if (!trivial(phrase)) {
                    phrases.putIfAbsent(phrase.toLowerCase(Locale.ROOT), key);
                }
            }
        }
    }

    /** The checker for the Keycloak server under test ({@link KeycloakDist}). */
    public static EnglishLeaks keycloak() {
        return Holder.KEYCLOAK;
    }

    /** Keycloak's English login bundle from the theme jar of the distribution in {@code keycloakHome}. */
    public static Properties keycloakEnglish(Path keycloakHome) {
        Properties english = new Properties();
        for (String theme : List.of("base", "keycloak.v2")) {
            KeycloakDist.themeFile(keycloakHome, "theme/" + theme + "/login/messages/messages_en.properties").ifPresent(text -> {
                try {
                    english.load(new StringReader(text));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return english;
    }

    /** How many phrases the check looks for. */
    public int size() {
        return phrases.size();
    }

    /** The leaks in {@code pageText}, each as {@code "phrase" (key)}; empty when there is none. */
    public List<String> find(String pageText) {
        String text = DATA.matcher(pageText).replaceAll(" ").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> p : phrases.entrySet()) {
            int at = text.indexOf(p.getKey());
            while (at >= 0) {
                int end = at + p.getKey().length();
                if (!latin(text, at - 1) && !latin(text, end)) {
                    leaks.add("\"" + p.getKey() + "\" (" + p.getValue() + ")");
                    break;
                }
                at = text.indexOf(p.getKey(), at + 1);
            }
        }
        return leaks;
    }

    /** Fails when the page in {@code browser} is not Japanese or shows text of Keycloak's English bundle. */
    public void assertNone(Browser browser, String page) {
        browser.waitForPage();
        assertEquals("ja", browser.lang(), page + " is not shown in Japanese");
        String text = (String) ((JavascriptExecutor) browser.driver()).executeScript(VISIBLE_TEXT);
        assertFalse(text == null || text.isBlank(), page + " shows no text to check");
        List<String> leaks = find(text);
        assertTrue(leaks.isEmpty(), "Keycloak's English on the Japanese page " + page + ": " + leaks + "\n--- page text ---\n" + text);
    }

    private static boolean trivial(String phrase) {
        long letters = phrase.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        return letters < 3 || ABBREVIATION.matcher(phrase).matches();
    }

    private static boolean latin(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The server's bundle, read once per test JVM. */
    private static final class Holder {
        static final EnglishLeaks KEYCLOAK = new EnglishLeaks(keycloakEnglish(KeycloakDist.home()));
    }
}
