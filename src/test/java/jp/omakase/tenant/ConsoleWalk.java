package jp.omakase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.omakase.testing.Browser;
import jp.omakase.testing.EnglishLeaks;
import jp.omakase.testing.KeycloakPages;

/**
 * What a person does on the tenant console in a real browser, finding things by their label, role or text: fields by
 * their {@code <label>}, buttons and links by what they say. Each page visited is checked for Keycloak's English
 * ({@link EnglishLeaks}) and saved as {@code target/screenshots/walk-NN-<name>.png}.
 */
final class ConsoleWalk {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private final Browser browser;
    private int shots;

    ConsoleWalk(Browser browser) {
        this.browser = browser;
    }

    /** The walk going on in another browser (its screenshots numbered after this one's). */
    ConsoleWalk in(Browser other) {
        ConsoleWalk walk = new ConsoleWalk(other);
        walk.shots = shots;
        return walk;
    }

    static By link(String text) {
        return By.xpath("//a[normalize-space()='" + text + "']");
    }

    static By button(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }

    /** The control whose {@code <label>} says {@code label} (a 必須 marker inside the label is not part of it). */
    By field(String label) {
        String id = browser.find(By.xpath("//label[normalize-space(text())='" + label + "']")).getAttribute("for");
        return By.id(id);
    }

    /** Types each value into the field labelled with its key, in order. */
    void fill(Map<String, String> byLabel) {
        byLabel.forEach((label, value) -> browser.type(field(label), value));
    }

    /**
     * The page's heading is {@code title}; it is Japanese and shows no English of Keycloak's but the data in {@code data}
     * (a client id such as {@code omakase-tenant-admin} is data); a screenshot.
     */
    void page(String name, String title, String... data) {
        assertEquals(title, browser.find(By.tagName("h1")).getText(), "page " + name);
        if (data.length == 0) {
            EnglishLeaks.keycloak().assertNone(browser, name);
        } else {
            assertEquals("ja", browser.lang(), name);
            String text = visibleText(data);
            assertEquals(List.of(), EnglishLeaks.keycloak().find(text), "Keycloak's English on " + name + ":\n" + text);
        }
        screenshot(name);
    }

    void screenshot(String name) {
        browser.screenshot(String.format("walk-%02d-%s", ++shots, name));
    }

    /** The one-line result of the last change (role status). */
    String result() {
        return browser.find(By.cssSelector("[role=status]")).getText();
    }

    /** A fresh login to the service realm's pages in {@code user}'s browser; the text of the page reached. */
    static String logIn(Browser user, String base, String email, String password) {
        user.driver().manage().deleteAllCookies();
        user.open(base + ConsoleTenants.CONSOLE);
        KeycloakPages.logIn(user, email, password);
        return user.text();
    }

    /** Clicks the download link {@code text} with Chromium saving into {@code dir}; the file's text once complete. */
    String download(String text, Path dir, String file) throws IOException {
        browser.devTools("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", dir.toString()));
        browser.find(link(text)).click();
        Path saved = dir.resolve(file);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Files.exists(saved) && !partial(dir));
        return Files.readString(saved, StandardCharsets.UTF_8);
    }

    private static boolean partial(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page is English ({@code <html lang="en">}) and shows no Japanese but the data in {@code data}. */
    void assertEnglish(String name, List<String> data) {
        browser.waitForPage();
        assertEquals("en", browser.lang(), name);
        String text = visibleText(data.toArray(String[]::new));
        assertTrue(!JAPANESE.matcher(text).find(), "Japanese on the English page " + name + ":\n" + text);
        screenshot(name);
    }

    /** The title and the body's text without the strings in {@code data}. */
    private String visibleText(String... data) {
        String text = (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.title + '\\n' + document.body.innerText");
        for (String d : data) {
            text = text.replace(d, " ");
        }
        return text;
    }
}
