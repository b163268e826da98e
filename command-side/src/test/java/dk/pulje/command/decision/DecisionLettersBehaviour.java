package dk.pulje.command.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pulje.command.api.CommandApiTestSupport;
import dk.pulje.spring.documents.DocumentStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every award and rejection gets its letter, recorded with the stored document's SHA-256 in the decision's stream;
 * the applicant asks for reconsideration within the letter's period; a rejection changed to a grant is awarded, and
 * a grant raised takes the difference, within the pool's budget, each with a letter of its own. Run on each store.
 */
abstract class DecisionLettersBehaviour extends CommandApiTestSupport {

    private static final Path DOCUMENTS = tempDirectory();

    @DynamicPropertySource
    static void documents(DynamicPropertyRegistry registry) {
        registry.add("pulje.documents.directory", DOCUMENTS::toString);
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("pulje-documents");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    DocumentStore documents;

    private String pool;
    private String applications;

    @BeforeEach
    void publishedPool() throws Exception {
        clock.setCopenhagen("2017-02-06T10:00:00");
        String programme = "prog-" + UUID.randomUUID();
        pool = "pool-" + UUID.randomUUID();
        applications = "/pools/" + pool + "/applications";
        post("/programmes", "manager", """
                {"id": "%s", "name": "Satspulje 2017", "envelope": "30000000.00"}""".formatted(programme)).andExpect(status().isCreated());
        post("/programmes/" + programme + "/pools", "manager", """
                {"id": "%s", "title": "Initiativer til en tidlig, forebyggende og mere effektiv indsats",
                 "budget": "3000000.00", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "new-methods", "title": "Nye indsatser og metoder"}],
                 "limits": {"minimum": "100000.00", "maximum": "5000000.00"},
                 "rounds": [{"opens": "2017-02-06T00:00:00", "deadline": "2017-03-24T12:00:00"}],
                 "projectPeriod": {"start": "2017-06-01", "end": "2019-12-31"}}""".formatted(pool))
                .andExpect(status().isCreated());
        post("/pools/" + pool + "/publication", "manager", "{}").andExpect(status().isAccepted());
    }

    private String applied(String user, String municipality, String amount) throws Exception {
        String app = user + "-" + UUID.randomUUID();
        post(applications, user, """
                {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "%s"},
                 "projectTitle": "Tidlig hjælp i PPR", "amountRequested": "%s", "budget": {"2018": "%s"},
                 "activityCategory": "new-methods",
                 "contact": {"name": "Kim Jensen", "email": "kim.jensen@example.dk"}}""".formatted(app, municipality, amount, amount))
                .andExpect(status().isCreated());
        return app;
    }

    private void eligible(String app) throws Exception {
        post(applications + "/" + app + "/screening", "assessor", "{\"eligible\": true, \"reason\": \"Kommune\"}")
                .andExpect(status().isAccepted());
    }

    private List<JsonNode> letters(String app) {
        return jdbc
                .query(
                        "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ? "
                                + "ORDER BY sequenceNumber",
                        (row, index) -> new String(row.getBytes(1), StandardCharsets.UTF_8),
                        "decision:" + app,
                        "%DecisionLetterIssued")
                .stream()
                .map(json -> JsonMapper.builder().build().readTree(json))
                .toList();
    }

    private String pdfText(JsonNode letter) throws IOException {
        byte[] pdf = documents
                .get(letter.get("documentId").asString(), letter.get("sha256").asString())
                .content();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void an_award_gets_its_letter_stored_with_its_hash_in_the_decisions_stream() throws Exception {
        String app = applied("aarhus", "751", "2000000.00");
        clock.setCopenhagen("2017-04-03T09:00:00");
        eligible(app);
        post(applications + "/" + app + "/award", "approver", """
                {"amount": "1800000.00", "reason": "Klare mål og en troværdig plan for personalet"}""").andExpect(status().isAccepted());

        List<JsonNode> letters = letters(app);
        assertThat(letters).hasSize(1);
        JsonNode letter = letters.get(0);
        assertThat(letter.get("outcome").asString()).isEqualTo("GRANT");
        assertThat(letter.get("onBehalfOf").asString()).isEqualTo("approver");
        assertThat(letter.get("decision").get("role").asString()).isEqualTo("SYSTEM");
        assertThat(letter.get("reconsiderationBy").asString()).isEqualTo("2017-05-01");
        assertThat(pdfText(letter))
                .contains(
                        "Tilsagn om tilskud",
                        "Aarhus Kommune",
                        "1.800.000,00 kr.",
                        "Klare mål og en troværdig plan for personalet",
                        "Klagevejledning",
                        "1. maj 2017",
                        "Ankestyrelsen");
    }

    @Test
    void a_rejection_gets_its_letter_and_the_applicant_asks_for_reconsideration_within_its_period() throws Exception {
        String app = applied("aarhus", "751", "2000000.00");
        clock.setCopenhagen("2017-04-03T09:00:00");
        post(applications + "/" + app + "/rejection", "approver", "{\"reason\": \"Projektet er for løst beskrevet\"}")
                .andExpect(status().isAccepted());
        assertThat(pdfText(letters(app).get(0))).contains("Afslag", "Projektet er for løst beskrevet", "1. maj 2017");

        String reconsiderations = applications + "/" + app + "/reconsiderations";
        post(reconsiderations, "odense", "{\"reason\": \"Vi vil også\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/not-your-decision"));
        clock.setCopenhagen("2017-05-02T00:00:00");
        post(reconsiderations, "aarhus", "{\"reason\": \"Beskrivelsen er uddybet i bilag 2\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/reconsideration-period-over"));
        clock.setCopenhagen("2017-05-01T23:59:59");
        post(reconsiderations, "aarhus", "{\"id\": \"r1\", \"reason\": \"Beskrivelsen er uddybet i bilag 2\"}")
                .andExpect(status().isCreated());
        post(reconsiderations + "/r1/upheld", "approver", "{\"reason\": \"Jeg traf afgørelsen\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/four-eyes"));
    }

    @Test
    void a_rejection_changed_on_reconsideration_is_awarded_within_the_pools_budget_and_gets_a_new_letter()
            throws Exception {
        String aarhus = applied("aarhus", "751", "2000000.00");
        String odense = applied("odense", "461", "2000000.00");
        clock.setCopenhagen("2017-04-03T09:00:00");
        eligible(aarhus);
        eligible(odense);
        post(applications + "/" + aarhus + "/award", "approver", "{\"amount\": \"2000000.00\", \"reason\": \"Bedst\"}")
                .andExpect(status().isAccepted());
        post(applications + "/" + odense + "/rejection", "approver", "{\"reason\": \"Budgettet er brugt\"}")
                .andExpect(status().isAccepted());
        String reconsiderations = applications + "/" + odense + "/reconsiderations";
        post(reconsiderations, "odense", "{\"id\": \"r1\", \"reason\": \"Vi kan klare os med mindre\"}")
                .andExpect(status().isCreated());

        long before = events();
        post(reconsiderations + "/r1/changed", "manager", "{\"amount\": \"900000.00\", \"reason\": \"Nej\"}")
                .andExpect(status().isForbidden());
        // The pool has 1,000,000.00 kr. left.
        post(reconsiderations + "/r1/changed", "approver2", "{\"amount\": \"1000000.01\", \"reason\": \"For meget\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/award-exceeds-budget"));
        assertThat(events()).as("nothing recorded").isEqualTo(before);

        post(reconsiderations + "/r1/changed", "approver2", """
                {"amount": "1000000.00", "reason": "Projektet kan gennemføres for det, puljen har tilbage"}""").andExpect(status().isAccepted());

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?",
                        Long.class,
                        pool,
                        "%GrantAwarded"))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                        Long.class,
                        "grant:" + odense))
                .as("the grant that follows the award is opened")
                .isPositive();
        List<JsonNode> letters = letters(odense);
        assertThat(letters)
                .extracting(letter -> letter.get("outcome").asString())
                .containsExactly("REJECTION", "GRANT");
        assertThat(pdfText(letters.get(1))).contains("Tilsagn om tilskud", "1.000.000,00 kr.");
    }

    @Test
    void a_grant_raised_on_reconsideration_takes_the_difference_from_the_budget_and_gets_a_new_letter()
            throws Exception {
        String aarhus = applied("aarhus", "751", "2000000.00");
        String odense = applied("odense", "461", "2000000.00");
        clock.setCopenhagen("2017-04-03T09:00:00");
        eligible(aarhus);
        eligible(odense);
        post(applications + "/" + aarhus + "/award", "approver", "{\"amount\": \"1500000.00\", \"reason\": \"God\"}")
                .andExpect(status().isAccepted());
        post(applications + "/" + odense + "/award", "approver", "{\"amount\": \"1200000.00\", \"reason\": \"God\"}")
                .andExpect(status().isAccepted());
        String reconsiderations = applications + "/" + aarhus + "/reconsiderations";
        post(reconsiderations, "aarhus", "{\"id\": \"r1\", \"reason\": \"Vi har brug for hele beløbet\"}")
                .andExpect(status().isCreated());

        long before = events();
        post(reconsiderations + "/r1/changed", "approver", "{\"amount\": \"1600000.00\", \"reason\": \"Mere\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/four-eyes"));
        post(reconsiderations + "/r1/changed", "approver2", "{\"amount\": \"1500000.00\", \"reason\": \"Det samme\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/award-unchanged"));
        // The pool has 300,000.00 kr. left: the raise may take that, and not one øre more.
        post(reconsiderations + "/r1/changed", "approver2", "{\"amount\": \"1800000.01\", \"reason\": \"For meget\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/award-exceeds-budget"));
        assertThat(events()).as("nothing recorded").isEqualTo(before);

        post(reconsiderations + "/r1/changed", "approver2", """
                {"amount": "1800000.00", "reason": "Projektets rækkevidde var undervurderet"}""").andExpect(status().isAccepted());

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?",
                        Long.class,
                        "grant:" + aarhus,
                        "%GrantAmountChanged"))
                .as("the grant follows the award")
                .isEqualTo(1);
        List<JsonNode> letters = letters(aarhus);
        assertThat(letters)
                .extracting(letter -> letter.get("amount").asString())
                .containsExactly("1500000.00", "1800000.00");
        assertThat(pdfText(letters.get(1)))
                .contains(
                        "Ændret tilsagn efter genvurdering",
                        "fra 1.500.000,00 kr. til 1.800.000,00 kr.",
                        "Projektets rækkevidde var undervurderet",
                        "Klagevejledning");
    }
}
