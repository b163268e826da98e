package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.FaqEntry;
import dk.pulje.shared.pool.GuidanceDocument;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolContact;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolInformation;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.documents.StoredDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pool's contact, questions and answers and guidance documents as anyone reads them: in the public list and on the
 * portal's pool page, in the reader's language, with each guidance document downloadable without signing in, checked
 * against its SHA-256, and no other document of the store (an application's attachment least of all).
 */
@SpringBootTest(properties = "pulje.consistency.max-wait=5s")
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "demo"})
class PoolGuidanceOnH2Test {

    private static final Path DOCUMENTS = temporary();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("pulje.documents.directory", DOCUMENTS::toString);
        String url = "jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> url);
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("pulje-guidance");
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

    private final byte[] guidancePdf = "%PDF-1.7 Vejledning til ansøgere".getBytes(StandardCharsets.UTF_8);
    private final byte[] budgetPdf = "%PDF-1.7 Budget 2017: 2.000.000,00 kr.".getBytes(StandardCharsets.UTF_8);
    private EventLog events;
    private PoolId pool;
    private StoredDocument guidance;
    private StoredDocument attachment;
    private PoolInformation information;
    private long position;

    @BeforeEach
    void publishedWithInformation() {
        events = new EventLog(eventStore, jdbc);
        ProgrammeId programme = ProgrammeId.random();
        pool = PoolId.random();
        guidance = documents.put(guidancePdf, "application/pdf");
        attachment = documents.put(budgetPdf, "application/pdf");
        information = new PoolInformation(
                new PoolContact(
                        "Stinne Grydehøj", "Center for Børn, Unge og Familier", "puljer@example.dk", "91 37 02 02"),
                List.of(new FaqEntry(
                        "Hvem kan søge?",
                        "Kommuner.",
                        Map.of("en", new FaqEntry.InLanguage("Who may apply?", "Municipalities.")))),
                List.of(new GuidanceDocument(
                        guidance.id(),
                        "Vejledning til ansøgere",
                        Map.of("en", "Guidance for applicants"),
                        "vejledning 2017.pdf",
                        "application/pdf",
                        guidancePdf.length,
                        guidance.sha256())));
        ApplicationSubmitted plain =
                submitted(pool, ApplicationId.random(), "751", "2000000.00", "2017-03-20T10:00:00Z");
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
                        attachment.id(), "budget.pdf", "application/pdf", budgetPdf.length, attachment.sha256())));
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        position = events.pool(
                pool,
                new PoolDrafted(
                        pool,
                        programme,
                        Money.millions("24.9"),
                        TestPools.earlyPreventiveEffort2017().withInformation(information),
                        decision()),
                new PoolPublished(pool, 1, decision()),
                attached);
    }

    private static Decision decision() {
        return new Decision("manager", Role.POOL_MANAGER, Instant.parse("2017-02-06T09:00:00Z"), "Guidance");
    }

    private MockHttpServletResponse anyone(String path, String language) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.get(path).header("Pulje-Consistency-Token", String.valueOf(position));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse staff(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                        .header("Pulje-Consistency-Token", String.valueOf(position))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("viewer:demo".getBytes(StandardCharsets.UTF_8))))
                .andReturn()
                .getResponse();
    }

    private JsonNode publicPool(String language) throws Exception {
        MockHttpServletResponse listed = anyone("/public/pools", language);
        assertThat(listed.getStatus()).isEqualTo(200);
        for (JsonNode node : JSON.readTree(listed.getContentAsString(StandardCharsets.UTF_8))) {
            if (node.get("poolId").asString().equals(pool.value())) {
                return node;
            }
        }
        throw new AssertionError("Pool " + pool + " is not listed");
    }

    @Test
    void the_public_list_shows_whom_to_contact_the_questions_and_answers_and_the_guidance_in_the_readers_language()
            throws Exception {
        JsonNode danish = publicPool("da");
        assertThat(danish.get("contact").get("name").asString()).isEqualTo("Stinne Grydehøj");
        assertThat(danish.get("contact").get("phone").asString()).isEqualTo("91 37 02 02");
        assertThat(danish.get("faq").get(0).get("question").asString()).isEqualTo("Hvem kan søge?");
        assertThat(danish.get("guidance").get(0).get("title").asString()).isEqualTo("Vejledning til ansøgere");
        assertThat(danish.get("guidance").get(0).get("sha256").asString()).isEqualTo(guidance.sha256());
        assertThat(danish.get("guidance").get(0).get("href").asString())
                .isEqualTo("/public/pools/" + pool.value() + "/guidance/" + guidance.id());

        JsonNode english = publicPool("en");
        assertThat(english.get("faq").get(0).get("answer").asString()).isEqualTo("Municipalities.");
        assertThat(english.get("guidance").get(0).get("title").asString()).isEqualTo("Guidance for applicants");
    }

    @Test
    void the_read_model_keeps_the_information_and_follows_an_amendment_that_replaces_it() throws Exception {
        assertThat(staff("/pools/" + pool.value()).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"information\"", "Center for Børn, Unge og Familier", guidance.sha256());

        PoolInformation contactOnly = new PoolInformation(information.contact(), null, null);
        position = events.pool(
                pool,
                new PoolAmended(
                        pool,
                        Money.millions("24.9"),
                        Money.millions("24.9"),
                        TestPools.earlyPreventiveEffort2017().rounds(),
                        2,
                        decision(),
                        null,
                        null,
                        null,
                        contactOnly));

        JsonNode amended = publicPool("da");
        assertThat(amended.get("contact").get("unit").asString()).isEqualTo("Center for Børn, Unge og Familier");
        assertThat(amended.get("faq")).isEmpty();
        assertThat(amended.get("guidance")).isEmpty();
        assertThat(anyone("/public/pools/" + pool.value() + "/guidance/" + guidance.id(), null)
                        .getStatus())
                .as("a guidance document the pool no longer publishes")
                .isEqualTo(404);
    }

    @Test
    void anyone_downloads_a_guidance_document_without_signing_in_and_no_other_document_of_the_store() throws Exception {
        MockHttpServletResponse download = anyone("/public/pools/" + pool.value() + "/guidance/" + guidance.id(), null);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).contains("attachment", "vejledning");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Digest")).isEqualTo("sha-256=" + guidance.sha256());
        assertThat(download.getContentAsByteArray()).isEqualTo(guidancePdf);

        MockHttpServletResponse attachmentRefused =
                anyone("/public/pools/" + pool.value() + "/guidance/" + attachment.id(), null);
        assertThat(attachmentRefused.getStatus())
                .as("an application's attachment is not public, though it is in the store")
                .isEqualTo(404);
        assertThat(attachmentRefused.getContentAsString()).doesNotContain("Budget");
        assertThat(anyone("/public/pools/" + PoolId.random().value() + "/guidance/" + guidance.id(), null)
                        .getStatus())
                .as("another pool's guidance")
                .isEqualTo(404);
    }

    @Test
    void a_drafted_pools_guidance_is_not_public() throws Exception {
        ProgrammeId programme = ProgrammeId.random();
        PoolId draft = PoolId.random();
        events.programme(programme, satspulje2017(programme), allocated(programme, draft));
        position = events.pool(
                draft,
                new PoolDrafted(
                        draft,
                        programme,
                        Money.millions("24.9"),
                        TestPools.earlyPreventiveEffort2017().withInformation(information),
                        decision()));
        assertThat(anyone("/public/pools/" + draft.value() + "/guidance/" + guidance.id(), null)
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void the_portal_page_shows_the_contact_the_questions_as_disclosures_and_links_to_the_guidance() throws Exception {
        String danish = anyone("/portal/pools/" + pool.value(), "da").getContentAsString(StandardCharsets.UTF_8);
        assertThat(danish)
                .contains(
                        "Stinne Grydehøj",
                        "href=\"mailto:puljer@example.dk\"",
                        "href=\"tel:91370202\"",
                        "Spørgsmål og svar",
                        "<summary>Hvem kan søge?</summary>",
                        "Vejledninger",
                        "href=\"/public/pools/" + pool.value() + "/guidance/" + guidance.id() + "\"",
                        "Vejledning til ansøgere")
                .doesNotContain("kontaktoplysningerne står i puljeopslaget");
        String english = anyone("/portal/pools/" + pool.value(), "en").getContentAsString(StandardCharsets.UTF_8);
        assertThat(english)
                .contains(
                        "Questions and answers",
                        "<summary>Who may apply?</summary>",
                        "Municipalities.",
                        "Guidance for applicants");
    }

    @Test
    void the_dashboards_pool_page_shows_the_contact_the_questions_and_links_to_the_guidance() throws Exception {
        publicPool("da");
        String page = mvc.perform(MockMvcRequestBuilders.get("/dashboard/pools/" + pool.value() + "?lang=en")
                        .cookie(DashboardSignIn.as(mvc, "viewer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "Center for Børn, Unge og Familier",
                        "href=\"mailto:puljer@example.dk\"",
                        "<summary>Who may apply?</summary>",
                        "href=\"/public/pools/" + pool.value() + "/guidance/" + guidance.id() + "\"",
                        "Guidance for applicants");
    }
}
