package org.diplograph.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, driven through chromium-driver (never a downloaded browser), one process for the whole test run,
 * reading the Atlas of the server on {@code port}. Without the browser a test is skipped with what to install;
 * {@code .ci/run} installs it and sets {@code DIPLOGRAPH_BROWSER_TESTS=required}, so that in CI a missing browser fails.
 */
public final class Chromium {

    private static final File BINARY = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static WebDriver shared;

    public final WebDriver browser;
    private final int port;

    private Chromium(WebDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    /** The browser at desktop size, or the test aborted (failed in CI) when it is not installed. */
    public static synchronized Chromium forServerOn(int port) {
        if (!BINARY.canExecute() || !DRIVER.canExecute()) {
            String install = "skipped: install chromium and chromium-driver (apt-get install chromium chromium-driver)";
            assertThat("required".equals(System.getenv("DIPLOGRAPH_BROWSER_TESTS"))).as(install).isFalse();
            Assumptions.abort(install);
        }
        if (shared == null) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            ChromeOptions options = new ChromeOptions().setBinary(BINARY)
                    .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                            "--no-first-run", "--disable-background-networking", "--window-size=1200,900");
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                    .usingAnyFreePort().build();
            WebDriver started = new ChromeDriver(service, options);
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
            shared = started;
        }
        shared.manage().window().setSize(new Dimension(1200, 900));
        shared.get("about:blank");
        shared.manage().logs().get(LogType.BROWSER);
        return new Chromium(shared, port);
    }

    public void open(String path) {
        browser.get(origin() + path);
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    public void waitForStatus(String words) {
        waitUntilText("status", words);
    }

    void waitUntilText(String id, String words) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), words));
    }

    String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Every URL the page asked for, its own address included. */
    @SuppressWarnings("unchecked")
    List<String> requestedUrls() {
        return (List<String>) script("return performance.getEntriesByType('resource').map(entry => entry.name)"
                + ".concat([location.href])");
    }

    /** Milliseconds from the start of navigation until the page's view was drawn (its "atlas-view-ready" mark). */
    public double viewReadyMillis() {
        return ((Number) script("return performance.getEntriesByName('atlas-view-ready')[0].startTime")).doubleValue();
    }

    /** What the page wrote to the console at warning level or above since the last call. */
    public List<String> consoleProblems() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** A screenshot of the window, under target/atlas-screenshots (docs/screenshots holds copies of them). */
    void screenshot(String name) throws Exception {
        Path target = Path.of("target", "atlas-screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
