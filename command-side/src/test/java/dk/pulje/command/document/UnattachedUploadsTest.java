package dk.pulje.command.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pulje.command.api.CommandApiTestSupport;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.documents.UnknownDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload no submission attached within {@code pulje.documents.unattached.kept-for} (7 days) is deleted, row and
 * content; an attached one never is, however old. The sweep is called here as the scheduler calls it
 * ({@link UnattachedUploadsScheduleTest} lets the scheduler do it).
 */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:unattached-uploads;DB_CLOSE_DELAY=-1")
class UnattachedUploadsTest extends CommandApiTestSupport {

    private static final Path DOCUMENTS = tempDirectory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void documents(DynamicPropertyRegistry registry) {
        registry.add("pulje.documents.directory", DOCUMENTS::toString);
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("pulje-unattached");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    DocumentStore documents;

    @Autowired
    UnattachedUploads unattached;

    private String pool;

    @BeforeEach
    void publishedPool() throws Exception {
        clock.setCopenhagen("2017-02-06T10:00:00");
        // Uploads other tests of this class left behind are swept first, so each test counts only its own.
        advance(Duration.ofDays(30));
        unattached.deleteExpired();
        clock.setCopenhagen("2017-02-06T10:00:00");
        pool = published();
    }

    private void advance(Duration by) {
        clock.set(clock.instant().plus(by));
    }

    private String published() throws Exception {
        String programme = "prog-" + UUID.randomUUID();
        String pool = "pool-" + UUID.randomUUID();
        post("/programmes", "manager", """
                {"id": "%s", "name": "Satspulje 2017", "envelope": "30000000.00"}""".formatted(programme)).andExpect(status().isCreated());
        post("/programmes/" + programme + "/pools", "manager", """
                {"id": "%s", "title": "Tidlig indsats", "budget": "3000000.00", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "new-methods", "title": "Nye indsatser og metoder"}],
                 "limits": {"minimum": "100000.00", "maximum": "5000000.00"},
                 "rounds": [{"opens": "2017-02-06T00:00:00", "deadline": "2017-03-24T12:00:00"}],
                 "projectPeriod": {"start": "2017-06-01", "end": "2019-12-31"}}""".formatted(pool))
                .andExpect(status().isCreated());
        post("/pools/" + pool + "/publication", "manager", "{}").andExpect(status().isAccepted());
        return pool;
    }

    private JsonNode uploaded(String fileName) throws Exception {
        return uploaded(fileName, "aarhus");
    }

    private JsonNode uploaded(String fileName, String user) throws Exception {
        String answer = mvc.perform(MockMvcRequestBuilders.multipart("/documents")
                        .file(new MockMultipartFile("file", fileName, "application/pdf", UploadsTest.pdf()))
                        .header("Authorization", basic(user)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(answer);
    }

    private ResultActions submit(String documentId) throws Exception {
        return submit(pool, "aarhus-" + UUID.randomUUID(), documentId);
    }

    private ResultActions submit(String pool, String applicationId, String... documentIds) throws Exception {
        return post("/pools/" + pool + "/applications", "aarhus", """
                {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "751"},
                 "projectTitle": "Tidlig hjælp i PPR", "amountRequested": "500000.00", "budget": {"2018": "500000.00"},
                 "activityCategory": "new-methods",
                 "contact": {"name": "Kim Jensen", "email": "kim.jensen@example.dk"},
                 "attachments": %s}""".formatted(
                        applicationId, JSON.writeValueAsString(documentIds)));
    }

    private boolean row(JsonNode document) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM uploaded_document WHERE document_id = ?",
                        Long.class,
                        document.get("documentId").asString())
                == 1;
    }

    private boolean stored(JsonNode document) {
        try {
            documents.get(
                    document.get("documentId").asString(),
                    document.get("sha256").asString());
            return true;
        } catch (UnknownDocument gone) {
            return false;
        }
    }

    @Test
    void an_upload_never_attached_is_deleted_after_seven_days_and_an_attached_one_never() throws Exception {
        JsonNode forgotten = uploaded("forgotten.pdf");
        JsonNode budget = uploaded("budget.pdf");
        submit(budget.get("documentId").asString()).andExpect(status().isCreated());
        assertThat(jdbc.queryForObject(
                                "SELECT attached_at FROM uploaded_document WHERE document_id = ?",
                                java.sql.Timestamp.class,
                                budget.get("documentId").asString())
                        .toInstant())
                .as("noted as attached in the submission's transaction")
                .isEqualTo(clock.instant());

        advance(Duration.ofDays(6));
        JsonNode recent = uploaded("draft.pdf");
        assertThat(unattached.deleteExpired())
                .as("nothing is seven days old yet")
                .isZero();

        advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(unattached.deleteExpired()).isEqualTo(1);
        assertThat(row(forgotten)).isFalse();
        assertThat(stored(forgotten)).isFalse();
        assertThat(row(budget)).isTrue();
        assertThat(stored(budget)).isTrue();
        assertThat(row(recent))
                .as("uploaded six days before: kept a day longer")
                .isTrue();
        assertThat(stored(recent)).isTrue();

        advance(Duration.ofDays(365));
        unattached.deleteExpired();
        assertThat(row(budget)).as("an attached upload is kept however old").isTrue();
        assertThat(stored(budget)).isTrue();
        assertThat(row(recent)).isFalse();
    }

    @Test
    void the_agencys_uploads_are_never_deleted_as_unattached() throws Exception {
        JsonNode guidance = uploaded("vejledning.pdf", "manager");
        JsonNode forgotten = uploaded("forgotten.pdf");

        advance(Duration.ofDays(365));

        assertThat(unattached.deleteExpired()).isEqualTo(1);
        assertThat(row(forgotten)).isFalse();
        assertThat(row(guidance))
                .as("a pool's guidance is referred to by the pool's events")
                .isTrue();
        assertThat(stored(guidance)).isTrue();
    }

    @Test
    void a_deleted_upload_cannot_be_attached_any_more() throws Exception {
        JsonNode forgotten = uploaded("forgotten.pdf");
        advance(Duration.ofDays(8));
        unattached.deleteExpired();
        long events = events();

        submit(forgotten.get("documentId").asString())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/document-not-found"));
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void a_submission_refused_after_its_uploads_were_checked_leaves_them_unattached() throws Exception {
        String applicationId = "aarhus-" + UUID.randomUUID();
        submit(pool, applicationId).andExpect(status().isCreated());
        JsonNode budget = uploaded("budget.pdf");
        // The same id in another pool: refused when the id is claimed, after the uploads were noted as attached.
        submit(published(), applicationId, budget.get("documentId").asString())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/already-exists"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM uploaded_document WHERE document_id = ? AND attached_at IS NULL",
                        Long.class,
                        budget.get("documentId").asString()))
                .as("the note rolled back with the refusal")
                .isEqualTo(1);

        advance(Duration.ofDays(8));
        unattached.deleteExpired();
        assertThat(row(budget)).isFalse();
        assertThat(stored(budget)).isFalse();
    }

    /**
     * An erasure takes the person's key, not the case's documents: attachments are the applicant organisation's, the
     * decisions rest on them and the hash chain covers them, so they stay, read as recorded (docs/audit.md).
     */
    @Test
    void an_erasure_of_the_contact_person_keeps_the_applications_attachments() throws Exception {
        JsonNode budget = uploaded("budget.pdf");
        submit(budget.get("documentId").asString()).andExpect(status().isCreated());

        post("/personal-data/erasures", "manager", """
                {"email": "kim.jensen@example.dk", "reason": "The person asked to be forgotten, case 2017-12"}""").andExpect(status().isAccepted());
        advance(Duration.ofDays(365));
        unattached.deleteExpired();

        assertThat(row(budget)).isTrue();
        assertThat(stored(budget))
                .as("the content as recorded, its SHA-256 checked")
                .isTrue();
    }
}
