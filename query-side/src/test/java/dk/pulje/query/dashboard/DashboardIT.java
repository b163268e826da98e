package dk.pulje.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.query.system.AppProcess;
import dk.pulje.query.system.Axe;
import dk.pulje.query.system.DemoHttp;
import dk.pulje.query.system.HeadlessChromium;
import dk.pulje.shared.testing.TestPostgres;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard in a real browser, against the whole system: the command side's jar with the seed pools, this
 * query side, headless Chromium. Screenshots go to target/dashboard/.
 */
@ExtendWith(HeadlessChromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
class DashboardIT {

    private static final Path SCREENSHOTS = Path.of("target", "dashboard");
    private static final String EARLY_PREVENTIVE_EFFORT = "early-preventive-effort-2017";
    private static final String PPR = "ppr-early-preventive-2017";
    private static final JsonMapper json = JsonMapper.builder().build();

    private static String database;
    private static AppProcess commandSide;
    private static ChromeDriver browser;

    @LocalServerPort
    int queryPort;

    @BeforeAll
    static void start() throws Exception {
        browser = HeadlessChromium.start(
                Files.createTempDirectory("pulje-chromium"), new File("target/dashboard-chromedriver.log"));
        database = TestPostgres.freshDatabase("dashboard");
        commandSide = AppProcess.commandSide(database, "dashboard");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (commandSide != null) {
            commandSide.close();
        }
    }

    @DynamicPropertySource
    static void sameDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Test
    void a_viewer_sees_the_figures_change_without_reloading_when_a_grant_is_awarded() throws Exception {
        signIn("viewer", "da");
        String pool = "#pool-" + EARLY_PREVENTIVE_EFFORT + " ";
        await("the demo pools on the page")
                .atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .untilAsserted(
                        () -> assertThat(text(pool + "[data-measure=awarded]")).isEqualTo("0,00 kr."));
        assertThat(text(pool + "[data-measure=budget]")).isEqualTo("24.900.000,00 kr.");
        assertThat(text(pool + "[data-measure=paid]")).isEqualTo("0,00 kr.");
        assertThat(text(pool + "[data-measure=repaid]")).isEqualTo("0,00 kr.");
        // Aarhus holds a grant of the demo's 2016 pool already: the award adds to it.
        BigDecimal aarhusBefore = kroner(text("#municipality-751 td:last-child"));
        await("the live connection")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(text("#live-status")).startsWith("Live"));
        int awardedBefore = Integer.parseInt(text("#funnel [data-stage=awarded]"));
        browser.executeScript("window.puljeSamePage = true");
        WebElement poolLink = browser.findElement(By.cssSelector(pool + "h3 a"));
        String poolTitle = poolLink.getText();
        browser.executeScript("arguments[0].focus()", poolLink);

        int year = projectStartYear(EARLY_PREVENTIVE_EFFORT);
        commandSide.command("/pools/" + EARLY_PREVENTIVE_EFFORT + "/applications", "aarhus", """
                {"id": "aarhus-live", "applicant": {"kind": "MUNICIPALITY", "municipality": "751"},
                 "projectTitle": "Tidlig hjælp på tværs af dagtilbud, skole og PPR",
                 "amountRequested": "1500000.00", "budget": {"%d": "1500000.00"},
                 "activityCategory": "cross-disciplinary",
                 "contact": {"name": "Kim Jensen", "email": "kim.jensen@example.dk"}}""".formatted(year), 201);
        commandSide.command(
                "/pools/" + EARLY_PREVENTIVE_EFFORT + "/applications/aarhus-live/screening",
                "assessor",
                "{\"eligible\": true, \"reason\": \"A municipality; fits cross-disciplinary cooperation\"}",
                202);
        await().atMost(Duration.ofSeconds(5))
                .ignoreExceptions()
                .untilAsserted(
                        () -> assertThat(text("#funnel [data-stage=eligible]")).isNotEqualTo("0"));

        long accepted = System.nanoTime();
        commandSide.command(
                "/pools/" + EARLY_PREVENTIVE_EFFORT + "/applications/aarhus-live/award",
                "approver",
                "{\"amount\": \"1200000.00\", \"reason\": \"Strong plan; part award to reach more municipalities\"}",
                202);
        await("the award on the page")
                .atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(20))
                .ignoreExceptions()
                .untilAsserted(
                        () -> assertThat(text(pool + "[data-measure=awarded]")).isEqualTo("1.200.000,00 kr."));
        long shownAfterMillis = (System.nanoTime() - accepted) / 1_000_000;
        await().atMost(Duration.ofSeconds(3)).ignoreExceptions().untilAsserted(() -> {
            assertThat(text(pool + "[data-measure=remaining]")).isEqualTo("23.700.000,00 kr.");
            assertThat(text("#funnel [data-stage=awarded]")).isEqualTo(String.valueOf(awardedBefore + 1));
            assertThat(kroner(text("#municipality-751 td:last-child")))
                    .isEqualByComparingTo(aarhusBefore.add(new BigDecimal("1200000.00")));
        });
        assertThat(browser.executeScript("return window.puljeSamePage === true"))
                .as("not reloaded")
                .isEqualTo(true);
        assertThat(browser.switchTo().activeElement().getText())
                .as("the keyboard focus stays")
                .isEqualTo(poolTitle);
        Files.createDirectories(SCREENSHOTS);
        Files.writeString(SCREENSHOTS.resolve("award-shown-after-ms.txt"), shownAfterMillis + "\n");
        System.out.println("The award was on the page " + shownAfterMillis + " ms after it was accepted");

        String page = browser.getPageSource();
        assertThat(page)
                .as("no personal data for a dashboard viewer")
                .doesNotContain("Kim Jensen", "kim.jensen@example.dk", "Tidlig hjælp", "Strong plan", "approver");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("da");
        assertThat(browserErrors())
                .as("no script errors, no content blocked by the security policy")
                .isEmpty();
        assertThat(Axe.violations(browser))
                .as("axe-core's WCAG 2.1 AA rules on overview-da.png")
                .isEmpty();
        HeadlessChromium.screenshot(browser, 1280, SCREENSHOTS.resolve("overview-da.png"));
    }

    @Test
    void staff_and_auditors_see_applications_and_decisions_with_reasons_viewers_only_the_aggregates() throws Exception {
        int year = projectStartYear(PPR);
        commandSide.command("/pools/" + PPR + "/applications", "odense", """
                {"id": "odense-ppr", "applicant": {"kind": "MUNICIPALITY", "municipality": "461"},
                 "projectTitle": "PPR close to the day-care institutions", "amountRequested": "12300000.00",
                 "budget": {"%d": "12300000.00"}, "activityCategory": "ppr-staff",
                 "budgetLines": {"partnership": "1800000.00", "staff": "10500000.00"},
                 "contact": {"name": "Sanne Holm", "email": "sanne.holm@example.dk"}}""".formatted(year), 201);
        commandSide.command(
                "/pools/" + PPR + "/applications/odense-ppr/screening",
                "assessor",
                "{\"eligible\": true, \"reason\": \"A municipality with a PPR plan\"}",
                202);
        HttpResponse<String> rejected = commandSide.command(
                "/pools/" + PPR + "/applications/odense-ppr/rejection",
                "approver",
                "{\"reason\": \"The plan adds no staff to the early effort\"}",
                202);
        long position = Long.parseLong(
                rejected.headers().firstValue("Pulje-Consistency-Token").orElseThrow());
        assertThat(DemoHttp.get(queryPort, "/pools/" + PPR + "/decisions", "auditor", position)
                        .statusCode())
                .isEqualTo(200);

        signIn("auditor", "en");
        browser.get(url("/dashboard/pools/" + PPR));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(text("#application-odense-ppr"))
                .contains("Odense Kommune", "PPR close to the day-care", "Rejected", "DKK 12,300,000.00");
        assertThat(text("#decisions"))
                .contains(
                        "Application rejected",
                        "The plan adds no staff to the early effort",
                        "approver (approver)",
                        "A municipality with a PPR plan");
        assertThat(text("#history"))
                .contains("ApplicationSubmitted", "ApplicationRejected", "The plan adds no staff to the early effort");
        assertThat(text("#pool-funnel-" + PPR + " [data-stage=rejected]")).isEqualTo("1");
        assertThat(
                        browser.findElements(
                                By.cssSelector(
                                        "#ranking-title, #workload-title, #allocations-title, #decision-time, #criterion-outcomes-title")))
                .hasSize(5);
        assertThat(text("#decision-time-round-1")).startsWith("Round 1");
        assertThat(Axe.violations(browser))
                .as("axe-core's WCAG 2.1 AA rules on pool-auditor-en.png")
                .isEmpty();
        HeadlessChromium.screenshot(browser, 1280, SCREENSHOTS.resolve("pool-auditor-en.png"));

        signIn("viewer", "en");
        browser.get(url("/dashboard/pools/" + PPR));
        assertThat(text("#pool-funnel-" + PPR + " [data-stage=rejected]")).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector(
                        "#applications, #decisions, #history, #ranking-title, #workload-title, #allocations-title,"
                                + " #decision-time, #criterion-outcomes-title")))
                .isEmpty();
        assertThat(text("main"))
                .contains("shown to staff and auditors")
                .doesNotContain("Odense Kommune", "The plan adds no staff", "approver", "Sanne Holm");
    }

    @Test
    void applicants_are_turned_away_and_strangers_asked_to_sign_in() throws Exception {
        signIn("aarhus", "da");
        assertThat(text("h1")).isEqualTo("Ikke for din rolle");
        assertThat(text("main")).doesNotContain("kr.");

        HttpClient plain = HttpClient.newHttpClient();
        for (String path : List.of("/dashboard", "/dashboard/live", "/dashboard/pools/" + PPR)) {
            HttpResponse<String> answer = plain.send(
                    HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/login");
        }
        HttpResponse<String> login = plain.send(
                HttpRequest.newBuilder(URI.create(url("/dashboard/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");

        HttpResponse<String> withoutToken = plain.send(
                HttpRequest.newBuilder(URI.create(url("/dashboard/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=viewer&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode())
                .as("a login without its CSRF token")
                .isEqualTo(403);

        HttpResponse<String> api = DemoHttp.get(queryPort, "/pools", "viewer");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Set-Cookie"))
                .as("the API keeps no session")
                .isEmpty();
    }

    @Test
    void fits_a_phone_and_works_from_the_keyboard() throws Exception {
        signIn("viewer", "da");
        browser.manage().window().setSize(new Dimension(390, 844));
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(text("#pool-" + EARLY_PREVENTIVE_EFFORT + " [data-measure=budget]"))
                        .isEqualTo("24.900.000,00 kr."));
        assertThat((Long) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(0L);

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        // The link slides into view on focus; its text is visible once the transition has run.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(skip.getText()).isEqualTo("Gå til indholdet"));
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("main");

        browser.get(url("/dashboard/login"));
        for (WebElement input : browser.findElements(By.cssSelector("input:not([type=hidden])"))) {
            assertThat(browser.findElements(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']")))
                    .as("a label for " + input.getDomAttribute("name"))
                    .hasSize(1);
        }
        browser.get(url("/dashboard"));
        assertThat(Axe.violations(browser))
                .as("axe-core's WCAG 2.1 AA rules on overview-phone-da.png")
                .isEmpty();
        HeadlessChromium.screenshot(browser, 390, SCREENSHOTS.resolve("overview-phone-da.png"));
    }

    /** Signs in through the login form, in {@code language}, and lands on the overview. */
    private void signIn(String user, String language) {
        browser.get(url("/dashboard/login"));
        browser.manage().deleteAllCookies();
        browserErrors();
        browser.get(url("/dashboard?lang=" + language));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.getCurrentUrl().contains("/dashboard/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.getCurrentUrl().contains("/dashboard/login"));
    }

    /** The text of an element; found again if a live update replaced it while it was read. */
    private String text(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.findElement(By.cssSelector(css)).getText().strip();
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    /** The errors the browser logged since this was last asked. */
    private List<String> browserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private int projectStartYear(String poolId) throws IOException, InterruptedException {
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() ->
                        DemoHttp.get(queryPort, "/pools/" + poolId, "viewer").statusCode() == 200);
        HttpResponse<String> pool = DemoHttp.get(queryPort, "/pools/" + poolId, "viewer");
        return Integer.parseInt(json.readTree(pool.body())
                .get("terms")
                .get("projectPeriod")
                .get("start")
                .asString()
                .substring(0, 4));
    }

    private String url(String path) {
        return "http://localhost:" + queryPort + path;
    }

    /** "1.200.000,00 kr." as 1200000.00. */
    private static BigDecimal kroner(String shown) {
        return new BigDecimal(shown.replace(" kr.", "").replace(".", "").replace(",", "."));
    }
}
