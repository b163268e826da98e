package dk.pulje.command.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pulje.command.api.CommandApiTestSupport;
import dk.pulje.command.infra.MetaDataKeys;
import dk.pulje.command.pool.AwardExceedsBudget;
import dk.pulje.command.pool.PoolPlan;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.AssignAssessor;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.application.RecordConsensus;
import dk.pulje.shared.application.RejectApplication;
import dk.pulje.shared.application.ScreenApplication;
import dk.pulje.shared.application.SubmitApplication;
import dk.pulje.shared.application.SubmitAssessment;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.decision.ChangeDecision;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.decision.RequestReconsideration;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.pool.ApproveAllocation;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.ProposeAllocation;
import dk.pulje.shared.pool.PublishPool;
import dk.pulje.shared.programme.EstablishProgramme;
import dk.pulje.spring.documents.DocumentStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 24.9 mio. kr. pool of 6 February 2017 decided as an agency would: 20 municipalities apply, two assessors score
 * each on the pool's three weighted criteria and a consensus is recorded; after the deadline the pool proposes an
 * allocation from its ranking, where the priority rule (no grant from the 2016 pool) decides over the score, and
 * another approver awards it as one batch; the rest are rejected; every applicant gets a letter; one rejected
 * municipality asks for reconsideration and is granted what is left of the budget. Then one grantee's grant is
 * lowered on reconsideration, and what it frees raises that municipality's grant, the budget held to the øre.
 */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:seed-2017-allocation;DB_CLOSE_DELAY=-1")
class SeedPoolOf6February2017AllocationTest extends CommandApiTestSupport {

    private static final Path DOCUMENTS = tempDirectory();
    private static final Money ASKED = Money.of("1400000.00");
    /** The 2016 pool's grantees in the seeds: Aarhus, Odense and Aalborg. */
    private static final List<String> EARLIER_GRANTEES = List.of("751", "461", "851");
    /** Seventeen municipalities without a grant from the 2016 pool. */
    private static final List<String> WITH_PRIORITY = List.of(
            "101", "147", "151", "153", "155", "157", "159", "161", "163", "165", "167", "169", "173", "175", "183",
            "561", "630");

    private static final Actor MANAGER = new Actor("manager", Role.POOL_MANAGER);
    private static final Actor ASSESSOR_A = new Actor("assessor-a", Role.ASSESSOR);
    private static final Actor ASSESSOR_B = new Actor("assessor-b", Role.ASSESSOR);
    private static final Actor APPROVER = new Actor("approver", Role.APPROVER);
    private static final Actor APPROVER_2 = new Actor("approver2", Role.APPROVER);

    @DynamicPropertySource
    static void documents(DynamicPropertyRegistry registry) {
        registry.add("pulje.documents.directory", DOCUMENTS::toString);
    }

    @Autowired
    JsonMapper json;

    @Autowired
    CommandGateway commands;

    @Autowired
    DocumentStore documents;

    @Test
    void twenty_applications_ranked_allocated_as_one_batch_with_letters_and_decisions_changed() throws Exception {
        SeedPools seeds = SeedPools.read(json);
        PoolPlan earlier = grantEarlierPool(seeds);
        PoolPlan pool = publish(seeds, "early-preventive-2017");
        PoolId poolId = pool.id();
        assertThat(pool.budget()).isEqualTo(Money.of("24900000.00"));
        assertThat(pool.terms().priority().earlierPool()).isEqualTo(earlier.id());

        LocalDateTime submitted = LocalDateTime.parse("2017-03-01T09:00:00");
        List<String> municipalities = new ArrayList<>(WITH_PRIORITY);
        municipalities.addAll(EARLIER_GRANTEES);
        for (String municipality : municipalities) {
            clock.setCopenhagen(submitted.toString());
            submitted = submitted.plusMinutes(10);
            submit(pool, municipality);
        }

        clock.setCopenhagen("2017-03-27T09:00:00");
        for (String municipality : municipalities) {
            ApplicationId application = applicationId(pool, municipality);
            send(new ScreenApplication(poolId, application, true, ASSESSOR_A, "A municipality"), ASSESSOR_A);
            List<CriterionScore> scores = scores(municipality);
            for (Actor assessor : List.of(ASSESSOR_A, ASSESSOR_B)) {
                send(new AssignAssessor(poolId, application, assessor.userId(), MANAGER, null), MANAGER);
                send(new SubmitAssessment(poolId, application, scores, assessor, null), assessor);
            }
            send(new RecordConsensus(poolId, application, scores, MANAGER, "The assessors agree"), MANAGER);
        }

        clock.setCopenhagen("2017-04-03T09:00:00");
        send(new ProposeAllocation(poolId, List.of(), MANAGER, "As ranked, within the budget"), MANAGER);
        JsonNode proposal = payload(poolId.toString(), "AllocationProposed").get(0);
        List<String> awarded = new ArrayList<>();
        proposal.get("awards")
                .forEach(award -> awarded.add(award.get("applicationId").asString()));
        assertThat(awarded)
                .as("the seventeen with priority fit the budget at 1.4 mio. kr. each, and an eighteenth would not")
                .containsExactlyInAnyOrderElementsOf(WITH_PRIORITY.stream()
                        .map(code -> applicationId(pool, code).toString())
                        .toList());
        assertThat(proposal.toString())
                .contains(
                        "Aarhus Kommune has a grant from pool " + earlier.id(),
                        "Vejle Kommune has no grant from pool " + earlier.id())
                .contains("among those with priority is shared by " + applicationId(pool, "561"));
        JsonNode ranking = proposal.get("ranking").get("applications");
        assertThat(rankOf(ranking, pool, "751"))
                .as("Aarhus has the highest score, but the priority rule puts every municipality without an earlier"
                        + " grant first")
                .isEqualTo(18);
        assertThat(rankOf(ranking, pool, "630"))
                .as("Vejle, with Odense's score, ranks before Odense by the priority rule")
                .isLessThan(rankOf(ranking, pool, "461"));

        send(new ApproveAllocation(poolId, 1, APPROVER, "The ranking is sound"), APPROVER);
        assertThat(payload(poolId.toString(), "GrantAwarded")).hasSize(17);
        for (String municipality : EARLIER_GRANTEES) {
            send(
                    new RejectApplication(
                            poolId,
                            applicationId(pool, municipality),
                            APPROVER,
                            "Ranked below the budget: the pool gives priority to municipalities without a grant from"
                                    + " the 2016 pool"),
                    APPROVER);
        }

        List<JsonNode> letters = new ArrayList<>();
        for (String municipality : municipalities) {
            List<JsonNode> own =
                    payload(DecisionId.of(applicationId(pool, municipality)).toString(), "DecisionLetterIssued");
            assertThat(own).as("the letter to " + municipality).hasSize(1);
            letters.addAll(own);
        }
        assertThat(letters).hasSize(20);
        assertThat(pdfText(letterTo(letters, pool, "630")))
                .contains("Tilsagn om tilskud", "Vejle Kommune", "1.400.000,00 kr.", "Klagevejledning", "1. maj 2017");
        assertThat(pdfText(letterTo(letters, pool, "461")))
                .contains("Afslag", "Odense Kommune", "priority to municipalities without a grant", "1. maj 2017");

        clock.setCopenhagen("2017-04-20T10:00:00");
        DecisionId odense = DecisionId.of(applicationId(pool, "461"));
        send(
                new RequestReconsideration(
                        odense, "r1", applicant("461"), "Our project reaches children no other project does"),
                applicant("461"));
        send(
                new ChangeDecision(
                        odense,
                        "r1",
                        Money.of("1100000.00"),
                        APPROVER_2,
                        "Granted what is left of the budget: the project's reach outweighs the priority"),
                APPROVER_2);
        List<JsonNode> awards = payload(poolId.toString(), "GrantAwarded");
        assertThat(awards).hasSize(18);
        assertThat(awards.get(17).get("amount").asString()).isEqualTo("1100000.00");
        assertThat(awards.stream()
                        .map(award -> Money.of(award.get("amount").asString()))
                        .reduce(Money.ZERO, Money::plus))
                .as("the whole budget awarded, to the øre")
                .isEqualTo(pool.budget());
        assertThat(payload(odense.toString(), "DecisionLetterIssued"))
                .as("the changed decision has its own letter")
                .hasSize(2);

        // Odense asks for the 1.4 mio. kr. it applied for; the budget has nothing left, so nothing changes.
        clock.setCopenhagen("2017-04-25T10:00:00");
        send(
                new RequestReconsideration(
                        odense, "r2", applicant("461"), "We need the whole 1.4 mio. kr. to reach every school"),
                applicant("461"));
        ChangeDecision odenseRaise = new ChangeDecision(
                odense, "r2", Money.of("1400000.00"), APPROVER, "The project needs what it asked for");
        assertThatThrownBy(() -> send(odenseRaise, APPROVER))
                .satisfies(refusal -> assertThat(causes(refusal)).anyMatch(AwardExceedsBudget.class::isInstance));
        assertThat(payload(poolId.toString(), "AwardChanged")).isEmpty();

        // Esbjerg's partner municipality left the project, which goes ahead smaller: its grant is lowered.
        DecisionId esbjerg = DecisionId.of(applicationId(pool, "561"));
        send(
                new RequestReconsideration(
                        esbjerg,
                        "r1",
                        applicant("561"),
                        "Our partner has left; we ask for the grant to fit the smaller project"),
                applicant("561"));
        send(
                new ChangeDecision(
                        esbjerg, "r1", Money.of("1150000.37"), APPROVER_2, "Lowered to the smaller project's budget"),
                APPROVER_2);
        // What Esbjerg no longer holds lets Odense's reconsideration raise its grant, to the øre.
        send(
                new ChangeDecision(
                        odense,
                        "r2",
                        Money.of("1349999.63"),
                        APPROVER,
                        "Raised by what the budget has left after Esbjerg's lower grant"),
                APPROVER);

        List<JsonNode> changes = payload(poolId.toString(), "AwardChanged");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("previousAmount").asString()).isEqualTo("1400000.00");
        assertThat(changes.get(0).get("amount").asString()).isEqualTo("1150000.37");
        assertThat(changes.get(1).get("previousAmount").asString()).isEqualTo("1100000.00");
        assertThat(changes.get(1).get("amount").asString()).isEqualTo("1349999.63");
        Money awardedNow = awards.stream()
                .map(award -> Money.of(award.get("amount").asString()))
                .reduce(Money.ZERO, Money::plus);
        for (JsonNode change : changes) {
            awardedNow = awardedNow
                    .plus(Money.of(change.get("amount").asString()))
                    .minus(Money.of(change.get("previousAmount").asString()));
        }
        assertThat(awardedNow)
                .as("the whole budget still awarded, to the øre, after one grant lowered and another raised")
                .isEqualTo(pool.budget());

        JsonNode esbjergGrant = payload(GrantId.of(applicationId(pool, "561")).toString(), "GrantAmountChanged")
                .get(0);
        assertThat(esbjergGrant.get("amount").asString()).isEqualTo("1150000.37");
        assertThat(esbjergGrant.get("reconsiderationId").asString()).isEqualTo("r1");
        assertThat(esbjergGrant.get("decision").get("decidedBy").asString()).isEqualTo(APPROVER_2.userId());
        assertThat(esbjergGrant.get("paymentSchedule").get("2017").asString())
                .as("the schedule scaled as the award's was: 400,000 of 1,400,000 kr. in 2017, rounded down")
                .isEqualTo("328571.53");
        assertThat(esbjergGrant.get("paymentSchedule").get("2018").asString()).isEqualTo("821428.84");
        assertThat(payload(GrantId.of(applicationId(pool, "461")).toString(), "GrantAmountChanged")
                        .get(0)
                        .get("amount")
                        .asString())
                .isEqualTo("1349999.63");

        List<JsonNode> esbjergLetters = payload(esbjerg.toString(), "DecisionLetterIssued");
        assertThat(esbjergLetters).as("the lowered grant has its own letter").hasSize(2);
        assertThat(pdfText(esbjergLetters.get(1)))
                .contains(
                        "Ændret tilsagn efter genvurdering",
                        "Esbjerg Kommune",
                        "fra 1.400.000,00 kr. til 1.150.000,37 kr.",
                        "Klagevejledning",
                        "23. maj 2017");
        assertThat(payload(odense.toString(), "DecisionLetterIssued")).hasSize(3);
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    /** The 2016 pool with its three grantees, in 2016, so the 2017 pool's priority rule has grants to go by. */
    private PoolPlan grantEarlierPool(SeedPools seeds) throws Exception {
        PoolPlan pool = publish(seeds, "early-preventive-2016");
        LocalDateTime open = pool.rounds().get(0).opens().plusDays(1);
        clock.setCopenhagen(open.toString());
        for (SeedPools.EarlierGrant grant :
                seeds.earlierGrantees().get(pool.id().toString())) {
            ApplicationId application = applicationId(pool, grant.municipality());
            send(
                    new SubmitApplication(
                            pool.id(),
                            application,
                            Applicant.municipality(grant.municipality()),
                            "Early, preventive effort",
                            grant.amount(),
                            new BudgetByYear(new TreeMap<>(Map.of(2016, grant.amount()))),
                            pool.categories().get(0).code(),
                            new ContactPerson("Kim Jensen", "kim.jensen@example.dk", null),
                            applicant(grant.municipality())),
                    applicant(grant.municipality()));
            send(new ScreenApplication(pool.id(), application, true, ASSESSOR_A, "A municipality"), ASSESSOR_A);
            send(new AwardGrant(pool.id(), application, grant.amount(), APPROVER, "A grantee of 2016"), APPROVER);
        }
        assertThat(EARLIER_GRANTEES)
                .containsExactlyInAnyOrderElementsOf(
                        seeds.earlierGrantees().get(pool.id().toString()).stream()
                                .map(SeedPools.EarlierGrant::municipality)
                                .toList());
        return pool;
    }

    private PoolPlan publish(SeedPools seeds, String programmeId) throws Exception {
        SeedPools.ProgrammePlan programme = seeds.programmes().stream()
                .filter(plan -> plan.id().value().equals(programmeId))
                .findFirst()
                .orElseThrow();
        PoolPlan pool = programme.pools().get(0);
        clock.setCopenhagen(pool.rounds().get(0).opens().minusDays(1).toString());
        send(
                new EstablishProgramme(
                        programme.id(),
                        programme.name(),
                        programme.envelope(),
                        MANAGER,
                        programme.reason(),
                        programme.years(),
                        programme.tracks()),
                MANAGER);
        send(
                new DraftPool(
                        pool.id(),
                        programme.id(),
                        pool.budget(),
                        pool.terms(),
                        MANAGER,
                        pool.reason(),
                        pool.secondSignature(),
                        pool.track(),
                        pool.financeYears()),
                MANAGER);
        send(new PublishPool(pool.id(), MANAGER, "Published as the seed documents tell"), MANAGER);
        return pool;
    }

    private void submit(PoolPlan pool, String municipality) {
        send(
                new SubmitApplication(
                        pool.id(),
                        applicationId(pool, municipality),
                        Applicant.municipality(municipality),
                        "Early help across day care and school",
                        ASKED,
                        new BudgetByYear(
                                new TreeMap<>(Map.of(2017, Money.of("400000.00"), 2018, Money.of("1000000.00")))),
                        "cross-disciplinary",
                        new ContactPerson("Kim Jensen", "kim.jensen@example.dk", null),
                        applicant(municipality)),
                applicant(municipality));
    }

    /**
     * Aarhus scores highest of all; Odense scores what Vejle and Esbjerg score (3.00 weighted); the others between.
     */
    private static List<CriterionScore> scores(String municipality) {
        int[] points = switch (municipality) {
            case "751" -> new int[] {5, 5, 5};
            case "461", "630", "561" -> new int[] {3, 3, 3};
            default -> new int[] {4, 3 + Integer.parseInt(municipality) % 3, 4};
        };
        return List.of(
                new CriterionScore("earlier-prevention", points[0], "Reaches children earlier"),
                new CriterionScore("quality-progression", points[1], "Follows each child's progress"),
                new CriterionScore("whole-system", points[2], "Across casework and universal services"));
    }

    private static int rankOf(JsonNode ranking, PoolPlan pool, String municipality) {
        String id = applicationId(pool, municipality).toString();
        for (JsonNode ranked : ranking) {
            if (ranked.get("applicationId").asString().equals(id)) {
                return ranked.get("rank").asInt();
            }
        }
        throw new AssertionError(id + " is not ranked");
    }

    private static ApplicationId applicationId(PoolPlan pool, String municipality) {
        return ApplicationId.of(pool.id() + "-" + municipality);
    }

    private static Actor applicant(String municipality) {
        return new Actor(
                "user-" + municipality,
                Role.APPLICANT,
                Applicant.municipality(municipality).key());
    }

    private JsonNode letterTo(List<JsonNode> letters, PoolPlan pool, String municipality) {
        String id = applicationId(pool, municipality).toString();
        return letters.stream()
                .filter(letter -> letter.get("applicationId").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private List<JsonNode> payload(String aggregate, String type) {
        return jdbc
                .query(
                        "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ? "
                                + "ORDER BY sequenceNumber",
                        (row, index) -> new String(row.getBytes(1), StandardCharsets.UTF_8),
                        aggregate,
                        "%." + type)
                .stream()
                .map(text -> JsonMapper.builder().build().readTree(text))
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

    private void send(Object command, Actor actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaDataKeys.of(actor)));
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("pulje-documents");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
