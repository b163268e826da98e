package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.decision.DecisionLetterIssued;
import dk.pulje.shared.decision.DecisionOutcome;
import dk.pulje.shared.decision.DecisionUpheld;
import dk.pulje.shared.decision.ReconsiderationRequested;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.documents.StoredDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An application's decision letters and reconsiderations as the query side shows them: read as the application is
 * read (its applicant and staff, never another organisation or a dashboard viewer), the letter's PDF handed out only
 * while it has the SHA-256 its event recorded, and its contact person told by e-mail. Run on each store.
 */
@SpringBootTest(properties = "pulje.consistency.max-wait=5s")
@AutoConfigureMockMvc
abstract class DecisionLettersBehaviour {

    private static final Path DOCUMENTS = temporary();

    @DynamicPropertySource
    static void documents(DynamicPropertyRegistry registry) {
        registry.add("pulje.documents.directory", DOCUMENTS::toString);
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("pulje-letters");
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

    private final byte[] pdf = "%PDF-1.7 Tilsagn om tilskud 2.000.000,00 kr.".getBytes(StandardCharsets.UTF_8);
    private PoolId pool;
    private ApplicationId aarhus;
    private StoredDocument stored;
    private long position;
    private String application;

    @BeforeEach
    void awardedWithItsLetter() {
        EventLog events = new EventLog(eventStore, jdbc);
        ProgrammeId programme = ProgrammeId.random();
        pool = PoolId.random();
        aarhus = ApplicationId.random();
        application = "/pools/" + pool.value() + "/applications/" + aarhus.value();
        Instant now = Instant.now();
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, new Decision("manager", Role.POOL_MANAGER, now, null)),
                submitted(pool, aarhus, "751", "2000000.00", "2017-03-20T10:00:00Z"),
                new GrantAwarded(
                        pool,
                        aarhus,
                        Applicant.municipality("751"),
                        Money.of("2000000.00"),
                        List.of(4),
                        1,
                        new Decision("approver", Role.APPROVER, now, "Scores 4/5")));
        stored = documents.put(pdf, "application/pdf");
        DecisionId decision = DecisionId.of(aarhus);
        Actor kim = new Actor("aarhus", Role.APPLICANT, "municipality:751");
        position = events.decision(
                decision,
                new DecisionLetterIssued(
                        decision,
                        pool,
                        aarhus,
                        Applicant.municipality("751"),
                        DecisionOutcome.GRANT,
                        Money.of("2000000.00"),
                        "award-event",
                        stored.id(),
                        stored.sha256(),
                        "da",
                        LocalDate.parse("2017-05-01"),
                        "Ankestyrelsen",
                        "approver",
                        Decision.by(Actor.system(), now, "The letter of the grant decided by approver (APPROVER)")),
                new ReconsiderationRequested(
                        decision, "r1", "municipality:751", Decision.by(kim, now, "We asked for more")),
                new DecisionUpheld(decision, "r1", new Decision("approver2", Role.APPROVER, now, "The amount stands")));
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
    void the_applicant_and_staff_read_the_letters_and_download_the_pdf_and_no_one_else_does() throws Exception {
        MockHttpServletResponse letters = get(application + "/letters", "aarhus");
        assertThat(letters.getStatus()).isEqualTo(200);
        assertThat(letters.getContentAsString())
                .contains(stored.id(), stored.sha256(), "GRANT", "2000000.00", "2017-05-01", "Ankestyrelsen");

        for (String reader : List.of("aarhus", "manager", "approver", "auditor")) {
            MockHttpServletResponse download = get(application + "/letters/" + stored.id(), reader);
            assertThat(download.getStatus()).as(reader).isEqualTo(200);
            assertThat(download.getContentType()).isEqualTo("application/pdf");
            assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        }
        assertThat(get(application + "/letters/" + stored.id(), "odense").getStatus())
                .as("another organisation")
                .isEqualTo(403);
        assertThat(get(application + "/letters", "odense").getStatus()).isEqualTo(403);
        assertThat(get(application + "/letters/" + stored.id(), "viewer").getStatus())
                .as("a dashboard viewer")
                .isEqualTo(403);
        assertThat(get(application + "/letters/6f1c1b9e-4c47-4a55-9f57-0c8b1e0a5c11", "aarhus")
                        .getStatus())
                .as("no such letter of this application")
                .isEqualTo(404);
    }

    @Test
    void a_letter_altered_in_the_store_is_never_handed_out() throws Exception {
        Files.writeString(DOCUMENTS.resolve(stored.id()), "%PDF-1.7 Tilsagn om tilskud 9.000.000,00 kr.");

        MockHttpServletResponse download = get(application + "/letters/" + stored.id(), "aarhus");

        assertThat(download.getStatus()).isGreaterThanOrEqualTo(500);
        assertThat(download.getContentAsString()).doesNotContain("9.000.000");
    }

    @Test
    void reconsiderations_are_listed_per_pool_for_staff_and_per_application_for_its_applicant() throws Exception {
        MockHttpServletResponse byPool = get("/pools/" + pool.value() + "/reconsiderations", "manager");
        assertThat(byPool.getStatus()).isEqualTo(200);
        assertThat(byPool.getContentAsString())
                .contains("\"reconsiderationId\":\"r1\"", "\"status\":\"UPHELD\"", "approver2", "The amount stands");
        assertThat(get("/pools/" + pool.value() + "/reconsiderations?status=RECEIVED", "manager")
                        .getContentAsString())
                .isEqualTo("[]");
        assertThat(get("/pools/" + pool.value() + "/reconsiderations", "aarhus").getStatus())
                .isEqualTo(403);
        assertThat(get(application + "/reconsiderations", "aarhus").getContentAsString())
                .contains("\"status\":\"UPHELD\"", "We asked for more");
        assertThat(get(application + "/reconsiderations", "odense").getStatus()).isEqualTo(403);
    }

    @Test
    void the_contact_person_is_told_the_letter_is_ready_with_where_to_read_it() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM notification_outbox WHERE recipient_email = ? AND body LIKE ?",
                                Long.class,
                                "kim.jensen@kommune.dk",
                                "%/letters/" + stored.id() + "%")
                        == 1);
        String body = jdbc.queryForObject(
                "SELECT body FROM notification_outbox WHERE body LIKE ?",
                String.class,
                "%/letters/" + stored.id() + "%");
        assertThat(body).contains("2.000.000,00", "Ankestyrelsen");
    }
}
