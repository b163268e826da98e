package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.GrantOpened;
import dk.pulje.shared.grant.ReportDue;
import dk.pulje.shared.grant.ReportKind;
import dk.pulje.shared.grant.ReportSubmitted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.documents.StoredDocument;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The documents attached to an application, read exactly as the application is read (its applicant and staff, never
 * another organisation or a dashboard viewer), each handed out only while it has the SHA-256 the submission recorded;
 * and a report's, read as its grant is read, in the API and on the portal's grant page.
 */
@SpringBootTest(properties = "pulje.consistency.max-wait=5s")
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "demo"})
class AttachmentsOnH2Test {

    private static final Path DOCUMENTS = temporary();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("pulje.documents.directory", DOCUMENTS::toString);
        String url = "jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> url);
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("pulje-attachments");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DocumentStore documents;

    private final byte[] pdf = "%PDF-1.7 Budget 2017: 2.000.000,00 kr.".getBytes(StandardCharsets.UTF_8);
    private StoredDocument stored;
    private long position;
    private String application;
    private PoolId pool;
    private ApplicationId aarhus;

    @BeforeEach
    void submittedWithAnAttachment() {
        EventLog events = new EventLog(eventStore, jdbc);
        ProgrammeId programme = ProgrammeId.random();
        pool = PoolId.random();
        aarhus = ApplicationId.random();
        application = "/pools/" + pool.value() + "/applications/" + aarhus.value();
        stored = documents.put(pdf, "application/pdf");
        ApplicationSubmitted plain = submitted(pool, aarhus, "751", "2000000.00", "2017-03-20T10:00:00Z");
        ApplicationSubmitted attached = new ApplicationSubmitted(
                plain.poolId(),
                plain.applicationId(),
                plain.round(),
                plain.applicant(),
                plain.projectTitle(),
                plain.amountRequested(),
                plain.budget(),
                plain.activityCategory(),
                plain.contact(),
                plain.submittedBy(),
                plain.submittedAt(),
                null,
                null,
                List.of(),
                null,
                null,
                List.of(new Attachment(
                        stored.id(), "budget 2017.pdf", "application/pdf", pdf.length, stored.sha256())));
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        position = events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, new Decision("manager", Role.POOL_MANAGER, Instant.now(), null)),
                attached);
    }

    private MockHttpServletResponse get(String path, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                        .header("Pulje-Consistency-Token", String.valueOf(position))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))))
                .andReturn()
                .getResponse();
    }

    @Test
    void the_applicant_and_staff_list_and_download_the_attachment_and_no_one_else_does() throws Exception {
        MockHttpServletResponse listed = get(application + "/attachments", "aarhus");
        assertThat(listed.getStatus()).isEqualTo(200);
        assertThat(listed.getContentAsString())
                .contains(stored.id(), stored.sha256(), "budget 2017.pdf", "application/pdf");

        for (String reader : List.of("aarhus", "aarhus2", "manager", "assessor", "approver", "auditor")) {
            MockHttpServletResponse download = get(application + "/attachments/" + stored.id(), reader);
            assertThat(download.getStatus()).as(reader).isEqualTo(200);
            assertThat(download.getContentType()).isEqualTo("application/pdf");
            assertThat(download.getHeader("Content-Disposition")).contains("attachment");
            assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        }
        assertThat(get(application + "/attachments/" + stored.id(), "odense").getStatus())
                .as("another organisation")
                .isEqualTo(403);
        assertThat(get(application + "/attachments", "odense").getStatus()).isEqualTo(403);
        assertThat(get(application + "/attachments/" + stored.id(), "viewer").getStatus())
                .as("a dashboard viewer")
                .isEqualTo(403);
        StoredDocument unattached = documents.put(pdf, "application/pdf");
        assertThat(get(application + "/attachments/" + unattached.id(), "aarhus")
                        .getStatus())
                .as("a document in the store this application did not attach")
                .isEqualTo(404);
    }

    @Test
    void a_reports_attachments_are_read_as_its_grant_is_read() throws Exception {
        EventLog events = new EventLog(eventStore, jdbc);
        ApplicationId awarded = ApplicationId.random();
        GrantId grant = GrantId.of(awarded);
        StoredDocument report = documents.put(pdf, "application/pdf");
        Attachment attached =
                new Attachment(report.id(), "status 2018.pdf", "application/pdf", pdf.length, report.sha256());
        position = events.grant(
                grant,
                new GrantOpened(
                        grant,
                        PoolId.random(),
                        ProgrammeId.random(),
                        awarded,
                        Applicant.municipality("751"),
                        Money.of("1000000"),
                        BudgetByYear.of(Map.of(2018, Money.of("1000000"))),
                        Instant.parse("2017-04-17T09:00:00Z"),
                        Instant.parse("2017-10-03T09:00:00Z"),
                        List.of(new ReportDue("status-2018", ReportKind.STATUS, LocalDate.of(2019, 3, 1))),
                        List.of(14, 3),
                        new Decision("approver", Role.APPROVER, Instant.parse("2017-04-03T09:00:00Z"), "Scores 4/5"),
                        null),
                new ReportSubmitted(
                        grant,
                        "status-2018",
                        "Year one done",
                        null,
                        new Decision("aarhus", Role.APPLICANT, Instant.parse("2019-01-15T09:00:00Z"), null),
                        List.of(attached)));
        String reportPath = "/grants/" + grant.value() + "/reports/status-2018/attachments";

        assertThat(get(reportPath, "aarhus").getContentAsString()).contains(report.id(), "status 2018.pdf");
        for (String reader : List.of("aarhus", "manager", "finance", "auditor")) {
            MockHttpServletResponse download = get(reportPath + "/" + report.id(), reader);
            assertThat(download.getStatus()).as(reader).isEqualTo(200);
            assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        }
        assertThat(get(reportPath + "/" + report.id(), "odense").getStatus()).isEqualTo(403);
        assertThat(get(reportPath, "odense").getStatus()).isEqualTo(403);
        assertThat(get(reportPath + "/" + stored.id(), "aarhus").getStatus())
                .as("the application's attachment is not the report's")
                .isEqualTo(404);
    }

    @Test
    void the_grant_page_lists_a_submitted_reports_documents_for_the_grantee_and_hands_them_out_to_it_alone()
            throws Exception {
        EventLog events = new EventLog(eventStore, jdbc);
        GrantId grant = GrantId.of(aarhus);
        StoredDocument report = documents.put(pdf, "application/pdf");
        position = events.grant(
                grant,
                new GrantOpened(
                        grant,
                        pool,
                        ProgrammeId.random(),
                        aarhus,
                        Applicant.municipality("751"),
                        Money.of("1000000"),
                        BudgetByYear.of(Map.of(2018, Money.of("1000000"))),
                        Instant.parse("2017-04-17T09:00:00Z"),
                        Instant.parse("2017-10-03T09:00:00Z"),
                        List.of(
                                new ReportDue("status-2018", ReportKind.STATUS, LocalDate.of(2019, 3, 1)),
                                new ReportDue("final", ReportKind.FINAL, LocalDate.of(2020, 3, 31))),
                        List.of(14, 3),
                        new Decision("approver", Role.APPROVER, Instant.parse("2017-04-03T09:00:00Z"), "Scores 4/5"),
                        null),
                new ReportSubmitted(
                        grant,
                        "status-2018",
                        "Year one done",
                        null,
                        new Decision("aarhus", Role.APPLICANT, Instant.parse("2019-01-15T09:00:00Z"), null),
                        List.of(new Attachment(
                                report.id(), "status 2018.pdf", "application/pdf", pdf.length, report.sha256()))));
        // The API's reads wait for the read models to reach the events; the portal's pages read what is there.
        assertThat(get(application + "/attachments", "aarhus").getStatus()).isEqualTo(200);
        assertThat(get("/grants/" + grant.value() + "/reports/status-2018/attachments", "aarhus")
                        .getStatus())
                .isEqualTo(200);
        String page = "/portal/grants/" + grant.value();
        String download = page + "/reports/status-2018/attachments/" + report.id();

        for (String reader : List.of("aarhus", "aarhus2")) {
            Cookie session = DashboardSignIn.as(mvc, reader);
            MockHttpServletResponse shown = portal(page + "?lang=da", session);
            assertThat(shown.getStatus()).as(reader).isEqualTo(200);
            assertThat(shown.getContentAsString(StandardCharsets.UTF_8))
                    .contains(
                            "id=\"report-documents-status-2018\"",
                            "href=\"" + download + "\"",
                            ">status 2018.pdf</a>",
                            "(PDF, 1 kB)",
                            "Bilag")
                    .doesNotContain("report-documents-final", stored.id());
            MockHttpServletResponse downloaded = portal(download, session);
            assertThat(downloaded.getStatus()).as(reader).isEqualTo(200);
            assertThat(downloaded.getContentType()).isEqualTo("application/pdf");
            assertThat(downloaded.getHeader("Content-Disposition")).contains("attachment", "status");
            assertThat(downloaded.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(downloaded.getHeader("Digest")).isEqualTo("sha-256=" + report.sha256());
            assertThat(downloaded.getContentAsByteArray()).isEqualTo(pdf);
        }
        Cookie aarhusSession = DashboardSignIn.as(mvc, "aarhus");
        assertThat(portal(page + "/reports/status-2018/attachments/" + stored.id(), aarhusSession)
                        .getStatus())
                .as("the application's attachment is not the report's")
                .isEqualTo(404);
        assertThat(portal(page + "/reports/final/attachments/" + report.id(), aarhusSession)
                        .getStatus())
                .as("another report's")
                .isEqualTo(404);

        Cookie odense = DashboardSignIn.as(mvc, "odense");
        assertThat(portal(page, odense).getStatus())
                .as("another organisation's grant")
                .isEqualTo(404);
        MockHttpServletResponse refused = portal(download, odense);
        assertThat(refused.getStatus()).as("another organisation").isEqualTo(404);
        assertThat(refused.getContentAsByteArray()).isNotEqualTo(pdf);

        Files.writeString(DOCUMENTS.resolve(report.id()), "%PDF-1.7 Budget 2017: 9.000.000,00 kr.");
        MockHttpServletResponse altered = portal(download, aarhusSession);
        assertThat(altered.getStatus()).as("altered in the store").isGreaterThanOrEqualTo(500);
        assertThat(altered.getContentAsString()).doesNotContain("9.000.000");
    }

    private MockHttpServletResponse portal(String path, Cookie session) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).cookie(session))
                .andReturn()
                .getResponse();
    }

    @Test
    void an_attachment_altered_in_the_store_is_never_handed_out() throws Exception {
        Files.writeString(DOCUMENTS.resolve(stored.id()), "%PDF-1.7 Budget 2017: 9.000.000,00 kr.");

        MockHttpServletResponse download = get(application + "/attachments/" + stored.id(), "aarhus");

        assertThat(download.getStatus()).isGreaterThanOrEqualTo(500);
        assertThat(download.getContentAsString()).doesNotContain("9.000.000");
    }
}
