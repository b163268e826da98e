package dk.pulje.query.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.query.system.AppProcess;
import dk.pulje.query.system.Axe;
import dk.pulje.query.system.DemoHttp;
import dk.pulje.query.system.HeadlessChromium;
import dk.pulje.shared.testing.TestPostgres;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicant portal in a real browser, against the whole system: the command side's jar with the seed pools, this
 * query side, headless Chromium. A municipality finds a pool without signing in, starts a draft, a colleague of the
 * same municipality edits it, attaches a document (a program renamed .pdf is refused), and it is submitted through the
 * command side. Screenshots go to target/portal/.
 */
@ExtendWith(HeadlessChromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
class PortalIT {

    private static final Path SCREENSHOTS = Path.of("target", "portal");
    private static final String POOL = "early-preventive-effort-2017";
    private static final String PPR = "ppr-early-preventive-2017";
    private static final String MEETING = "ppr-odense-2017";

    private static String database;
    private static AppProcess commandSide;
    private static ChromeDriver browser;

    @LocalServerPort
    int queryPort;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws Exception {
        browser = HeadlessChromium.start(
                Files.createTempDirectory("pulje-chromium"), new File("target/portal-chromedriver.log"));
        database = TestPostgres.freshDatabase("portal");
        commandSide = AppProcess.commandSide(database, "portal");
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
        registry.add("pulje.portal.command-api", () -> "http://localhost:" + commandSide.port());
        // Small, so the test can send documents over the limit, and over what the server reads at all (twice it).
        registry.add("pulje.documents.max-bytes", () -> "1MB");
    }

    @Test
    void a_municipality_finds_a_pool_drafts_with_a_colleague_and_submits() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        browser.manage().window().setSize(new Dimension(390, 900));
        await("the seed pools on the public page")
                .atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    browser.get(url("/portal?lang=da"));
                    assertThat(browser.findElements(By.id("pool-" + POOL))).isNotEmpty();
                });
        checkPage("portal-pools-da");

        browser.findElement(By.cssSelector("#pool-" + POOL + " h2 a")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(text("#rounds-title, #rounds")).isNotBlank();
        assertThat(text("#criteria")).contains("vægt 40, 0–5 point", "vægt 35", "vægt 25");
        assertThat(text("#questions")).contains("Hvem er indsatsen rettet mod?");
        assertThat(text("#contact + dl")).contains("Center for Økonomi og Tilskudsadministration");
        assertThat(text("#faq")).contains("Hvem kan søge puljen?").doesNotContain("Kommuner, der ikke fik støtte");
        browser.findElement(By.cssSelector("#faq summary")).click();
        assertThat(text("#faq")).contains("Kommuner, der ikke fik støtte");
        checkPage("portal-pool-da");
        browser.get(url("/portal/pools/" + POOL + "?lang=en"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(browser.getPageSource()).contains("Rounds and deadlines", "Open for applications");
        checkPage("portal-pool-en");
        browser.get(url("/portal/pools/" + POOL + "?lang=da"));
        assertThat(browser.findElements(By.id("start-draft")))
                .as("no draft without signing in")
                .isEmpty();

        signIn("aarhus");
        browser.get(url("/portal/pools/" + POOL));
        browser.findElement(By.id("start-draft")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.getCurrentUrl().contains("/portal/drafts/"));
        String draftPath = pathOf(browser.getCurrentUrl());
        String draftId = draftPath.substring(draftPath.lastIndexOf('/') + 1);
        assertThat(text("#missing")).contains("En projekttitel", "En kontaktpersons navn og e-mail");

        type("projectTitle", "Tidlig indsats på tværs af dagtilbud og skole");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("activityCategory"))).selectByIndex(1);
        type("amountRequested", "1.500.000,00");
        // The pool's own questions.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("answer-target-group")))
                .selectByVisibleText("Børn, unge og familier");
        type("answer-reached", "40");
        clickAndLoad(By.id("save"));
        assertThat(text(".message.ok")).isEqualTo("Kladden er gemt.");
        assertThat(text("#missing")).contains("Et budget for mindst ét år").doesNotContain("En projekttitel");
        checkPage("portal-draft-da");

        // Bad input: a clear message on the page, nothing stored.
        Integer version =
                jdbc.queryForObject("SELECT version FROM portal_draft WHERE draft_id = ?", Integer.class, draftId);
        type("amountRequested", "halvanden million");
        type("contactEmail", "ikke-en-adresse");
        type("answer-reached", "fyrre");
        clickAndLoad(By.id("save"));
        assertThat(text("#message")).contains("Kladden blev ikke gemt", "Svar: skriv et helt tal");
        assertThat(browser.findElement(By.id("answer-reached")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("amountRequested")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(jdbc.queryForObject("SELECT version FROM portal_draft WHERE draft_id = ?", Integer.class, draftId))
                .isEqualTo(version);
        checkPage("portal-draft-bad-input-da");
        signOut();

        // A colleague of the same municipality finishes the budget and the contact person.
        signIn("aarhus2");
        browser.get(url("/portal/applications"));
        assertThat(text("#drafts")).contains("Tidlig indsats på tværs af dagtilbud og skole");
        checkPage("portal-mine-da");
        browser.get(url(draftPath));
        WebElement firstYear = browser.findElement(By.cssSelector("input[id^=year-]"));
        firstYear.clear();
        firstYear.sendKeys("1500000");
        type("contactName", "Kim Jensen");
        type("contactEmail", "kim.jensen@example.dk");
        clickAndLoad(By.id("save"));
        assertThat(text("#missing")).contains("Intet mangler");
        assertThat(text("#changes"))
                .contains("aarhus2 ændrede budget, contact\n", "aarhus ændrede title, category, amount, answers");
        assertThat(browser.findElement(By.id("answer-reached")).getDomProperty("value"))
                .isEqualTo("40");
        signOut();

        // Another municipality does not find it.
        signIn("odense");
        browser.get(url(draftPath));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ikke fundet");
        signOut();

        signIn("aarhus");
        browser.get(url(draftPath));

        // Attachments: a program renamed .pdf is refused on the page and nothing is kept; a PDF is attached.
        Path files = Files.createTempDirectory("pulje-attachments");
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        Path renamed = Files.write(files.resolve("budget.pdf"), program);
        browser.findElement(By.id("file")).sendKeys(renamed.toAbsolutePath().toString());
        clickAndLoad(By.id("attach"));
        assertThat(text("#message")).contains("Dokumentet blev ikke vedhæftet", "typen læses af indholdet");
        assertThat(browser.findElements(By.id("attachment-list"))).isEmpty();
        checkPage("portal-draft-attachment-refused-da");
        Path pdf = Files.write(
                Files.createDirectories(files.resolve("real")).resolve("budget.pdf"),
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        browser.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        clickAndLoad(By.id("attach"));
        assertThat(text("#attachments")).contains("Dokumentet er vedhæftet", "budget.pdf");
        checkPage("portal-draft-attached-da");

        browser.findElement(By.id("submit")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.getCurrentUrl().endsWith("/receipt"));
        assertThat(text("#receipt")).contains(draftId, "aarhus (municipality:751)", "1.500.000,00 kr.");
        checkPage("portal-receipt-da");

        // The command side has the application, signed by the sign-in, once.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                DemoHttp.get(queryPort, "/pools/" + POOL + "/applications/" + draftId, "aarhus")
                                        .statusCode())
                        .isEqualTo(200));
        String submitted = new String(
                jdbc.queryForObject(
                        "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType ="
                                + " 'dk.pulje.shared.application.ApplicationSubmitted' AND payload LIKE ?",
                        byte[].class,
                        POOL,
                        ("%" + draftId + "%").getBytes()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(submitted)
                .contains(
                        "\"signedBy\":\"aarhus\"",
                        "DEMO_PASSWORD",
                        "\"answers\":{\"reached\":\"40\",\"target-group\":\"Børn, unge og familier\"}",
                        "\"formVersion\":1");
        assertThat(submitted).contains("\"fileName\":\"budget.pdf\"", "\"mediaType\":\"application/pdf\"");
        String documentId = jdbc.queryForObject(
                "SELECT document_id FROM application_attachment WHERE application_id = ?", String.class, draftId);
        String attachment = "/pools/" + POOL + "/applications/" + draftId + "/attachments/" + documentId;
        assertThat(DemoHttp.get(queryPort, attachment, "aarhus").body()).startsWith("%PDF-1.4");
        assertThat(DemoHttp.get(queryPort, attachment, "assessor").statusCode()).isEqualTo(200);
        assertThat(DemoHttp.get(queryPort, attachment, "odense").statusCode()).isEqualTo(403);
        browser.get(url("/portal/applications"));
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(text("#application-" + draftId)).contains("Indsendt");
        });
        checkPage("portal-mine-submitted-da");

        // After an award through the API, the municipality accepts its grant in the portal.
        commandSide.command(
                "/pools/" + POOL + "/applications/" + draftId + "/screening",
                "assessor",
                "{\"eligible\": true, \"reason\": \"A municipality; the project fits the pool\"}",
                202);
        commandSide.command(
                "/pools/" + POOL + "/applications/" + draftId + "/award",
                "approver",
                "{\"amount\": \"1200000.00\", \"reason\": \"A clear plan; part award\"}",
                202);
        await("the grant in the portal")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(browser.findElements(By.id("accept-" + draftId))).isNotEmpty();
                });
        assertThat(text("#application-" + draftId)).contains("Bevilget", "1.200.000,00 kr.");
        checkPage("portal-grant-awaiting-da");

        // The application's own page: its status, the award letter to download, the acceptance and the grant's page.
        clickAndLoad(By.id("open-application-" + draftId));
        String applicationPath = pathOf(browser.getCurrentUrl());
        assertThat(applicationPath).isEqualTo("/portal/pools/" + POOL + "/applications/" + draftId);
        assertThat(text("#application-status")).isEqualTo("Bevilget");
        assertThat(text("#status")).contains("1.500.000,00 kr.", "1.200.000,00 kr.");
        await("the award letter on the application's page")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(text("#decision")).contains("Tilsagnsbrev", "bevilget 1.200.000,00 kr.");
                });
        String awardLetter = browser.findElement(By.cssSelector("#letters a")).getDomProperty("href");
        assertThat(download(awardLetter)).isEqualTo("200 application/pdf %PDF-");
        assertThat(browser.findElements(By.id("accept-" + draftId))).hasSize(1);
        assertThat(browser.findElement(By.id("open-grant")).getDomAttribute("href"))
                .isEqualTo("/portal/grants/" + draftId);
        checkPage("portal-application-awarded-da");
        browser.get(url("/portal/applications"));
        browser.findElement(By.id("accept-" + draftId)).click();
        // The click returns before the answer's page has loaded.
        await("the answer to the acceptance")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(text("#grants .message.ok")).isEqualTo("Tilskuddet er accepteret."));
        await("the acceptance in the read model")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(text("#grant-" + draftId)).contains("Accepteret");
                });
        checkPage("portal-grant-accepted-da");
        browser.get(url("/portal/pools/" + POOL));
        assertThat(text("#grantees")).contains("Aarhus Kommune", "1.200.000,00 kr.");
        checkPage("portal-pool-grantees-da");

        // The grant's own page: its letter, the project's start, the first report, a budget change refused.
        browser.get(url("/portal/applications?lang=da"));
        clickAndLoad(By.id("open-grant-" + draftId));
        assertThat(text("#grant-status")).isEqualTo("Accepteret");
        assertThat(text("#status")).contains("1.200.000,00 kr.", "Frist for projektstart");
        await("the award letter on the page")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(text("#letters")).contains("Tilsagnsbrev");
                });
        String letter = browser.findElement(By.cssSelector("#letters a")).getDomProperty("href");
        assertThat(download(letter)).isEqualTo("200 application/pdf %PDF-");
        clickAndLoad(By.id("start-project"));
        assertThat(text(".message.ok")).isEqualTo("Projektets start er modtaget.");
        await("the start in the read model")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(text("#grant-status")).isEqualTo("Startet");
                });
        WebElement firstReport = browser.findElement(By.cssSelector("form[id^=report-]"));
        String reportId = firstReport.getDomAttribute("id").substring("report-".length());
        // Bad input: no summary is told on the page, and nothing is sent.
        clickAndLoad(By.id("submit-" + reportId));
        assertThat(text("#message")).contains("Intet blev sendt", "Rapportens resumé: skriv, hvad rapporten");
        assertThat(browser.findElement(By.id("report-" + reportId + "-summary")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        String summary = "Alle tre dagtilbud er i gang; to af skolerne er med.";
        type("report-" + reportId + "-summary", summary);
        for (WebElement spent : browser.findElements(By.cssSelector("#report-" + reportId + " input[name^=spent-]"))) {
            spent.clear();
            spent.sendKeys("0");
        }
        String reportFile = "report-" + reportId + "-file";

        // Documents refused: a program renamed .pdf (by its content, on the command side), one over the limit (by the
        // portal), one over what the server reads at all (answered on the page all the same). The report is not sent,
        // and what was written stays on the page.
        browser.findElement(By.id(reportFile)).sendKeys(renamed.toAbsolutePath().toString());
        clickAndLoad(By.id("submit-" + reportId));
        assertThat(text("#message")).contains("Rapporten blev ikke sendt", "typen læses af indholdet");
        assertThat(browser.findElement(By.id("report-" + reportId + "-summary")).getDomProperty("value"))
                .isEqualTo(summary);
        checkPage("portal-grant-report-refused-da");
        Path overLimit = Files.write(files.resolve("for-stor.pdf"), pdfOf(1024 * 1024 + 1));
        browser.findElement(By.id(reportFile))
                .sendKeys(overLimit.toAbsolutePath().toString());
        clickAndLoad(By.id("submit-" + reportId));
        assertThat(text("#message")).contains("Rapporten blev ikke sendt", "Dokumentet er for stort");
        Path unreadable = Files.write(files.resolve("alt-for-stor.pdf"), pdfOf(3 * 1024 * 1024));
        browser.findElement(By.id(reportFile))
                .sendKeys(unreadable.toAbsolutePath().toString());
        clickAndLoad(By.id("submit-" + reportId));
        assertThat(text("#report-refused")).contains("Rapporten blev ikke sendt", "Dokumentet er for stort");
        assertThat(browser.getCurrentUrl()).contains("refused=document-too-large");

        // Another organisation's document, named in the form by hand: refused by the command side, nothing stored.
        HttpResponse<String> odenseUpload =
                DemoHttp.upload(commandSide.port(), "/documents", "odense", "odense.pdf", pdfOf(200));
        assertThat(odenseUpload.statusCode()).as(odenseUpload.body()).isEqualTo(201);
        String odenseDocument = JsonMapper.builder()
                .build()
                .readTree(odenseUpload.body())
                .get("documentId")
                .asString();
        type("report-" + reportId + "-summary", summary);
        for (WebElement spent : browser.findElements(By.cssSelector("#report-" + reportId + " input[name^=spent-]"))) {
            spent.clear();
            spent.sendKeys("0");
        }
        browser.executeScript(
                "const form = document.getElementById(arguments[0]);"
                        + " for (const [name, value] of [['document', arguments[1]], ['documentName', 'odense.pdf']]) {"
                        + " const field = document.createElement('input'); field.type = 'hidden'; field.name = name;"
                        + " field.value = value; form.appendChild(field); }",
                "report-" + reportId,
                odenseDocument);
        clickAndLoad(By.id("submit-" + reportId));
        assertThat(text("#refusal-reason")).isEqualTo("Et vedhæftet dokument er uploadet af en anden organisation.");
        assertThat(browser.findElements(By.id("report-" + reportId + "-uploaded")))
                .as("the refused document is not carried on")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType ="
                                + " 'dk.pulje.shared.grant.ReportSubmitted'",
                        Integer.class,
                        "grant:" + draftId))
                .as("no report after the refusals")
                .isZero();

        // A PDF is uploaded through the command side and attached to the report.
        byte[] reportPdf = pdfOf(4000);
        Path statusReport = Files.write(files.resolve("statusrapport.pdf"), reportPdf);
        browser.findElement(By.id(reportFile))
                .sendKeys(statusReport.toAbsolutePath().toString());
        checkPage("portal-grant-da");
        clickAndLoad(By.id("submit-" + reportId));
        assertThat(text(".message.ok")).isEqualTo("Rapport " + reportId + " er modtaget.");
        await("the report in the read model")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(text("#report-row-" + reportId)).contains("Indsendt");
                });
        checkPage("portal-grant-reported-da");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType IN"
                                + " ('dk.pulje.shared.grant.ProjectStarted', 'dk.pulje.shared.grant.ReportSubmitted')",
                        Integer.class,
                        "grant:" + draftId))
                .isEqualTo(2);
        String reported = new String(
                jdbc.queryForObject(
                        "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType ="
                                + " 'dk.pulje.shared.grant.ReportSubmitted'",
                        byte[].class,
                        "grant:" + draftId),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(reported)
                .contains(
                        "\"sha256\":\"" + sha256(reportPdf) + "\"",
                        "\"fileName\":\"statusrapport.pdf\"",
                        "\"mediaType\":\"application/pdf\"")
                .doesNotContain(odenseDocument);
        // A refusal by the command side: a carry-over between years the payment schedule does not have.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("budget-change-kind")))
                .selectByValue("CARRY_OVER");
        type("budget-change-from", "2098");
        type("budget-change-to", "2099");
        type("budget-change-amount", "1.000,00");
        type("budget-change-reason", "Aktiviteterne er rykket et år");
        clickAndLoad(By.id("ask-budget-change"));
        assertThat(text("#refusal-reason")).isEqualTo("Et af årene er ikke i udbetalingsplanen.");
        assertThat(browser.findElement(By.id("budget-change-from")).getDomProperty("value"))
                .isEqualTo("2098");
        checkPage("portal-grant-refused-da");

        // A rejected application's page: its rejection letter, and no grant. Neither municipality opens the other's.
        String rejected = "odense-portal-ppr";
        commandSide.command(
                "/pools/" + PPR + "/applications", "odense", """
                {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "461"},
                 "projectTitle": "PPR tæt på dagtilbuddene", "amountRequested": "12300000.00",
                 "budget": {"%d": "12300000.00"}, "activityCategory": "ppr-staff",
                 "budgetLines": {"partnership": "1800000.00", "staff": "10500000.00"},
                 "contact": {"name": "Sanne Holm", "email": "sanne.holm@example.dk"}}""".formatted(rejected, projectStartYear(PPR)), 201);
        commandSide.command(
                "/pools/" + PPR + "/applications/" + rejected + "/screening",
                "assessor",
                "{\"eligible\": true, \"reason\": \"A municipality with a PPR plan\"}",
                202);
        commandSide.command(
                "/pools/" + PPR + "/applications/" + rejected + "/rejection",
                "approver",
                "{\"reason\": \"The plan adds no staff to the early effort\"}",
                202);
        signOut();
        signIn("odense");
        browser.get(url("/portal/applications?lang=da"));
        await("the rejected application in the portal")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(text("#application-" + rejected)).contains("Afslået");
                });
        clickAndLoad(By.id("open-application-" + rejected));
        assertThat(text("#application-status")).isEqualTo("Afslået");
        await("the rejection letter on the application's page")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(text("#decision")).contains("Afslagsbrev");
                });
        assertThat(download(browser.findElement(By.cssSelector("#letters a")).getDomProperty("href")))
                .isEqualTo("200 application/pdf %PDF-");
        assertThat(browser.findElements(By.id("grant"))).isEmpty();
        checkPage("portal-application-rejected-da");
        String rejectedPath = pathOf(browser.getCurrentUrl());
        browser.get(url(applicationPath));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ikke fundet");
        assertThat(String.valueOf(download(awardLetter))).startsWith("404 ");
        signOut();
        signIn("aarhus");
        browser.get(url(rejectedPath));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ikke fundet");

        // A refusal by the command side is explained in the applicant's language: the same person registered twice.
        for (int attempt = 0; attempt < 2; attempt++) {
            browser.get(url("/portal/pools/" + PPR + "?lang=da"));
            type("attendee-name-" + MEETING, "Kim Jensen");
            type("attendee-email-" + MEETING, "kim.jensen@example.dk");
            browser.findElement(By.cssSelector("#meeting-" + MEETING + " button[type=submit]"))
                    .click();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> browser.getCurrentUrl().contains("registered=")
                            || browser.getCurrentUrl().contains("refused="));
        }
        assertThat(text("[role=alert]")).isEqualTo("Tilmeldingen blev afvist: Personen er allerede tilmeldt mødet.");
        checkPage("portal-meeting-refused-da");
    }

    /** Labels, language, no sideways scrolling at 390 px, no blocked content; then a screenshot. */
    private void checkPage(String name) throws Exception {
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isIn("da", "en");
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                        + ".filter(e => !e.id || !document.querySelector('label[for=\"' + e.id + '\"]'))"
                        + ".map(e => e.name);");
        assertThat(unlabelled).as("form fields without a label on " + name).isEmpty();
        assertThat((Boolean) browser.executeScript(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                .as("no sideways scrolling at 390 px on " + name)
                .isTrue();
        assertThat((Long) browser.executeScript("return document.querySelectorAll('img:not([alt])').length;"))
                .isZero();
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("a.skip[href='#main']"))).hasSize(1);
        assertThat(Axe.violations(browser))
                .as("axe-core's WCAG 2.1 AA rules on " + name)
                .isEmpty();
        HeadlessChromium.screenshot(browser, 390, SCREENSHOTS.resolve(name + ".png"));
    }

    /** The status, type and first five bytes of a download, fetched in the page as its link would. */
    private Object download(String href) {
        return browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                        + " + r.headers.get('content-type') + ' ' + new TextDecoder().decode(b.slice(0, 5)))))"
                        + ".catch(e => done(String(e)));",
                href);
    }

    /** A small PDF, padded with a comment to {@code size} bytes at least. */
    private static byte[] pdfOf(int size) {
        String head = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n%";
        return (head + "x".repeat(Math.max(0, size - head.length())) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private int projectStartYear(String poolId) throws Exception {
        String pool = DemoHttp.get(queryPort, "/pools/" + poolId, "viewer").body();
        return Integer.parseInt(JsonMapper.builder()
                .build()
                .readTree(pool)
                .get("terms")
                .get("projectPeriod")
                .get("start")
                .asString()
                .substring(0, 4));
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    private void signIn(String user) {
        browser.get(url("/portal/login?lang=da"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.getCurrentUrl().contains("/portal/login"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form.account button")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.getCurrentUrl().contains("/portal/login"));
    }

    /** Clicks and waits for the page it answers with: the click returns before that page has loaded. */
    private void clickAndLoad(By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private String url(String path) {
        return "http://localhost:" + queryPort + path;
    }

    private static String pathOf(String url) {
        return java.net.URI.create(url).getPath();
    }
}
