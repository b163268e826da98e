package dk.pulje.command.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pulje.command.api.CommandApiTestSupport;
import dk.pulje.spring.documents.DocumentStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
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
 * Uploads are checked for size, for their type by their content and for malware before anything is stored, an
 * application attaches only its own organisation's, and a pool's guidance is only what a pool manager uploaded. The
 * limit is 64 KB here so a document over it stays small.
 */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(
        properties = {"spring.datasource.url=jdbc:h2:mem:uploads;DB_CLOSE_DELAY=-1", "pulje.documents.max-bytes=64KB"})
@Import(UploadsTest.Scanner.class)
class UploadsTest extends CommandApiTestSupport {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    private static final Path DOCUMENTS = tempDirectory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Finds the EICAR test string, as ClamAV would. */
    @TestConfiguration
    static class Scanner {
        @Bean
        @Primary
        DocumentScanner eicarScanner() {
            return content -> new String(content, StandardCharsets.ISO_8859_1).contains(EICAR)
                    ? Optional.of("Eicar-Test-Signature")
                    : Optional.empty();
        }
    }

    @DynamicPropertySource
    static void documents(DynamicPropertyRegistry registry) {
        registry.add("pulje.documents.directory", DOCUMENTS::toString);
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("pulje-uploads");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    DocumentStore documents;

    private String pool;

    @BeforeEach
    void publishedPool() throws Exception {
        clock.setCopenhagen("2017-02-06T10:00:00");
        String programme = "prog-" + UUID.randomUUID();
        pool = "pool-" + UUID.randomUUID();
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

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<?xml version=\"1.0\"?><part/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private ResultActions upload(String user, String fileName, byte[] content) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/documents")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .header("Authorization", basic(user)));
    }

    private String uploaded(String user, String fileName, byte[] content) throws Exception {
        String answer = upload(user, fileName, content)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(answer).get("documentId").asString();
    }

    private long stored() throws IOException {
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            return files.count();
        }
    }

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uploaded_document", Long.class);
    }

    @Test
    void a_pdf_is_stored_with_its_hash_and_noted_as_the_uploading_organisations() throws Exception {
        String answer = upload("aarhus", "C:\\Budget\\budget 2018.pdf", pdf())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.fileName").value("budget 2018.pdf"))
                .andExpect(jsonPath("$.size").value(pdf().length))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode document = JSON.readTree(answer);
        assertThat(documents
                        .get(
                                document.get("documentId").asString(),
                                document.get("sha256").asString())
                        .content())
                .isEqualTo(pdf());
        assertThat(jdbc.queryForObject(
                        "SELECT organisation FROM uploaded_document WHERE document_id = ?",
                        String.class,
                        document.get("documentId").asString()))
                .isEqualTo("municipality:751");
    }

    @Test
    void an_office_document_is_told_by_its_content_and_then_by_its_name() throws Exception {
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        upload("aarhus", "plan.docx", zip("[Content_Types].xml", "word/document.xml"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value(docx));
        upload("aarhus", "plan.docx", zip("word/document.xml", "[Content_Types].xml"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value(docx));
        upload("aarhus", "budget.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType")
                        .value("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        long before = stored();
        upload("aarhus", "plan.docx", zip("notes.txt", "word/document.xml"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("/problems/document-type-not-allowed"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_image_is_stored_as_what_its_content_is_whatever_its_name() throws Exception {
        byte[] png = {
            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1
        };
        upload("aarhus", "photo.pdf", png)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"));
    }

    @Test
    void a_program_renamed_to_pdf_is_refused_and_nothing_is_stored() throws Exception {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, program, 0x80, 4);
        long before = stored();
        long rowsBefore = rows();
        upload("aarhus", "budget.pdf", program)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("/problems/document-type-not-allowed"));
        upload("aarhus", "notes.pdf", "just some text".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(stored()).isEqualTo(before);
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void a_document_over_the_limit_is_refused_and_nothing_is_stored() throws Exception {
        byte[] large = new byte[64 * 1024 + 1];
        byte[] header = pdf();
        System.arraycopy(header, 0, large, 0, header.length);
        long before = stored();
        upload("aarhus", "large.pdf", large)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("/problems/document-too-large"));
        upload("aarhus", "limit.pdf", java.util.Arrays.copyOf(large, 64 * 1024)).andExpect(status().isCreated());
        assertThat(stored()).isEqualTo(before + 2);
    }

    @Test
    void an_infected_document_is_refused_and_nothing_is_stored() throws Exception {
        byte[] infected = (new String(pdf(), StandardCharsets.US_ASCII) + EICAR).getBytes(StandardCharsets.US_ASCII);
        long before = stored();
        upload("aarhus", "budget.pdf", infected)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/document-infected"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Eicar-Test-Signature")));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void applicants_and_pool_managers_upload_a_pool_managers_upload_is_the_agencys() throws Exception {
        String guidance = uploaded("manager", "vejledning.pdf", pdf());
        assertThat(jdbc.queryForObject(
                        "SELECT organisation FROM uploaded_document WHERE document_id = ?", String.class, guidance))
                .isEqualTo(Uploads.AGENCY);
        upload("assessor", "budget.pdf", pdf()).andExpect(status().isForbidden());
        upload("approver", "budget.pdf", pdf()).andExpect(status().isForbidden());
    }

    @Test
    void a_pools_guidance_is_a_document_a_pool_manager_uploaded_never_an_applicants() throws Exception {
        String aarhus = uploaded("aarhus", "budget.pdf", pdf());
        String guidance = uploaded("manager", "vejledning.pdf", pdf());
        long events = events();
        amendGuidance(UUID.randomUUID().toString())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/document-not-found"));
        amendGuidance(aarhus)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/not-your-document"));
        submit("aarhus-" + UUID.randomUUID(), guidance)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/not-your-document"));
        assertThat(events()).as("nothing changes on a refusal").isEqualTo(events);

        amendGuidance(guidance).andExpect(status().isAccepted());
        String payload = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE payloadType LIKE ? ORDER BY globalIndex DESC LIMIT 1",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8),
                "%PoolAmended");
        JsonNode document =
                JSON.readTree(payload).get("information").get("guidance").get(0);
        assertThat(document.get("documentId").asString()).isEqualTo(guidance);
        assertThat(document.get("title").asString()).isEqualTo("Vejledning til ansøgere");
        assertThat(document.get("fileName").asString()).isEqualTo("vejledning.pdf");
        assertThat(document.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(documents.get(guidance, document.get("sha256").asString()).content())
                .isEqualTo(pdf());
    }

    private ResultActions amendGuidance(String documentId) throws Exception {
        return post("/pools/" + pool + "/amendments", "manager", """
                {"reason": "Vejledningen er klar",
                 "information": {"contact": {"unit": "Center for Økonomi og Tilskudsadministration",
                                             "email": "tilskud@example.dk"},
                                 "guidance": [{"documentId": "%s", "title": "Vejledning til ansøgere",
                                               "translations": {"en": "Guidance for applicants"}}]}}""".formatted(documentId));
    }

    @Test
    void an_application_attaches_its_own_organisations_documents_only() throws Exception {
        String odenses = uploaded("odense", "budget.pdf", pdf());
        String aarhus = uploaded("aarhus", "budget.pdf", pdf());
        long events = events();
        submit("aarhus-" + UUID.randomUUID(), odenses)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/not-your-document"));
        submit("aarhus-" + UUID.randomUUID(), UUID.randomUUID().toString())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/document-not-found"));
        assertThat(events()).isEqualTo(events);

        String app = "aarhus-" + UUID.randomUUID();
        submit(app, aarhus).andExpect(status().isCreated());
        String payload = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE payloadType LIKE ? ORDER BY globalIndex DESC LIMIT 1",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8),
                "%ApplicationSubmitted");
        JsonNode submitted = JSON.readTree(payload);
        assertThat(submitted.get("applicationId").asString()).isEqualTo(app);
        JsonNode attachment = submitted.get("attachments").get(0);
        assertThat(attachment.get("documentId").asString()).isEqualTo(aarhus);
        assertThat(attachment.get("fileName").asString()).isEqualTo("budget.pdf");
        assertThat(attachment.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(documents.get(aarhus, attachment.get("sha256").asString()).content())
                .isEqualTo(pdf());
    }

    private ResultActions submit(String app, String documentId) throws Exception {
        return post("/pools/" + pool + "/applications", "aarhus", """
                {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "751"},
                 "projectTitle": "Tidlig hjælp i PPR", "amountRequested": "500000.00", "budget": {"2018": "500000.00"},
                 "activityCategory": "new-methods",
                 "contact": {"name": "Kim Jensen", "email": "kim.jensen@example.dk"},
                 "attachments": ["%s"]}""".formatted(app, documentId));
    }
}
