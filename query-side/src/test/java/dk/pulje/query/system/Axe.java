package dk.pulje.query.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, Deque's accessibility engine, run in the page the browser shows: its WCAG 2.0 and 2.1 rules of levels A
 * and AA. The engine is the {@code axe.min.js} that Deque's Selenium integration ships; only the script is taken from
 * it, and it is put into the page through the driver, so the page's Content-Security-Policy stays as it is.
 */
public final class Axe {

    private static final String ENGINE = engine();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                .then(results => done(results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                    + v.nodes.map(n => n.target.join(' ')).join(', '))))
                .catch(error => done(['axe-core could not check the page: ' + error]));
            """;

    private Axe() {}

    /** Every violation on the page as "rule (impact): what it asks — where"; empty when there is none. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(ENGINE);
        return (List<String>) browser.executeAsyncScript(RUN);
    }

    private static String engine() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
