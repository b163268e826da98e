package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.FINANCE_OFFICER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;
import static dk.pulje.shared.common.Role.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.AssessorAssigned;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.application.ConflictOfInterestDeclared;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.PartnershipConfirmed;
import dk.pulje.shared.application.Signature;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.decision.DecisionLetterIssued;
import dk.pulje.shared.decision.DecisionOutcome;
import dk.pulje.shared.decision.DecisionUpheld;
import dk.pulje.shared.decision.ReconsiderationRequested;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.grant.DisbursementRecorded;
import dk.pulje.shared.grant.GrantAccepted;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.GrantOpened;
import dk.pulje.shared.grant.ReportSubmitted;
import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.documents.StoredDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access to documents (aktindsigt): everything about one application exported for a requester, from its events, with
 * other persons' data redacted and the requester's own shown, logged before it is handed out; a request without a
 * requester or a reason, or for an application that does not exist, is refused and changes nothing. Run on each store.
 */
@SpringBootTest(properties = "pulje.personal-data.key-cache=0s")
@AutoConfigureMockMvc
abstract class AccessExportsBehaviour {

    private static final String MARKER = "[redacted: other person's data]";
    private static final Path DOCUMENTS = temporary();
    private static final ContactPerson KIM = new ContactPerson("Kim Jensen", "kim.jensen@aarhus.dk", "+45 11 11 11 11");
    private static final ContactPerson IDA = new ContactPerson("Ida Holm", "ida.holm@odense.dk", "+45 22 22 22 22");
    /** Every staff member and assessor who acted on Aarhus's application. */
    private static final List<String> STAFF = List.of("birgit", "carl", "approver", "approver2", "finance", "manager");

    @DynamicPropertySource
    static void documents(DynamicPropertyRegistry registry) {
        registry.add("pulje.documents.directory", DOCUMENTS::toString);
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("pulje-access");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DocumentStore documents;

    @Autowired
    private JsonMapper json;

    private final byte[] pdf = "%PDF-1.7 Tilsagn om tilskud 2.000.000,00 kr.".getBytes(StandardCharsets.UTF_8);
    private final byte[] planContent = "%PDF-1.7 Projektplan, kontakt Kim Jensen".getBytes(StandardCharsets.UTF_8);
    private final byte[] accountsContent = "%PDF-1.7 Regnskab 2017".getBytes(StandardCharsets.UTF_8);
    private StoredDocument plan;
    private StoredDocument accounts;
    private final PoolId pool = PoolId.random();
    private final ApplicationId aarhus = ApplicationId.random();
    private final ApplicationId odense = ApplicationId.random();
    private StoredDocument letter;
    private String exports;

    /**
     * Aarhus's joint application with Odense as partner (Kim its contact person, Odense's part confirmed by one of its
     * employees), assessed by Birgit, Carl declaring a
     * conflict of interest, awarded, its letter issued and a reconsideration upheld, its grant accepted and paid; and
     * Odense's own application (Ida its contact person), which no export of Aarhus's shows.
     */
    @BeforeEach
    void awardedJointApplication() {
        EventLog events = new EventLog(eventStore, jdbc);
        letter = documents.put(pdf, "application/pdf");
        plan = documents.put(planContent, "application/pdf");
        accounts = documents.put(accountsContent, "application/pdf");
        ProgrammeId programme = ProgrammeId.random();
        Instant at = Instant.parse("2017-03-20T10:00:00Z");
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                new ApplicationSubmitted(
                        pool,
                        aarhus,
                        1,
                        Applicant.municipality("751"),
                        "Early help in PPR",
                        Money.of("2000000.00"),
                        TestPools.budget(2017, "2000000.00"),
                        "new-methods",
                        KIM,
                        new Actor("employee-751", APPLICANT, "municipality:751"),
                        at,
                        new Signature(
                                "employee-751",
                                "municipality:751",
                                Signature.IdentifiedBy.DEMO_PASSWORD,
                                null,
                                null,
                                at),
                        null,
                        List.of(Applicant.municipality("461")),
                        null,
                        null,
                        List.of(attachment(plan, "projektplan.pdf"))),
                new PartnershipConfirmed(
                        pool,
                        aarhus,
                        Applicant.municipality("461"),
                        decision("employee-461", APPLICANT, "2017-03-20T12:00:00Z", "Odense takes part")),
                submitted(pool, odense, "461", "3000000.00", "2017-03-21T10:00:00Z", IDA),
                new AssessorAssigned(
                        pool, aarhus, "birgit", decision("manager", POOL_MANAGER, "2017-03-27T08:00:00Z", null)),
                new ConflictOfInterestDeclared(
                        pool,
                        aarhus,
                        decision("carl", ASSESSOR, "2017-03-27T09:00:00Z", "Carl's sister leads the project")),
                new ApplicationAssessed(
                        pool,
                        aarhus,
                        List.of(new CriterionScore("purpose", 4, "Reaches children early; birgit checked the plan")),
                        new BigDecimal("4.00"),
                        1,
                        decision("birgit", ASSESSOR, "2017-03-28T10:00:00Z", null)),
                new GrantAwarded(
                        pool,
                        aarhus,
                        Applicant.municipality("751"),
                        Money.of("2000000.00"),
                        List.of(4),
                        1,
                        decision("approver", APPROVER, "2017-04-01T09:00:00Z", "Scores 4/5"),
                        List.of(Applicant.municipality("461"))));
        DecisionId decision = DecisionId.of(aarhus);
        events.decision(
                decision,
                new DecisionLetterIssued(
                        decision,
                        pool,
                        aarhus,
                        Applicant.municipality("751"),
                        DecisionOutcome.GRANT,
                        Money.of("2000000.00"),
                        "award-event",
                        letter.id(),
                        letter.sha256(),
                        "da",
                        LocalDate.parse("2017-05-01"),
                        "Ankestyrelsen",
                        "approver",
                        decision("pulje", SYSTEM, "2017-04-01T09:01:00Z", "The letter of the grant decided")),
                new ReconsiderationRequested(
                        decision,
                        "r1",
                        "municipality:751",
                        decision("kim-751", APPLICANT, "2017-04-10T09:00:00Z", "We asked for more")),
                new DecisionUpheld(
                        decision, "r1", decision("approver2", APPROVER, "2017-04-20T09:00:00Z", "The amount stands")));
        GrantId grant = GrantId.of(aarhus);
        events.grant(
                grant,
                new GrantOpened(
                        grant,
                        pool,
                        programme,
                        aarhus,
                        Applicant.municipality("751"),
                        Money.of("2000000.00"),
                        TestPools.budget(2017, "2000000.00"),
                        Instant.parse("2017-04-17T09:00:00Z"),
                        Instant.parse("2017-10-03T09:00:00Z"),
                        List.of(),
                        List.of(14, 3),
                        decision("approver", APPROVER, "2017-04-01T09:00:00Z", "Scores 4/5")),
                new GrantAccepted(
                        grant,
                        BudgetLines.single("project", Money.of("2000000.00")),
                        decision("kim-751", APPLICANT, "2017-04-05T09:00:00Z", null)),
                new DisbursementRecorded(
                        grant,
                        "first",
                        2017,
                        Money.of("1000000.00"),
                        decision("finance", FINANCE_OFFICER, "2017-06-01T09:00:00Z", null)),
                new ReportSubmitted(
                        grant,
                        "status-2017",
                        "Four psychologists hired",
                        null,
                        decision("kim-751", APPLICANT, "2018-01-15T09:00:00Z", null),
                        List.of(attachment(accounts, "regnskab 2017.pdf"), attachment(plan, "projektplan.pdf"))));
        exports = "/pools/" + pool.value() + "/applications/" + aarhus.value() + "/access-exports";
    }

    @Test
    void a_third_party_sees_the_whole_case_with_every_person_redacted_and_the_export_is_logged() throws Exception {
        long readsBefore = personalDataReads();
        MvcTestResult answer = post("manager", exports, """
                {"requester": {"name": "Politiken, Jens Bo"}, "reason": "Aktindsigt asked 2017-05-02, case 17-042"}""");

        assertThat(answer).hasStatusOk();
        String body = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode export = json.readTree(body);
        assertThat(export.get("standing").asString()).isEqualTo("THIRD_PARTY");
        assertThat(export.get("events").size())
                .as("the application's 6, its decision's 3, its grant's 4")
                .isEqualTo(13);
        assertThat(export.findValuesAsString("event"))
                .contains(
                        "ApplicationSubmitted",
                        "ApplicationAssessed",
                        "ConflictOfInterestDeclared",
                        "GrantAwarded",
                        "DecisionLetterIssued",
                        "ReconsiderationRequested",
                        "DecisionUpheld",
                        "GrantOpened",
                        "DisbursementRecorded");
        assertThat(body)
                .contains(MARKER, "Aarhus", "Scores 4/5", "The amount stands", "We asked for more", "Reaches children")
                .contains(letter.id(), letter.sha256())
                .doesNotContain(KIM.name(), KIM.email(), KIM.phone(), "employee-751", "kim-751", "employee-461")
                .doesNotContain(IDA.name(), IDA.email(), odense.value());
        for (String person : STAFF) {
            assertThat(body).as(person).doesNotContain("\"" + person + "\"");
        }
        assertThat(body)
                .as("the conflict's reason, and an assessor named in a justification")
                .doesNotContain("sister", "birgit checked")
                .contains("Reaches children early; " + MARKER + " checked the plan");
        JsonNode sent = export.get("letters").get(0);
        assertThat(sent.get("pdf").isNull()).isTrue();
        assertThat(sent.get("withheld").asString()).isNotBlank();
        assertThat(export.get("attachments").findValuesAsString("fileName"))
                .as("what the events say of every attached document, once each")
                .containsExactly("projektplan.pdf", "regnskab 2017.pdf");
        for (JsonNode attached : export.get("attachments")) {
            assertThat(attached.get("content").isNull())
                    .as("a document may name people")
                    .isTrue();
            assertThat(attached.get("withheld").asString()).contains("not redacted automatically");
        }
        assertThat(body)
                .contains(plan.sha256(), accounts.sha256())
                .doesNotContain(Base64.getEncoder().encodeToString(planContent));
        assertThat(export.get("redaction").get("redactions").asInt()).isPositive();
        assertThat(personalDataReads()).as("no person shown, so none read").isEqualTo(readsBefore);

        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(answer.getResponse().getContentAsByteArray()));
        assertThat(answer.getResponse().getHeader("Digest")).isEqualTo("sha-256=" + sha256);
        assertThat(logged(export.get("exportId").asString()))
                .isEqualTo(new Logged(
                        aarhus.value(),
                        "Politiken, Jens Bo",
                        null,
                        "THIRD_PARTY",
                        "Aktindsigt asked 2017-05-02, case 17-042",
                        "manager",
                        "POOL_MANAGER",
                        13,
                        2,
                        sha256));
    }

    @Test
    void the_lead_applicant_sees_its_own_people_and_its_letter_and_reading_its_contact_person_is_logged()
            throws Exception {
        MvcTestResult answer = post("auditor", exports, """
                {"requester": {"name": "Aarhus Kommune", "organisation": "municipality:751"},
                 "reason": "Aktindsigt asked by the applicant 2017-05-03"}""");

        assertThat(answer).hasStatusOk();
        String body = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode export = json.readTree(body);
        assertThat(export.get("standing").asString()).isEqualTo("LEAD_APPLICANT");
        assertThat(body)
                .contains(KIM.name(), KIM.email(), KIM.phone(), "employee-751", "kim-751", MARKER)
                .doesNotContain(IDA.name(), IDA.email(), odense.value(), "employee-461");
        for (String person : STAFF) {
            assertThat(body).as(person).doesNotContain("\"" + person + "\"");
        }
        assertThat(body)
                .as("the conflict's reason, and an assessor named in a justification")
                .doesNotContain("sister", "birgit checked")
                .contains("Reaches children early; " + MARKER + " checked the plan");
        assertThat(export.get("letters").get(0).get("pdf").asString())
                .isEqualTo(Base64.getEncoder().encodeToString(pdf));
        JsonNode attachedPlan = export.get("attachments").get(0);
        assertThat(attachedPlan.get("documentId").asString()).isEqualTo(plan.id());
        assertThat(attachedPlan.get("sha256").asString()).isEqualTo(plan.sha256());
        assertThat(attachedPlan.get("event").asString()).isEqualTo("ApplicationSubmitted");
        assertThat(attachedPlan.get("stream").asString()).isEqualTo("application");
        assertThat(attachedPlan.get("content").asString())
                .as("the document its own organisation uploaded, as recorded")
                .isEqualTo(Base64.getEncoder().encodeToString(planContent));
        JsonNode attachedAccounts = export.get("attachments").get(1);
        assertThat(attachedAccounts.get("event").asString()).isEqualTo("ReportSubmitted");
        assertThat(attachedAccounts.get("reportId").asString()).isEqualTo("status-2017");
        assertThat(attachedAccounts.get("fileName").asString()).isEqualTo("regnskab 2017.pdf");
        assertThat(attachedAccounts.get("content").asString())
                .isEqualTo(Base64.getEncoder().encodeToString(accountsContent));
        assertThat(export.get("attachments").size()).isEqualTo(2);
        assertThat(logged(export.get("exportId").asString()).attachments()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM personal_data_access WHERE subject = ? AND read_by = 'auditor' "
                                + "AND application_id = ?",
                        Long.class,
                        subjectOf(KIM),
                        aarhus.value()))
                .isEqualTo(1);
        assertThat(logged(export.get("exportId").asString()).standing()).isEqualTo("LEAD_APPLICANT");

        Files.writeString(DOCUMENTS.resolve(letter.id()), "%PDF-1.7 Tilsagn om tilskud 9.000.000,00 kr.");
        JsonNode altered =
                json.readTree(post("auditor", exports, """
                        {"requester": {"name": "Aarhus Kommune", "organisation": "municipality:751"},
                         "reason": "Asked again"}""").getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(altered.get("letters").get(0).get("pdf").isNull())
                .as("a letter altered in the store is never handed out")
                .isTrue();
        assertThat(altered.get("letters").get(0).get("withheld").asString()).contains("SHA-256");

        Files.writeString(DOCUMENTS.resolve(plan.id()), "%PDF-1.7 Projektplan, rettet");
        JsonNode alteredPlan =
                json.readTree(post("auditor", exports, """
                        {"requester": {"name": "Aarhus Kommune", "organisation": "municipality:751"},
                         "reason": "Asked a third time"}""").getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(alteredPlan.get("attachments").get(0).get("content").isNull())
                .as("an attachment altered in the store is never handed out")
                .isTrue();
        assertThat(alteredPlan.get("attachments").get(0).get("withheld").asString())
                .contains("SHA-256");
        assertThat(alteredPlan.get("attachments").get(1).get("content").isNull())
                .isFalse();
    }

    @Test
    void a_partner_sees_its_own_people_but_neither_the_leads_nor_the_letter() throws Exception {
        MvcTestResult answer = post("manager", exports, """
                {"requester": {"name": "Odense Kommune", "organisation": "municipality:461"},
                 "reason": "Aktindsigt asked by the partner"}""");

        assertThat(answer).hasStatusOk();
        String body = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(body).get("standing").asString()).isEqualTo("PARTNER");
        assertThat(body)
                .as("the partner's own employee, and none of the lead's people")
                .contains("employee-461", "Odense takes part")
                .doesNotContain(KIM.name(), KIM.email(), "employee-751", "kim-751", IDA.name());
        assertThat(json.readTree(body).get("letters").get(0).get("pdf").isNull())
                .isTrue();
        assertThat(json.readTree(body).get("attachments").findValues("content"))
                .as("the lead's documents, as its letter")
                .hasSize(2)
                .allMatch(JsonNode::isNull);
    }

    @Test
    void a_request_without_requester_or_reason_or_for_no_application_is_refused_and_changes_nothing() {
        long exportsBefore = exportsLogged();
        long readsBefore = personalDataReads();
        String lead = "{\"name\": \"Aarhus Kommune\", \"organisation\": \"municipality:751\"}";
        Map<String, String> badRequests = Map.of(
                "no reason", "{\"requester\": " + lead + "}",
                "a blank reason", "{\"requester\": " + lead + ", \"reason\": \"  \"}",
                "no requester", "{\"reason\": \"Aktindsigt\"}",
                "a requester without a name",
                        "{\"requester\": {\"organisation\": \"municipality:751\"}, " + "\"reason\": \"Aktindsigt\"}",
                "an organisation that is no applicant key",
                        "{\"requester\": {\"name\": \"X\", "
                                + "\"organisation\": \"Aarhus\"}, \"reason\": \"Aktindsigt\"}",
                "malformed JSON", "{\"requester\": ",
                "no body", "");
        badRequests.forEach((what, body) -> {
            MvcTestResult refused = post("manager", exports, body);
            assertThat(refused).as(what).hasStatus(400);
            assertThat(refused.getResponse().getContentAsByteArray()).as(what).isNotEmpty();
            assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo("/problems/bad-request");
        });
        String fine = "{\"requester\": " + lead + ", \"reason\": \"Aktindsigt\"}";
        for (String unknown : List.of(
                "/pools/" + pool.value() + "/applications/"
                        + ApplicationId.random().value() + "/access-exports",
                "/pools/" + PoolId.random().value() + "/applications/" + aarhus.value() + "/access-exports")) {
            assertThat(post("manager", unknown, fine))
                    .as(unknown)
                    .hasStatus(404)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/not-found");
        }
        assertThat(post("approver", exports, fine)).hasStatus(403);
        assertThat(post("aarhus", exports, fine)).hasStatus(403);
        assertThat(exportsLogged()).isEqualTo(exportsBefore);
        assertThat(personalDataReads()).isEqualTo(readsBefore);
    }

    @Test
    void an_auditor_lists_the_exports_newest_first_and_no_one_else_does() {
        String first = "{\"requester\": {\"name\": \"Politiken\"}, \"reason\": \"First request\"}";
        String second = "{\"requester\": {\"name\": \"Aarhus Kommune\", \"organisation\": \"municipality:751\"},"
                + " \"reason\": \"Second request\"}";
        assertThat(post("manager", exports, first)).hasStatusOk();
        assertThat(post("auditor", exports, second)).hasStatusOk();

        assertThat(get("auditor", "/audit/access-exports?applicationId=" + aarhus.value()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].reason")
                .asArray()
                .containsExactlyInAnyOrder("Second request", "First request");
        assertThat(get("auditor", "/audit/access-exports?applicationId=" + aarhus.value()))
                .bodyJson()
                .extractingPath("$[*].exportedBy")
                .asArray()
                .containsExactlyInAnyOrder("auditor", "manager");
        assertThat(get("manager", "/audit/access-exports")).hasStatus(403);
    }

    /** The log's row of an export. */
    record Logged(
            String applicationId,
            String requesterName,
            String requesterOrganisation,
            String standing,
            String reason,
            String exportedBy,
            String role,
            int events,
            int attachments,
            String sha256) {}

    private Logged logged(String exportId) {
        return jdbc.queryForObject(
                "SELECT * FROM access_export WHERE export_id = ?",
                (row, index) -> new Logged(
                        row.getString("application_id"),
                        row.getString("requester_name"),
                        row.getString("requester_organisation"),
                        row.getString("standing"),
                        row.getString("reason"),
                        row.getString("exported_by"),
                        row.getString("role"),
                        row.getInt("events"),
                        row.getInt("attachments"),
                        row.getString("sha256")),
                exportId);
    }

    private static Attachment attachment(StoredDocument document, String fileName) {
        return new Attachment(document.id(), fileName, document.mediaType(), document.size(), document.sha256());
    }

    private long exportsLogged() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM access_export", Long.class);
    }

    private long personalDataReads() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_access", Long.class);
    }

    private MvcTestResult post(String user, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, basic(user)).exchange();
    }

    private String subjectOf(ContactPerson person) {
        return jdbc.queryForObject(
                "SELECT subject FROM personal_data_key WHERE email_hash = ?",
                String.class,
                PersonalDataKeys.emailHash(person.email()));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
