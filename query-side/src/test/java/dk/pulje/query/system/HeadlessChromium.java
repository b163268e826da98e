package dk.pulje.query.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium, driven through its own chromedriver (Debian's chromium and chromium-driver
 * packages; other paths with -Dpulje.chromium and -Dpulje.chromedriver). Both are named explicitly, so Selenium
 * never looks for, or downloads, a browser or a driver. Where they cannot be had, the tests are skipped.
 */
public final class HeadlessChromium implements ExecutionCondition {

    private static final Path BROWSER = Path.of(System.getProperty("pulje.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("pulje.chromedriver", "/usr/bin/chromedriver"));

    /** A test class that needs it runs only where it is, and says so where it is not. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium at " + BROWSER);
        }
        String reason = "No Chromium here (" + BROWSER + " and " + DRIVER + "): the browser tests are "
                + "skipped. Install Debian's chromium and chromium-driver packages to run them.";
        System.err.println("[WARNING] " + context.getDisplayName() + ": " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    public static ChromeDriver start(Path profile, File log) {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile,
                        "--window-size=1280,1000");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(log)
                .build();
        return new ChromeDriver(driver, options);
    }

    /** The whole page, not just the window: the window is made as tall as the page for the picture. */
    public static Path screenshot(ChromeDriver browser, int width, Path file) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 1000));
        long height = (Long) browser.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 12_000)));
        Files.createDirectories(file.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
