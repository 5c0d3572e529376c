package jp.omakase.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium (Debian's chromium + chromium-driver) driven by Selenium, one per test. */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("omakase.it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("omakase.it.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    Browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver");
        }
        try {
            profile = Files.createTempDirectory("omakase-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // A Japanese user's browser: Accept-Language ja first, en second.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1400", "--lang=ja-JP", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A second, independent browser (own profile, own cookies); the caller closes it. */
    public static Browser launch() {
        return new Browser();
    }

    /**
     * Makes every request of this browser carry {@code X-Forwarded-For: address} (the test server trusts it), so a test
     * acts as its own client address for the per-address rate limits.
     */
    public Browser clientAddress(String address) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Sends a DevTools command (viewport emulation, extra headers) to this Chromium. */
    public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Visible text of the page body. */
    public String text() {
        // during a navigation the body may be missing or replaced for a moment
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }

    public String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String html() {
        return driver.getPageSource();
    }

    public void type(By field, String value) {
        // a page that just loaded may still swap nodes (scripts of the theme): retry on a node that went away
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement e = find(field);
                e.clear();
                e.sendKeys(value);
                return;
            } catch (WebDriverException e) {
                if (attempt == 3 || e instanceof TimeoutException) {
                    throw e;
                }
                waitForPage();
            }
        }
    }

    /**
     * Waits until {@code element} has left the document (the page was replaced). Chromium 156 sometimes answers an
     * element of a replaced page with "Node with given id does not belong to the document" rather than a stale
     * element error, which Selenium's stalenessOf does not take for staleness: any driver error counts here.
     */
    public void awaitGone(WebElement element) {
        awaitGone(element, Duration.ofSeconds(20));
    }

    private void awaitGone(WebElement element, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                return true;
            }
        });
    }

    /**
     * Scrolls the element into the middle of the window (a sticky footer may cover it), clicks it and waits for the
     * page. A click on a link or a submit button leads to another page: then it also waits until the old document is
     * gone, so that the next lookup cannot find an element of the page being left.
     */
    public void click(By by) {
        WebElement e = find(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
        String tag = e.getTagName();
        String type = e.getAttribute("type");
        boolean navigates = ("a".equals(tag) && e.getAttribute("href") != null)
                || ("button".equals(tag) && !"button".equals(type)) || ("input".equals(tag) && "submit".equals(type));
        WebElement page = driver.findElement(By.tagName("html"));
        e.click();
        if (navigates) {
            try {
                awaitGone(page, Duration.ofSeconds(10));
            } catch (TimeoutException stayed) {
                // a submit the page handled itself (or refused in the browser): same document
            }
        }
        waitForPage();
    }

    /** Waits until the current document has finished loading. */
    public void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Saves the current page as {@code target/screenshots/<name>.png} (and .html), for the README and for review. */
    public void screenshot(String name) {
        save(Path.of(System.getProperty("omakase.build.dir", "target"), "screenshots", name));
    }

    /** Saves a screenshot and the page HTML as {@code <file>.png} and {@code <file>.html}. */
    public void save(Path fileWithoutExtension) {
        try {
            Files.createDirectories(fileWithoutExtension.getParent());
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(fileWithoutExtension.resolveSibling(fileWithoutExtension.getFileName() + ".png"), png);
            Files.writeString(fileWithoutExtension.resolveSibling(fileWithoutExtension.getFileName() + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save browser state to " + fileWithoutExtension + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                KeycloakServer.deleteTree(profile);
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
