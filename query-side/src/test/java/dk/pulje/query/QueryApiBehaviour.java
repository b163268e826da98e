package dk.pulje.query;

import static dk.pulje.query.SeedEvents.POOL_BUDGET;
import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.query.infra.ProcessingGroups.ALLOCATIONS;
import static dk.pulje.query.infra.ProcessingGroups.ASSESSMENTS;
import static dk.pulje.query.infra.ProcessingGroups.DECISIONS;
import static dk.pulje.query.infra.ProcessingGroups.DECISION_FIGURES;
import static dk.pulje.query.infra.ProcessingGroups.GRANTS;
import static dk.pulje.query.infra.ProcessingGroups.MEETINGS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_DECISIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;
import static dk.pulje.query.infra.ProcessingGroups.PROGRAMME_OVERVIEW;
import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.FINANCE_OFFICER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;
import static dk.pulje.shared.common.Role.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.query.audit.ReadModelChecksums;
import dk.pulje.query.infra.ProjectionProgress;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationAmended;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.AssessorAssigned;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.application.ConsensusRecorded;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.PartnerRemoved;
import dk.pulje.shared.application.PartnershipConfirmed;
import dk.pulje.shared.application.PartnershipDeclined;
import dk.pulje.shared.application.ReleaseCause;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Cvr;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.decision.DecisionLetterIssued;
import dk.pulje.shared.decision.DecisionOutcome;
import dk.pulje.shared.decision.DecisionUpheld;
import dk.pulje.shared.decision.ReconsiderationRequested;
import dk.pulje.shared.grant.BudgetChange;
import dk.pulje.shared.grant.BudgetChangeApproved;
import dk.pulje.shared.grant.BudgetChangeKind;
import dk.pulje.shared.grant.BudgetChangeNoted;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.grant.DisbursementRecorded;
import dk.pulje.shared.grant.GrantAccepted;
import dk.pulje.shared.grant.GrantAmountChanged;
import dk.pulje.shared.grant.GrantClosed;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.GrantOpened;
import dk.pulje.shared.grant.ProjectStarted;
import dk.pulje.shared.grant.RepaymentClaimed;
import dk.pulje.shared.grant.RepaymentReceived;
import dk.pulje.shared.grant.ReportDue;
import dk.pulje.shared.grant.ReportKind;
import dk.pulje.shared.grant.ReportOverdue;
import dk.pulje.shared.grant.ReportSubmitted;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.MeetingMaterialAdded;
import dk.pulje.shared.meeting.MeetingPlanned;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.meeting.RegisteredForMeeting;
import dk.pulje.shared.meeting.RegistrationCancelled;
import dk.pulje.shared.meeting.RegistrationMovedUp;
import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.shared.pool.ActivityCategory;
import dk.pulje.shared.pool.AllocatedAward;
import dk.pulje.shared.pool.AllocationProposed;
import dk.pulje.shared.pool.AllocationRanking;
import dk.pulje.shared.pool.AllocationRejected;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.ApplicationForm;
import dk.pulje.shared.pool.DeadlineChange;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.PlannedDate;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolAmendmentProposed;
import dk.pulje.shared.pool.PoolAmendmentRefused;
import dk.pulje.shared.pool.PoolAnnounced;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PoolText;
import dk.pulje.shared.pool.PriorityRule;
import dk.pulje.shared.pool.Question;
import dk.pulje.shared.pool.QuestionKind;
import dk.pulje.shared.pool.RankedApplication;
import dk.pulje.shared.pool.ReturnsTo;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.programme.InitiativeFundedDirectly;
import dk.pulje.shared.programme.PoolBudgetAllocated;
import dk.pulje.shared.programme.PoolBudgetReallocated;
import dk.pulje.shared.programme.ProgrammeEstablished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.Track;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query API over events appended to the app's own event store, as the command side appends them. Every read
 * carries the consistency token of the last event it depends on, so it answers only once the projections have
 * it. Run once per storage profile by the subclasses.
 */
@SpringBootTest(properties = "pulje.consistency.max-wait=2s")
@AutoConfigureMockMvc
abstract class QueryApiBehaviour {

    private static final List<String> EVERY_PROJECTION = List.of(
            PROGRAMME_OVERVIEW,
            POOL_OVERVIEW,
            POOL_APPLICATIONS,
            POOL_DECISIONS,
            ASSESSMENTS,
            ALLOCATIONS,
            DECISION_FIGURES,
            GRANTS,
            MEETINGS,
            DECISIONS);
    private static final Duration MAX_WAIT = Duration.ofSeconds(2);
    /** Numbers whose expansion would take minutes, gigabytes or a 20 MB answer, and one no long holds. */
    private static final List<String> HOSTILE_NUMBERS = List.of(
            "1e400000000", "1e-999999999", "1e-20000000", "-1e400000000", "1e2147483648", "99999999999999999999");

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProjectionProgress progress;

    @Autowired
    private ReadModelChecksums checksums;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private MeterRegistry meters;

    private EventLog events;
    private final ProgrammeId programme = ProgrammeId.random();
    private final PoolId pool = PoolId.random();
    private final ApplicationId aarhus = ApplicationId.random();
    private final ApplicationId odense = ApplicationId.random();

    @BeforeEach
    void eventLog() {
        events = new EventLog(eventStore, jdbc);
    }

    @Test
    void a_programme_shows_its_envelope_what_its_pools_hold_and_what_they_have_awarded() {
        long position = decidedPool();

        assertThat(get("viewer", "/programmes/" + programme, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"programmeId": "%s", "name": "Satspulje 2017 – children and youth", "envelope": "196600000.00",
                 "allocated": "24900000.00", "unallocated": "171700000.00", "awarded": "1800000.00", "pools": 1}""".formatted(programme));
        assertThat(get("viewer", "/programmes", position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.programmeId == '%s')].awarded".formatted(programme))
                .asArray()
                .containsExactly("1800000.00");
    }

    @Test
    void a_programme_shows_its_yearly_envelopes_tracks_and_directly_funded_initiatives_with_what_each_holds() {
        PoolId aftercare = PoolId.random();
        Decision by = decision("manager", POOL_MANAGER, "2017-05-09T08:00:00Z", "Satspuljeaftalen 2017");
        long position = events.programme(
                programme,
                new ProgrammeEstablished(
                        programme,
                        "Socialt udviklings- og investeringsprogram",
                        Money.millions("250"),
                        by,
                        FinanceYears.of(Map.of(
                                2017,
                                Money.millions("62.5"),
                                2018,
                                Money.millions("62.5"),
                                2019,
                                Money.millions("62.5"),
                                2020,
                                Money.millions("62.5"))),
                        List.of(
                                new Track("development", "Udviklingsspor", null),
                                new Track("spread", "Udbredelsesspor", Money.millions("100")),
                                new Track("data", "Dataspor", null))),
                new PoolBudgetAllocated(
                        programme,
                        aftercare,
                        Money.millions("60"),
                        by,
                        "spread",
                        FinanceYears.of(Map.of(2017, Money.millions("30"), 2018, Money.millions("30")))),
                new InitiativeFundedDirectly(
                        programme,
                        "data-sources",
                        "Data and sources of knowledge",
                        "data",
                        Money.millions("5"),
                        FinanceYears.in(2018, Money.millions("5")),
                        by),
                new PoolBudgetReallocated(
                        programme,
                        aftercare,
                        Money.millions("60"),
                        Money.millions("50"),
                        by,
                        FinanceYears.of(Map.of(2017, Money.millions("30"), 2018, Money.millions("20")))));

        assertThat(get("viewer", "/programmes/" + programme, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"envelope": "250000000.00", "allocated": "50000000.00", "directlyFunded": "5000000.00",
                 "unallocated": "195000000.00", "pools": 1,
                 "years": [{"year": 2017, "envelope": "62500000.00", "held": "30000000.00"},
                           {"year": 2018, "envelope": "62500000.00", "held": "25000000.00"},
                           {"year": 2019, "envelope": "62500000.00", "held": "0.00"},
                           {"year": 2020, "envelope": "62500000.00", "held": "0.00"}],
                 "tracks": [{"code": "development", "name": "Udviklingsspor", "held": "0.00"},
                            {"code": "spread", "budget": "100000000.00", "held": "50000000.00"},
                            {"code": "data", "held": "5000000.00"}],
                 "initiatives": [{"initiativeId": "data-sources", "name": "Data and sources of knowledge",
                                  "track": "data", "amount": "5000000.00"}]}""");
    }

    @Test
    void an_announced_pool_is_listed_publicly_with_its_planned_dates_and_then_with_its_real_deadline() {
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        PoolPlanning planned = new PoolPlanning(
                new PlannedDate(
                        LocalDate.parse("2017-08-01"), LocalDate.parse("2017-09-30"), "August or September 2017"),
                null,
                new PlannedDate(
                        LocalDate.parse("2017-10-01"), LocalDate.parse("2017-12-31"), "fourth quarter of 2017"));
        long announced = events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolAnnounced(pool, planned, decision("manager", POOL_MANAGER, "2017-06-26T08:00:00Z", null)));

        assertThat(mvc.get()
                        .uri("/public/pools")
                        .header("Pulje-Consistency-Token", String.valueOf(announced))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')]".formatted(pool))
                .asArray()
                .singleElement()
                .asString()
                .contains(
                        "ANNOUNCED",
                        "August or September 2017",
                        "fourth quarter of 2017",
                        "whoMayApply=[\"MUNICIPALITY\"]",
                        "budget=24900000.00");

        Round real = new Round(1, LocalDateTime.parse("2017-09-01T00:00"), Deadline.of("2017-10-16T12:00"));
        long published = events.pool(
                pool,
                new PoolPublished(
                        pool, 1, decision("manager", POOL_MANAGER, "2017-09-01T07:00:00Z", null), List.of(real)));

        assertThat(mvc.get()
                        .uri("/public/pools")
                        .header("Pulje-Consistency-Token", String.valueOf(published))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')]".formatted(pool))
                .asArray()
                .singleElement()
                .asString()
                .contains(
                        "PUBLISHED",
                        "\"deadline\":\"2017-10-16T12:00:00\"",
                        "\"deadlineInstant\":\"2017-10-16T10:00:00Z\"",
                        "August or September 2017")
                .doesNotContain("2017-03-24");
        assertThat(get("auditor", "/audit/pools/" + pool + "/history"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[?(@.event == 'PoolAnnounced')].payload.planned.publication.wording")
                .asArray()
                .containsExactly("August or September 2017");
    }

    @Test
    void a_pool_is_listed_publicly_in_danish_as_published_and_in_english_to_a_reader_who_asks_for_english() {
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        PoolTerms t = TestPools.earlyPreventiveEffort2017();
        PoolTerms danish = new PoolTerms(
                "Initiativer til en tidlig, forebyggende og mere effektiv indsats",
                "Ansøgningsfrist 24. marts 2017 kl. 12.00.",
                t.eligibleKinds(),
                List.of(new ActivityCategory(
                        "upskilling",
                        "Opkvalificering eller uddannelse af medarbejdere",
                        Map.of("en", "Upskilling or training of staff"))),
                t.limits(),
                t.expectedGrantees(),
                t.rounds(),
                t.projectPeriod(),
                t.meetings(),
                t.grantConditions(),
                List.of(new Earmark(
                        "partnership",
                        "Deltagelse i partnerskabet",
                        Money.of("100000"),
                        Map.of("en", "Taking part in the partnership"))),
                t.priority(),
                Map.of("en", new PoolText(t.title(), t.description())));
        long position = events.pool(
                pool,
                new PoolDrafted(
                        pool,
                        programme,
                        POOL_BUDGET,
                        danish,
                        decision("manager", POOL_MANAGER, "2017-02-01T09:00:00Z", null)),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)));

        assertThat(mvc.get()
                        .uri("/public/pools")
                        .header("Accept-Language", "da")
                        .header("Pulje-Consistency-Token", String.valueOf(position))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')].title".formatted(pool))
                .asArray()
                .containsExactly("Initiativer til en tidlig, forebyggende og mere effektiv indsats");
        // A reader whose browser names no language reads the pool as published, whatever the server's own locale.
        assertThat(mvc.get()
                        .uri("/public/pools")
                        .header("Pulje-Consistency-Token", String.valueOf(position))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')].title".formatted(pool))
                .asArray()
                .containsExactly("Initiativer til en tidlig, forebyggende og mere effektiv indsats");
        assertThat(mvc.get()
                        .uri("/public/pools")
                        .header("Accept-Language", "da")
                        .header("Pulje-Consistency-Token", String.valueOf(position))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')].categories[0].title".formatted(pool))
                .asArray()
                .containsExactly("Opkvalificering eller uddannelse af medarbejdere");
        assertThat(mvc.get()
                        .uri("/public/pools")
                        .header("Accept-Language", "en")
                        .header("Pulje-Consistency-Token", String.valueOf(position))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')].earmarks[0].purpose".formatted(pool))
                .asArray()
                .containsExactly("Taking part in the partnership");
        assertThat(mvc.get()
                        .uri("/public/pools")
                        .header("Accept-Language", "en-GB,en;q=0.9")
                        .header("Pulje-Consistency-Token", String.valueOf(position))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')].description".formatted(pool))
                .asArray()
                .containsExactly(t.description());
        assertThat(get("viewer", "/pools/" + pool, position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.terms.translations.en.title")
                .isEqualTo(t.title());
    }

    @Test
    void a_meeting_shows_its_seats_waiting_list_and_material_to_anyone_and_its_attendees_to_staff_until_erased() {
        published();
        MeetingId meeting = MeetingId.random();
        MeetingTime odense = new MeetingTime(
                LocalDate.parse("2017-02-20"),
                LocalTime.of(10, 0),
                LocalTime.of(14, 30),
                "Mødecenter Odense, Buchwaldsgade 48, Odense");
        Instant at = Instant.parse("2017-02-07T09:00:00Z");
        ContactPerson kim = new ContactPerson("Kim Jensen", "kim@aarhus.dk", null);
        ContactPerson ida = new ContactPerson("Ida Holm", "ida@odense.dk", "+45 12 34 56 78");
        long position = events.meeting(
                meeting,
                new MeetingPlanned(
                        meeting,
                        List.of(pool),
                        odense,
                        true,
                        1,
                        decision("manager", POOL_MANAGER, "2017-02-06T09:00:00Z", null)),
                new RegisteredForMeeting(meeting, "r1", "municipality:751", kim, false, "aarhus", at),
                new RegisteredForMeeting(meeting, "r2", "municipality:461", ida, true, "odense", at.plusSeconds(60)),
                new RegistrationCancelled(meeting, "r1", decision("aarhus", APPLICANT, "2017-02-08T09:00:00Z", null)),
                new RegistrationMovedUp(meeting, "r2", Instant.parse("2017-02-08T09:00:00Z")),
                new MeetingMaterialAdded(
                        meeting,
                        "Slides",
                        URI.create("https://example.dk/slides.pdf"),
                        decision("manager", POOL_MANAGER, "2017-02-21T09:00:00Z", null)),
                new MeetingMaterialAdded(
                        meeting,
                        "Videooptagelse",
                        URI.create("https://example.dk/video"),
                        decision("manager", POOL_MANAGER, "2017-02-21T09:00:00Z", null),
                        Map.of("en", "Recording")));

        assertThat(mvc.get()
                        .uri("/public/meetings/" + meeting)
                        .header("Accept-Language", "da")
                        .header("Pulje-Consistency-Token", String.valueOf(position))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"pools": ["%s"], "date": "2017-02-20", "starts": "10:00:00", "ends": "14:30:00",
                         "free": true, "capacity": 1, "seatsTaken": 1, "waiting": 0, "status": "PLANNED",
                         "material": [{"title": "Slides", "link": "https://example.dk/slides.pdf"},
                                      {"title": "Videooptagelse", "link": "https://example.dk/video"}]}""".formatted(pool));
        assertThat(mvc.get()
                        .uri("/public/meetings/" + meeting)
                        .header("Accept-Language", "en")
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.material[*].title")
                .asArray()
                .as("titled in English where the material has it")
                .containsExactly("Slides", "Recording");
        assertThat(mvc.get()
                        .uri("/public/pools")
                        .header("Pulje-Consistency-Token", String.valueOf(position))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')].informationMeetings[0].meetingId".formatted(pool))
                .asArray()
                .containsExactly(meeting.value());
        assertThat(mvc.get().uri("/public/meetings/" + meeting).exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Ida", "odense.dk");
        assertThat(get("manager", "/meetings/" + meeting + "/registrations"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"registrationId": "r2", "organisation": "municipality:461", "name": "Ida Holm",
                          "email": "ida@odense.dk", "phone": "+45 12 34 56 78", "waiting": false}]""");
        assertThat(get("viewer", "/meetings/" + meeting + "/registrations")).hasStatus(403);
        assertThat(jdbc.queryForList("SELECT wrapped FROM personal_data_key", Boolean.class))
                .as("the demo's master key wraps every person's key")
                .isNotEmpty()
                .containsOnly(true);

        long erased = events.erasure(
                "ida@odense.dk", decision("manager", POOL_MANAGER, "2017-03-01T09:00:00Z", "Asked to be forgotten"));
        assertThat(get("manager", "/meetings/" + meeting + "/registrations", erased))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"registrationId": "r2", "name": "(slettet)", "email": null, "phone": null}]""");
    }

    @Test
    void a_pool_counts_its_applications_as_they_move_from_status_to_status() {
        ApplicationId copenhagen = ApplicationId.random();
        published();
        submittedAndAmended();
        long submitted = events.pool(pool, submitted(pool, copenhagen, "101", "500000", "2017-03-03T10:00:00Z"));
        assertThat(get("viewer", "/pools/" + pool, submitted))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"poolId": "%s", "programmeId": "%s", "status": "PUBLISHED", "budget": "24900000.00",
                 "awarded": "0.00", "remaining": "24900000.00", "rulesVersion": 1,
                 "terms": {"title": "Initiatives for an early, preventive and more effective effort",
                           "eligibleKinds": ["MUNICIPALITY"],
                           "rounds": [{"number": 1, "opens": "2017-02-06T00:00:00", "deadline": "2017-03-24T12:00:00"}]},
                 "applicationsByStatus": {"SUBMITTED": 3, "ELIGIBLE": 0, "NOT_ELIGIBLE": 0, "AWARDED": 0,
                                          "REJECTED": 0, "WITHDRAWN": 0}}""".formatted(pool, programme));

        withdrawnAndScreened();
        long screened = events.pool(
                pool,
                new ApplicationScreened(
                        pool,
                        copenhagen,
                        false,
                        decision("assessor", ASSESSOR, "2017-03-27T10:00:00Z", "Not an early preventive effort")));
        assertThat(get("viewer", "/pools/" + pool, screened))
                .bodyJson()
                .extractingPath("$.applicationsByStatus")
                .isEqualTo(Map.of(
                        "SUBMITTED", 0, "ELIGIBLE", 1, "NOT_ELIGIBLE", 1, "AWARDED", 0, "REJECTED", 0, "WITHDRAWN", 1));

        scoredAndAwarded();
        long rejected = events.pool(
                pool,
                new ApplicationRejected(
                        pool,
                        copenhagen,
                        List.of(),
                        1,
                        decision("approver", APPROVER, "2017-04-03T10:00:00Z", "Not eligible")));
        assertThat(get("viewer", "/pools/" + pool, rejected)).bodyJson().isLenientlyEqualTo("""
                {"awarded": "1800000.00", "remaining": "23100000.00",
                 "applicationsByStatus": {"SUBMITTED": 0, "ELIGIBLE": 0, "NOT_ELIGIBLE": 0, "AWARDED": 1,
                                          "REJECTED": 1, "WITHDRAWN": 1}}""");
        assertThat(get("viewer", "/pools", rejected))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')].status".formatted(pool))
                .asArray()
                .containsExactly("PUBLISHED");
    }

    @Test
    void an_amendment_moves_the_budget_deadline_and_rules_version_and_the_programme_follows() {
        decidedPool();
        Money amendedBudget = Money.millions("30");
        events.programme(
                programme,
                new PoolBudgetReallocated(
                        programme,
                        pool,
                        POOL_BUDGET,
                        amendedBudget,
                        decision("manager", POOL_MANAGER, "2017-03-20T09:00:00Z", "More applicants than expected")));
        long closed = events.pool(
                pool,
                new PoolAmended(
                        pool,
                        POOL_BUDGET,
                        amendedBudget,
                        List.of(new Round(1, LocalDateTime.parse("2017-02-06T00:00"), Deadline.of("2017-03-31T12:00"))),
                        2,
                        decision("manager", POOL_MANAGER, "2017-03-20T09:00:00Z", "More applicants than expected"),
                        null),
                new PoolClosed(pool, decision("manager", POOL_MANAGER, "2017-06-01T09:00:00Z", "All decided")));

        assertThat(get("viewer", "/pools/" + pool, closed))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"status": "CLOSED", "budget": "30000000.00", "awarded": "1800000.00", "remaining": "28200000.00",
                 "rulesVersion": 2,
                 "terms": {"title": "Initiatives for an early, preventive and more effective effort",
                           "rounds": [{"number": 1, "deadline": "2017-03-31T12:00:00"}]}}""");
        assertThat(get("viewer", "/programmes/" + programme, closed)).bodyJson().isLenientlyEqualTo("""
                {"allocated": "30000000.00", "unallocated": "166600000.00", "pools": 1}""");
    }

    @Test
    void an_amendment_awaiting_its_second_signature_shows_in_the_pool_until_it_is_signed_or_refused() {
        published();
        long proposed = events.pool(
                pool,
                new PoolAmendmentProposed(
                        pool,
                        1,
                        Money.millions("30"),
                        List.of(new DeadlineChange(1, Deadline.of("2017-03-31T12:00"))),
                        decision("manager", POOL_MANAGER, "2017-03-20T09:00:00Z", "More applicants than expected")));
        assertThat(get("approver", "/pools/" + pool, proposed))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"budget": "24900000.00",
                 "pendingAmendment": {"amendment": 1, "budget": "30000000.00",
                                      "deadlineChanges": [{"round": 1, "deadline": "2017-03-31T12:00:00"}],
                                      "proposedBy": "manager", "proposedAt": "2017-03-20T09:00:00Z",
                                      "reason": "More applicants than expected"}}""");

        long refused = events.pool(
                pool,
                new PoolAmendmentRefused(
                        pool,
                        1,
                        decision("manager2", POOL_MANAGER, "2017-03-21T09:00:00Z", "Wait for the round to close")));
        assertThat(get("approver", "/pools/" + pool, refused))
                .bodyJson()
                .extractingPath("$.pendingAmendment")
                .isNull();
        long signed = events.pool(
                pool,
                new PoolAmendmentProposed(
                        pool,
                        2,
                        Money.millions("30"),
                        List.of(),
                        decision("manager", POOL_MANAGER, "2017-03-22T09:00:00Z", "More applicants than expected")),
                new PoolAmended(
                        pool,
                        POOL_BUDGET,
                        Money.millions("30"),
                        List.of(new Round(1, LocalDateTime.parse("2017-02-06T00:00"), Deadline.of("2017-03-24T12:00"))),
                        2,
                        decision("manager2", POOL_MANAGER, "2017-03-22T10:00:00Z", "Agreed"),
                        2));
        assertThat(get("approver", "/pools/" + pool, signed)).bodyJson().isLenientlyEqualTo("""
                {"budget": "30000000.00", "pendingAmendment": null}""");
    }

    @Test
    void applications_are_listed_in_the_order_they_came_in_by_status_and_page_without_contact_details() {
        long position = decidedPool();
        String applications = "/pools/" + pool + "/applications";

        MvcTestResult all = get("assessor", applications, position);
        assertThat(all)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].applicationId")
                .asArray()
                .containsExactly(aarhus.value(), odense.value());
        assertThat(all).bodyJson().isLenientlyEqualTo("""
                {"page": 0, "size": 20, "total": 2,
                 "items": [{"applicationId": "%s", "poolId": "%s", "round": 1, "status": "AWARDED",
                            "applicantKey": "municipality:751", "applicantName": "Aarhus Kommune",
                            "projectTitle": "Early help in PPR", "activityCategory": "upskilling",
                            "amountRequested": "2500000.00", "amountAwarded": "1800000.00", "score": 4,
                            "submittedAt": "2017-03-01T09:00:00Z"},
                           {"applicationId": "%s", "status": "WITHDRAWN", "applicantName": "Odense Kommune",
                            "amountRequested": "3000000.00", "amountAwarded": null, "score": null}]}""".formatted(aarhus, pool, odense));
        assertThat(all).bodyText().doesNotContain("Kim Jensen", "kim.jensen@kommune.dk", "+45");

        assertThat(get("assessor", applications + "?status=WITHDRAWN", position))
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"total": 1, "items": [{"applicationId": "%s"}]}""".formatted(odense));
        assertThat(get("assessor", applications + "?page=1&size=1", position))
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"page": 1, "size": 1, "total": 2, "items": [{"applicationId": "%s"}]}""".formatted(odense));
    }

    @Test
    void a_pools_own_questions_are_public_and_the_answers_are_part_of_the_application_now_and_as_of_then() {
        ApplicationForm form = new ApplicationForm(List.of(
                new Question(
                        "staff",
                        QuestionKind.NUMBER,
                        "Hvor mange medarbejdere deltager?",
                        Map.of("en", "How many staff take part?"),
                        true,
                        null,
                        null),
                new Question("summary", QuestionKind.TEXT, "Resumé", null, false, 500, null)));
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        PoolDrafted drafted = earlyPreventiveEffort(pool, programme);
        events.pool(
                pool,
                new PoolDrafted(
                        pool, programme, drafted.budget(), drafted.terms().withForm(form), drafted.decision()),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)));
        ApplicationSubmitted plain = submitted(pool, aarhus, "751", "2000000", "2017-03-01T09:00:00Z");
        long position = events.pool(
                pool,
                new ApplicationSubmitted(
                        pool,
                        aarhus,
                        1,
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
                        Map.of("staff", "12", "summary", "Tidlig hjælp i PPR"),
                        1,
                        null));
        OffsetDateTime submittedBy = OffsetDateTime.now(ZoneOffset.UTC);

        assertThat(mvc.get()
                        .uri("/public/pools")
                        .header("Accept-Language", "en")
                        .header("Pulje-Consistency-Token", String.valueOf(position))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')].questions[*].text".formatted(pool))
                .asArray()
                .containsExactly("How many staff take part?", "Resumé");
        String answers = """
                {"formVersion": 1, "answers": {"staff": "12", "summary": "Tidlig hjælp i PPR"}}""";
        assertThat(get("assessor", "/pools/" + pool + "/applications/" + aarhus, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo(answers);
        assertThat(asOf("/pools/" + pool + "/applications/" + aarhus, submittedBy))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo(answers);

        long amended = events.pool(
                pool,
                new ApplicationAmended(
                        pool,
                        aarhus,
                        plain.amountRequested(),
                        plain.budget(),
                        plain.activityCategory(),
                        decision("employee-751", APPLICANT, "2017-03-05T09:00:00Z", "More staff"),
                        null,
                        Map.of("staff", "14"),
                        1));
        assertThat(get("assessor", "/pools/" + pool + "/applications/" + aarhus, amended))
                .bodyJson()
                .extractingPath("$.answers")
                .isEqualTo(Map.of("staff", "14"));
        assertThat(asOf("/pools/" + pool + "/applications/" + aarhus, submittedBy))
                .bodyJson()
                .isLenientlyEqualTo(answers);
    }

    @Test
    void decisions_are_listed_oldest_first_with_who_decided_in_which_role_when_and_why() {
        long position = decidedPool();
        String decisions = "/pools/" + pool + "/decisions";

        MvcTestResult all = get("auditor", decisions, position);
        assertThat(all)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].kind")
                .asArray()
                .containsExactly(
                        "PoolDrafted",
                        "PoolPublished",
                        "ApplicationAmended",
                        "ApplicationWithdrawn",
                        "ApplicationScreened",
                        "ApplicationScored",
                        "GrantAwarded");
        assertThat(all)
                .bodyJson()
                .extractingPath("$.items[*].sequence")
                .asArray()
                .containsExactly(0, 1, 4, 5, 6, 7, 8);
        assertThat(all).bodyJson().extractingPath("$.items[0].amount").isEqualTo("24900000.00");
        assertThat(all).bodyJson().extractingPath("$.items[4].outcome").isEqualTo("eligible");
        assertThat(all).bodyJson().extractingPath("$.items[5].outcome").isEqualTo("score 4");

        assertThat(get("auditor", decisions + "?page=6&size=1", position))
                .bodyJson()
                .isLenientlyEqualTo("""
                {"page": 6, "size": 1, "total": 7,
                 "items": [{"poolId": "%s", "sequence": 8, "kind": "GrantAwarded", "applicationId": "%s",
                            "amount": "1800000.00", "decidedBy": "approver", "role": "APPROVER",
                            "decidedAt": "2017-04-03T09:00:00Z", "reason": "Scores 4/5"}]}""".formatted(pool, aarhus));
    }

    @Test
    void a_read_with_the_consistency_token_of_a_write_sees_that_write_at_once() {
        long drafted = events.pool(pool, earlyPreventiveEffort(pool, programme));

        assertThat(get("manager", "/pools/" + pool, drafted))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("DRAFT");
        assertThat(mvc.get()
                        .uri("/pools/" + pool + "/decisions?consistencyToken=" + drafted)
                        .header(HttpHeaders.AUTHORIZATION, basic("manager")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].kind")
                .asArray()
                .containsExactly("PoolDrafted");
    }

    @Test
    void a_read_with_the_token_of_a_store_that_cannot_tell_its_position_is_answered_at_once() {
        assertThat(get("viewer", "/programmes", -1)).hasStatusOk();
    }

    @Test
    void a_read_with_a_token_the_projections_have_not_reached_is_answered_503_after_the_bounded_wait() {
        StreamingEventProcessor overview = processing
                .eventProcessor(POOL_OVERVIEW, StreamingEventProcessor.class)
                .orElseThrow();
        overview.shutDown();
        try {
            long drafted = events.pool(pool, earlyPreventiveEffort(pool, programme));

            long started = System.nanoTime();
            MvcTestResult behind = get("viewer", "/pools", drafted);
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(behind)
                    .hasStatus(503)
                    .hasHeader(HttpHeaders.RETRY_AFTER, "1")
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/projection-behind");
            assertThat(waited).isBetween(MAX_WAIT, MAX_WAIT.plusSeconds(5));
        } finally {
            overview.start();
        }
    }

    @Test
    void a_read_with_a_token_beyond_the_event_stores_last_event_is_refused_without_waiting() {
        long beyond = events.lastPosition() + 1_000_000;

        for (MvcTestResult refused : List.of(
                get("viewer", "/pools", beyond),
                mvc.get()
                        .uri("/programmes?consistencyToken=" + beyond)
                        .header(HttpHeaders.AUTHORIZATION, basic("viewer"))
                        .exchange())) {
            assertThat(refused)
                    .hasStatus(400)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/consistency-token-ahead");
        }
        assertThat(get("viewer", "/pools", events.lastPosition())).hasStatusOk();
    }

    @Test
    void replaying_every_projection_rebuilds_identical_read_models() {
        decidedPool();
        MeetingId meeting = MeetingId.random();
        events.meeting(
                meeting,
                new MeetingPlanned(
                        meeting,
                        List.of(pool),
                        new MeetingTime(LocalDate.parse("2017-02-20"), null, null, "Odense"),
                        true,
                        50,
                        decision("manager", POOL_MANAGER, "2017-02-06T09:00:00Z", null)),
                new RegisteredForMeeting(
                        meeting,
                        "r1",
                        "municipality:751",
                        new ContactPerson("Kim Jensen", "kim@aarhus.dk", null),
                        false,
                        "aarhus",
                        Instant.parse("2017-02-07T09:00:00Z")));
        lettered();
        assessed();
        attached();
        proposedAndRejected();
        ProgrammeId adults = ProgrammeId.random();
        events.programme(
                adults,
                new ProgrammeEstablished(
                        adults,
                        "Udviklings- og investeringsprogram for voksne",
                        Money.millions("250"),
                        decision("manager", Role.POOL_MANAGER, "2017-01-10T09:00:00Z", "Aftale 2017"),
                        FinanceYears.of(Map.of(2017, Money.millions("62.5"))),
                        List.of(new Track("recovery", "Recovery", null))));
        Map<String, String> before = checksumsWhenCaughtUp();
        before.keySet()
                .forEach(table -> assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class))
                        .as(table)
                        .isPositive());

        assertThat(mvc.post().uri("/admin/projections/replay").header(HttpHeaders.AUTHORIZATION, basic("auditor")))
                .hasStatus(202);

        assertThat(checksumsWhenCaughtUp()).isEqualTo(before);
        assertThat(get("auditor", "/admin/read-models/checksums"))
                .hasStatusOk()
                .bodyJson()
                .isStrictlyEqualTo(JsonMapper.builder().build().writeValueAsString(before));
    }

    /**
     * Aarhus's 1,800,000.00 kr. grant raised on reconsideration to 2,000,000.01 kr.: the pool, its programme, the
     * application, the grant (and its accepted budget line) and the pool's decisions follow, and a rebuild gives the
     * same read models.
     */
    @Test
    void an_award_changed_on_reconsideration_changes_every_total_and_a_rebuild_keeps_it() {
        decidedPool();
        Decision reconsidered = decision("approver2", APPROVER, "2019-05-02T09:00:00Z", "The reach was underrated");
        events.pool(
                pool, new AwardChanged(pool, aarhus, "r1", Money.of("1800000"), Money.of("2000000.01"), reconsidered));
        GrantId grant = GrantId.of(aarhus);
        long position = events.grant(
                grant,
                new GrantAmountChanged(
                        grant,
                        pool,
                        aarhus,
                        "r1",
                        Money.of("1800000"),
                        Money.of("2000000.01"),
                        BudgetByYear.of(Map.of(2018, Money.of("600000"), 2019, Money.of("1400000.01"))),
                        BudgetLines.single("project", Money.of("2000000.01")),
                        reconsidered));

        assertThat(get("viewer", "/pools/" + pool, position)).bodyJson().isLenientlyEqualTo("""
                {"awarded": "2000000.01", "remaining": "22899999.99"}""");
        assertThat(get("viewer", "/programmes/" + programme, position))
                .bodyJson()
                .isLenientlyEqualTo("""
                {"awarded": "2000000.01"}""");
        assertThat(get("assessor", "/pools/" + pool + "/applications?status=AWARDED", position))
                .bodyJson()
                .isLenientlyEqualTo("""
                {"items": [{"applicationId": "%s", "amountAwarded": "2000000.01"}]}""".formatted(aarhus));
        assertThat(get("finance", "/grants/" + aarhus.value(), position))
                .bodyJson()
                .isLenientlyEqualTo("""
                {"grant": {"awarded": "2000000.01", "paid": "600000.00", "unpaid": "1400000.01"},
                 "budgetLines": [{"line": "project", "budgeted": "2000000.01"}]}""");
        assertThat(get("auditor", "/pools/" + pool + "/decisions?page=7&size=1", position))
                .bodyJson()
                .isLenientlyEqualTo("""
                {"items": [{"kind": "AwardChanged", "applicationId": "%s", "amount": "2000000.01",
                            "outcome": "changed from 1800000.00", "decidedBy": "approver2", "role": "APPROVER",
                            "decidedAt": "2019-05-02T09:00:00Z", "reason": "The reach was underrated"}]}""".formatted(aarhus));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1);
        assertThat(asOf("/pools/" + pool, now)).bodyJson().isLenientlyEqualTo("""
                {"awarded": "2000000.01", "remaining": "22899999.99"}""");
        assertThat(asOf("/pools/" + pool + "/applications/" + aarhus, now))
                .bodyJson()
                .isLenientlyEqualTo("""
                {"amountAwarded": "2000000.01"}""");

        Map<String, String> before = checksumsWhenCaughtUp();
        assertThat(mvc.post().uri("/admin/projections/replay").header(HttpHeaders.AUTHORIZATION, basic("auditor")))
                .hasStatus(202);
        assertThat(checksumsWhenCaughtUp()).isEqualTo(before);
    }

    @Test
    void replaying_one_projection_rebuilds_it_identically() {
        decidedPool();
        Map<String, String> before = checksumsWhenCaughtUp();

        assertThat(mvc.post()
                        .uri("/admin/projections/" + POOL_DECISIONS + "/replay")
                        .header(HttpHeaders.AUTHORIZATION, basic("auditor")))
                .hasStatus(202);

        assertThat(checksumsWhenCaughtUp()).isEqualTo(before);
    }

    @Test
    void an_event_committed_after_a_later_one_is_neither_skipped_nor_projected_twice() throws Exception {
        published();
        PoolId slow = PoolId.random();
        PoolId fast = PoolId.random();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<?> slowTransaction =
                other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                    events.pool(slow, earlyPreventiveEffort(slow, programme));
                    appended.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
        long fastPosition = events.pool(fast, earlyPreventiveEffort(fast, programme));

        // The later event is projected while the earlier one's transaction is still open: a gap in the index.
        assertThat(get("viewer", "/pools/" + fast.value(), fastPosition)).hasStatusOk();
        assertThat(get("viewer", "/pools/" + slow.value())).hasStatus(404);
        release.countDown();
        slowTransaction.get(10, TimeUnit.SECONDS);
        other.shutdown();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("viewer", "/pools/" + slow.value())).hasStatusOk();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM pool_decision WHERE pool_id = ?", Long.class, slow.value()))
                    .as("the decisions' projection has the late event too")
                    .isPositive();
        });
        Map<String, String> caughtUp = checksumsWhenCaughtUp();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM pool_overview WHERE pool_id IN (?, ?)",
                        Long.class,
                        slow.value(),
                        fast.value()))
                .isEqualTo(2);
        assertThat(mvc.post().uri("/admin/projections/replay").header(HttpHeaders.AUTHORIZATION, basic("auditor")))
                .hasStatus(202);
        assertThat(checksumsWhenCaughtUp())
                .as("a rebuild gives the same read models")
                .isEqualTo(caughtUp);
    }

    /** Delivery is at least once: every projection handles the pool's and programme's events again. */
    @Test
    void events_delivered_twice_leave_every_read_model_unchanged() throws Exception {
        decidedPool();
        Map<String, String> before = checksumsWhenCaughtUp();

        List<? extends DomainEventMessage<?>> history = Stream.concat(
                        eventStore.readEvents(programme.value()).asStream(),
                        eventStore.readEvents(pool.value()).asStream())
                .toList();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            EventHandlerInvoker projection = ((AbstractEventProcessor) processor).eventHandlerInvoker();
            for (DomainEventMessage<?> event : history) {
                if (projection.canHandle(event, Segment.ROOT_SEGMENT)) {
                    projection.handle(event, Segment.ROOT_SEGMENT);
                }
            }
        }

        assertThat(checksums.checksums()).isEqualTo(before);
    }

    @Test
    void every_read_model_is_built_by_a_pooled_processor_of_its_own_in_one_segment() {
        assertThat(EVERY_PROJECTION).allSatisfy(group -> {
            assertThat(processing.eventProcessor(group, PooledStreamingEventProcessor.class))
                    .as(group)
                    .isPresent();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM TokenEntry WHERE processorName = ?", Long.class, group))
                    .as(group)
                    .isEqualTo(1);
        });
    }

    @Test
    void an_unknown_id_is_answered_with_a_not_found_problem() {
        long position = decidedPool();
        String unknown = PoolId.random().value();

        for (String uri : List.of(
                "/programmes/" + unknown,
                "/pools/" + unknown,
                "/pools/" + unknown + "/applications",
                "/pools/" + unknown + "/decisions")) {
            assertThat(get("auditor", uri, position))
                    .as(uri)
                    .hasStatus(404)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/not-found");
        }
        assertThat(mvc.post()
                        .uri("/admin/projections/no-such-projection/replay")
                        .header(HttpHeaders.AUTHORIZATION, basic("auditor")))
                .hasStatus(404);
    }

    @Test
    void a_parameter_of_the_wrong_form_is_answered_with_a_bad_request_problem() {
        published();
        String applications = "/pools/" + pool + "/applications";

        for (String uri : List.of(
                applications + "?size=201",
                applications + "?size=0",
                applications + "?page=-1",
                applications + "?status=GRANTED",
                "/pools/" + pool + "/decisions?size=500",
                "/pools/no_such_pool",
                "/pools?consistencyToken=soon")) {
            assertThat(get("auditor", uri))
                    .as(uri)
                    .hasStatus(400)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/bad-request");
        }
        assertThat(mvc.get()
                        .uri("/pools")
                        .header(HttpHeaders.AUTHORIZATION, basic("auditor"))
                        .header("Pulje-Consistency-Token", "soon"))
                .hasStatus(400);
    }

    @Test
    void a_number_parameter_out_of_range_is_refused_before_it_is_expanded_with_a_short_problem() {
        published();
        String applications = "/pools/" + pool + "/applications";

        String history = "/audit/pools/" + pool + "/history";
        String applicationHistory = "/audit/pools/" + pool + "/applications/" + aarhus + "/history";
        String grantHistory = "/audit/grants/" + aarhus + "/history";

        for (String number : HOSTILE_NUMBERS) {
            for (String uri : List.of(
                    history + "?after=" + number,
                    applicationHistory + "?after=" + number,
                    grantHistory + "?after=" + number)) {
                assertShortRefusal(get("auditor", uri), uri, "/problems/number-out-of-range");
            }
        }
        for (String number : Stream.concat(HOSTILE_NUMBERS.stream(), Stream.of("99999999999"))
                .toList()) {
            for (String uri : List.of(
                    applications + "?page=" + number,
                    applications + "?size=" + number,
                    "/pools/" + pool + "/decisions?page=" + number,
                    "/deadlines/upcoming?days=" + number,
                    history + "?limit=" + number,
                    applicationHistory + "?limit=" + number,
                    grantHistory + "?limit=" + number,
                    "/admin/notifications?limit=" + number,
                    "/audit/personal-data-access?limit=" + number)) {
                assertShortRefusal(get("auditor", uri), uri, "/problems/number-out-of-range");
            }
        }
    }

    @Test
    void a_consistency_token_out_of_range_is_refused_at_once_with_a_short_problem() {
        published();

        for (String number : HOSTILE_NUMBERS) {
            long started = System.nanoTime();
            assertShortRefusal(
                    mvc.get()
                            .uri("/pools")
                            .header(HttpHeaders.AUTHORIZATION, basic("auditor"))
                            .header("Pulje-Consistency-Token", number)
                            .exchange(),
                    "header " + number,
                    "/problems/bad-request");
            assertShortRefusal(
                    get("auditor", "/pools?consistencyToken=" + number),
                    "parameter " + number,
                    "/problems/bad-request");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(number).isLessThan(MAX_WAIT);
        }
    }

    private static void assertShortRefusal(MvcTestResult answer, String what, String type) {
        assertThat(answer)
                .as(what)
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo(type);
        assertThat(answer.getResponse().getContentAsByteArray()).as(what).hasSizeLessThan(1_000);
    }

    @Test
    void applicants_read_programmes_and_pools_but_not_decisions_or_the_admin_endpoints() {
        long position = decidedPool();

        assertThat(get("aarhus", "/programmes/" + programme, position)).hasStatusOk();
        assertThat(get("aarhus", "/pools", position)).hasStatusOk();
        assertThat(get("aarhus", "/pools/" + pool, position)).hasStatusOk();
        for (String uri : List.of(
                "/pools/" + pool + "/decisions",
                "/grants/overdue-reports",
                "/deadlines/upcoming",
                "/admin/read-models/checksums")) {
            assertThat(get("aarhus", uri, position))
                    .as(uri)
                    .hasStatus(403)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/forbidden");
        }
    }

    @Test
    void applicants_see_neither_draft_pools_nor_proposed_amendments_nor_count_drafts_and_staff_see_both() {
        published();
        PoolId draft = PoolId.random();
        events.programme(programme, allocated(programme, draft));
        events.pool(draft, earlyPreventiveEffort(draft, programme));
        long proposed = events.pool(
                pool,
                new PoolAmendmentProposed(
                        pool,
                        1,
                        Money.millions("30"),
                        List.of(new DeadlineChange(1, Deadline.of("2017-03-31T12:00"))),
                        decision("manager", POOL_MANAGER, "2017-03-20T09:00:00Z", "More applicants than expected")));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        for (String applicant : List.of("aarhus", "solbakken")) {
            assertThat(get(applicant, "/pools", proposed))
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$[*].poolId")
                    .asArray()
                    .contains(pool.value())
                    .doesNotContain(draft.value());
            assertThat(get(applicant, "/pools", proposed)).bodyText().doesNotContain("More applicants than expected");
            assertThat(get(applicant, "/pools/" + pool, proposed))
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$.pendingAmendment")
                    .isNull();
            assertThat(get(applicant, "/pools/" + draft, proposed))
                    .hasStatus(404)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/not-found");
            assertThat(asOf(applicant, "/pools/" + pool, now))
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$.pendingAmendment")
                    .isNull();
            assertThat(asOf(applicant, "/pools/" + draft, now)).hasStatus(404);
            assertThat(get(applicant, "/pools/" + draft + "/applications", proposed))
                    .hasStatus(404);
            assertThat(get(applicant, "/programmes/" + programme, proposed))
                    .hasStatusOk()
                    .bodyJson()
                    .isLenientlyEqualTo("""
                            {"pools": 1, "allocated": "24900000.00", "unallocated": "171700000.00"}""");
            assertThat(get(applicant, "/programmes", proposed))
                    .bodyJson()
                    .extractingPath("$[?(@.programmeId == '%s')].pools".formatted(programme))
                    .asArray()
                    .containsExactly(1);
        }
        assertThat(mvc.get()
                        .uri("/public/pools")
                        .header("Pulje-Consistency-Token", String.valueOf(proposed))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain(draft.value(), "More applicants than expected");

        for (String staff : List.of("manager", "assessor", "auditor")) {
            assertThat(get(staff, "/pools", proposed))
                    .bodyJson()
                    .extractingPath("$[*].poolId")
                    .asArray()
                    .contains(pool.value(), draft.value());
            assertThat(get(staff, "/pools/" + draft, proposed)).hasStatusOk();
            assertThat(get(staff, "/pools/" + pool, proposed))
                    .bodyJson()
                    .extractingPath("$.pendingAmendment.reason")
                    .isEqualTo("More applicants than expected");
            assertThat(asOf(staff, "/pools/" + pool, now))
                    .bodyJson()
                    .extractingPath("$.pendingAmendment.amendment")
                    .isEqualTo(1);
            assertThat(asOf(staff, "/pools/" + draft, now)).hasStatusOk();
        }
        for (String sees : List.of("manager", "auditor", "viewer")) {
            assertThat(get(sees, "/programmes/" + programme, proposed))
                    .bodyJson()
                    .isLenientlyEqualTo("""
                    {"pools": 2, "allocated": "49800000.00", "unallocated": "146800000.00"}""");
            assertThat(get(sees, "/programmes", proposed))
                    .bodyJson()
                    .extractingPath("$[?(@.programmeId == '%s')].pools".formatted(programme))
                    .asArray()
                    .containsExactly(2);
        }
    }

    @Test
    void dashboard_viewers_read_only_aggregates_from_the_api() {
        long position = decidedPool();
        long proposed = events.pool(
                pool,
                new PoolAmendmentProposed(
                        pool,
                        1,
                        Money.millions("30"),
                        List.of(),
                        decision("manager", POOL_MANAGER, "2019-05-20T09:00:00Z", "More applicants than expected")));

        for (String uri : List.of(
                "/pools/" + pool + "/applications",
                "/pools/" + pool + "/applications/" + aarhus,
                "/pools/" + pool + "/decisions",
                "/pools/" + pool + "/grants.csv",
                "/grants",
                "/grants?pool=" + pool,
                "/grants/" + aarhus,
                "/grants/overdue-reports",
                "/deadlines/upcoming")) {
            assertThat(get("viewer", uri, position))
                    .as(uri)
                    .hasStatus(403)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/forbidden");
        }
        for (String uri : List.of("/pools", "/pools/" + pool, "/programmes", "/programmes/" + programme)) {
            assertThat(get("viewer", uri, proposed))
                    .as(uri)
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain(
                            "Aarhus",
                            "Odense",
                            "approver",
                            "assessor",
                            "Scores 4/5",
                            "More applicants than expected",
                            "pendingAmendment\":{");
        }
        assertThat(get("viewer", "/pools/" + pool, proposed)).bodyJson().isLenientlyEqualTo("""
                {"awarded": "1800000.00", "paid": "600000.00", "applicationsByStatus": {"AWARDED": 1, "WITHDRAWN": 1},
                 "pendingAmendment": null}""");
    }

    @Test
    void only_signed_in_users_read_and_only_auditors_rebuild_read_models() {
        assertThat(mvc.get().uri("/pools"))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/unauthenticated");
        assertThat(mvc.get().uri("/pools").header(HttpHeaders.AUTHORIZATION, "Basic " + encode("viewer:wrong")))
                .hasStatus(401);
        assertThat(mvc.post().uri("/admin/projections/replay").header(HttpHeaders.AUTHORIZATION, basic("manager")))
                .hasStatus(403);
        assertThat(get("viewer", "/admin/read-models/checksums")).hasStatus(403);
        assertThat(get("viewer", "/pools/" + pool + "/decisions")).hasStatus(403);
    }

    @Test
    void the_api_is_documented_publicly_with_the_consistency_token() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyJson()
                .hasPath("$.paths['/pools/{poolId}/applications'].get")
                .hasPath("$.paths['/programmes'].get")
                .extractingPath("$.paths['/pools/{poolId}'].get.parameters[*].name")
                .asArray()
                .contains("poolId", "Pulje-Consistency-Token", "consistencyToken");
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    @Test
    void a_pool_and_an_application_as_of_an_instant_are_the_views_that_were_live_then() throws Exception {
        published();
        long amended = submittedAndAmended();
        String poolThen =
                get("auditor", "/pools/" + pool, amended).getResponse().getContentAsString();
        String aarhusThen = get("auditor", "/pools/" + pool + "/applications/" + aarhus, amended)
                .getResponse()
                .getContentAsString();
        OffsetDateTime then = OffsetDateTime.now(ZoneOffset.ofHours(1));
        await().until(() -> Instant.now().isAfter(then.toInstant()));
        withdrawnAndScreened();
        long awarded = scoredAndAwarded();
        assertThat(get("auditor", "/pools/" + pool, awarded))
                .bodyJson()
                .extractingPath("$.awarded")
                .isEqualTo("1800000.00");

        assertThat(asOf("/pools/" + pool, then)).hasStatusOk().bodyJson().isStrictlyEqualTo(poolThen);
        assertThat(asOf("/pools/" + pool + "/applications/" + aarhus, then))
                .hasStatusOk()
                .bodyJson()
                .isStrictlyEqualTo(aarhusThen);
        assertThat(asOf("/pools/" + pool, then.minusYears(1))).hasStatus(404);
    }

    @Test
    void an_auditor_reads_every_event_of_a_pool_with_who_role_when_why_and_exports_it() throws Exception {
        decidedPool();
        String history = "/audit/pools/" + pool + "/history";

        MvcTestResult all = get("auditor", history);
        assertThat(all)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].event")
                .asArray()
                .containsExactly(
                        "PoolDrafted",
                        "PoolPublished",
                        "ApplicationSubmitted",
                        "ApplicationSubmitted",
                        "ApplicationAmended",
                        "ApplicationWithdrawn",
                        "ApplicationScreened",
                        "ApplicationScored",
                        "GrantAwarded");
        Map<String, Object> award = Map.of(
                "sequence",
                8,
                "event",
                "GrantAwarded",
                "revision",
                "1",
                "applicationId",
                aarhus.value(),
                "decidedBy",
                "approver",
                "role",
                "APPROVER",
                "reason",
                "Scores 4/5",
                "amount",
                "1800000.00",
                "rulesVersion",
                1);
        award.forEach((field, value) ->
                assertThat(all).bodyJson().extractingPath("$.items[8]." + field).isEqualTo(value));
        assertThat(all).bodyJson().extractingPath("$.items[8].scores").asArray().containsExactly(4);
        assertThat(all).bodyJson().extractingPath("$.next").isNull();
        MvcTestResult page = get("auditor", history + "?after=3&limit=4");
        assertThat(page)
                .bodyJson()
                .extractingPath("$.items[*].sequence")
                .asArray()
                .containsExactly(4, 5, 6, 7);
        assertThat(page).bodyJson().extractingPath("$.next").isEqualTo(history + "?after=7&limit=4");
        assertThat(page).headers().hasValue("Link", "<" + history + "?after=7&limit=4>; rel=\"next\"");
        assertThat(get("auditor", "/audit/pools/" + pool + "/applications/" + aarhus + "/history"))
                .bodyJson()
                .extractingPath("$.items[*].event")
                .asArray()
                .containsExactly(
                        "ApplicationSubmitted",
                        "ApplicationAmended",
                        "ApplicationScreened",
                        "ApplicationScored",
                        "GrantAwarded");

        String csv = get("auditor", history + ".csv").getResponse().getContentAsString();
        assertThat(csv).startsWith("sequence,event,revision");
        assertThat(csv.split("\r\n")).hasSize(10);
        assertThat(csv).contains(",Two more staff,", ",approver,APPROVER,Scores 4/5,1800000.00,4,1,");
        String lines = get("auditor", history + ".jsonl").getResponse().getContentAsString();
        assertThat(lines.lines()).hasSize(9).allMatch(line -> line.startsWith("{\"sequence\":"));

        assertThat(get("viewer", history)).hasStatus(403);
        assertThat(get("aarhus", history)).hasStatus(403);
        assertThat(get("auditor", "/audit/pools/no-such-pool/history")).hasStatus(404);
    }

    @Test
    void the_progress_of_every_projection_is_shown_against_the_head_of_the_event_store() {
        long last = decidedPool();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MvcTestResult progress = get("auditor", "/admin/projections/progress");
            assertThat(progress)
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$[*].group")
                    .asArray()
                    .contains(PROGRAMME_OVERVIEW, POOL_OVERVIEW, POOL_APPLICATIONS, POOL_DECISIONS);
            assertThat(progress)
                    .bodyJson()
                    .extractingPath("$[?(@.group == 'pool-overview')].head")
                    .asArray()
                    .containsExactly((int) last);
            assertThat(progress)
                    .bodyJson()
                    .extractingPath("$[?(@.group == 'pool-overview')].behind")
                    .asArray()
                    .containsExactly(0);
        });
        assertThat(meters.get("pulje.projection.behind")
                        .tag("group", POOL_OVERVIEW)
                        .gauge()
                        .value())
                .isZero();
        assertThat(get("viewer", "/admin/projections/progress")).hasStatus(403);
    }

    @Test
    void an_event_a_projection_fails_on_is_parked_and_processed_again_once_the_cause_is_fixed() {
        published();
        ApplicationSubmitted valid = submitted(pool, aarhus, "751", "2000000", "2017-03-01T09:00:00Z");
        // An activity code longer than the read model's column: the pool-applications projection fails on it.
        ApplicationSubmitted poison = new ApplicationSubmitted(
                pool,
                aarhus,
                1,
                valid.applicant(),
                valid.projectTitle(),
                valid.amountRequested(),
                valid.budget(),
                "c".repeat(60),
                valid.contact(),
                valid.submittedBy(),
                valid.submittedAt());
        events.pool(pool, poison);
        PoolId healthy = PoolId.random();
        long other = events.pool(healthy, earlyPreventiveEffort(healthy, programme));

        assertThat(get("viewer", "/pools/" + healthy, other)).hasStatusOk();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(get("auditor", "/admin/dead-letters"))
                        .hasStatusOk()
                        .bodyJson()
                        .extractingPath("$.pool-applications[*].sequence")
                        .asArray()
                        .containsExactly(pool.value()));
        assertThat(meters.get("pulje.dead-letters")
                        .tag("group", POOL_APPLICATIONS)
                        .gauge()
                        .value())
                .isEqualTo(1);

        jdbc.execute("ALTER TABLE pool_application ALTER COLUMN activity_category SET DATA TYPE VARCHAR(100)");
        assertThat(mvc.post()
                        .uri("/admin/dead-letters/pool-applications/retry")
                        .header(HttpHeaders.AUTHORIZATION, basic("auditor"))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"group": "pool-applications", "sequencesProcessed": 1, "sequencesLeft": 0}""");
        assertThat(get("assessor", "/pools/" + pool + "/applications"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].activityCategory")
                .isEqualTo("c".repeat(60));
    }

    /**
     * Two pools of 24.9 mio. kr., one whose terms send money no longer awarded back to the pool, one back to the
     * state. Each awards Aarhus, Odense and Aalborg 2,000,000.00 kr.; Aarhus's grant lapses, Odense's closes with
     * 500,000.25 unpaid and Aalborg repays 100,000.50: 2,600,000.75 kr. is no longer awarded in each.
     */
    @Test
    void money_no_longer_awarded_shows_where_the_pools_terms_sent_it_and_never_as_still_awarded() throws Exception {
        PoolId toState = PoolId.random();
        events.programme(
                programme, satspulje2017(programme), allocated(programme, pool), allocated(programme, toState));
        PoolTerms terms = TestPools.earlyPreventiveEffort2017();
        PoolTerms stateTerms = new PoolTerms(
                terms.title(),
                terms.description(),
                terms.eligibleKinds(),
                terms.categories(),
                terms.limits(),
                terms.expectedGrantees(),
                terms.rounds(),
                terms.projectPeriod(),
                terms.meetings(),
                new GrantConditions(null, null, null, ReturnsTo.STATE),
                terms.earmarks(),
                terms.priority(),
                terms.translations());
        long position = 0;
        for (PoolId each : List.of(pool, toState)) {
            List<Object> story = new ArrayList<>(List.of(
                    new PoolDrafted(
                            each,
                            programme,
                            POOL_BUDGET,
                            each.equals(pool) ? terms : stateTerms,
                            decision("manager", POOL_MANAGER, "2017-02-01T09:00:00Z", "Satspulje 2017")),
                    new PoolPublished(each, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null))));
            Map<String, ApplicationId> applications = new LinkedHashMap<>();
            for (String municipality : List.of("751", "461", "851")) {
                ApplicationId id = ApplicationId.random();
                applications.put(municipality, id);
                story.add(submitted(each, id, municipality, "2000000", "2017-03-01T09:00:00Z"));
                story.add(new GrantAwarded(
                        each,
                        id,
                        Applicant.municipality(municipality),
                        Money.of("2000000"),
                        List.of(),
                        1,
                        decision("approver", APPROVER, "2017-04-03T09:00:00Z", "Scores 4/5")));
            }
            ReturnsTo returnsTo = each.equals(pool) ? ReturnsTo.POOL : ReturnsTo.STATE;
            story.add(new AwardReleased(
                    each,
                    applications.get("751"),
                    Money.of("2000000"),
                    decision("pulje", SYSTEM, "2017-04-18T09:00:00Z", "Not accepted"),
                    ReleaseCause.LAPSED,
                    returnsTo));
            story.add(new AwardReleased(
                    each,
                    applications.get("461"),
                    Money.of("500000.25"),
                    decision("pulje", SYSTEM, "2020-06-01T09:00:00Z", "Closed with 500000.25 kr. unpaid"),
                    ReleaseCause.CLOSED_UNPAID,
                    returnsTo));
            story.add(new AwardReleased(
                    each,
                    applications.get("851"),
                    Money.of("100000.50"),
                    decision("pulje", SYSTEM, "2019-04-20T09:00:00Z", "Repaid on claim k1"),
                    ReleaseCause.REPAID,
                    returnsTo));
            position = events.pool(each, story.toArray());
        }

        assertThat(get("viewer", "/pools/" + pool, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"budget": "24900000.00", "awarded": "3399999.25", "returnedToPool": "2600000.75",
                 "returnedToState": "0.00", "remaining": "21500000.75",
                 "terms": {"grantConditions": {"returnsTo": "POOL"}}}""");
        assertThat(get("viewer", "/pools/" + toState, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"budget": "24900000.00", "awarded": "3399999.25", "returnedToPool": "0.00",
                 "returnedToState": "2600000.75", "remaining": "18900000.00",
                 "terms": {"grantConditions": {"returnsTo": "STATE"}}}""");
        assertThat(asOf("/pools/" + toState, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1)))
                .hasStatusOk()
                .bodyJson()
                .as("the audit's fold of the whole stream agrees with the read model")
                .isLenientlyEqualTo("""
                        {"awarded": "3399999.25", "returnedToState": "2600000.75", "remaining": "18900000.00"}""");
        assertThat(get("viewer", "/programmes/" + programme, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"awarded": "6799998.50", "returnedToPools": "2600000.75", "returnedToState": "2600000.75"}""");
        assertThat(get("viewer", "/public/pools", position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.poolId == '%s')].unspentMoneyReturnsTo".formatted(toState))
                .asArray()
                .containsExactly("STATE");
    }

    /** The programme with 24.9 mio. for the pool, and the pool drafted and published. */
    private long published() {
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        return events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)));
    }

    /** Aarhus and Odense apply; Aarhus then asks for more, for another activity. */
    private long submittedAndAmended() {
        return events.pool(
                pool,
                submitted(pool, aarhus, "751", "2000000", "2017-03-01T09:00:00Z"),
                submitted(pool, odense, "461", "3000000", "2017-03-02T10:00:00Z"),
                new ApplicationAmended(
                        pool,
                        aarhus,
                        Money.of("2500000"),
                        TestPools.budget(2017, "2500000"),
                        "upskilling",
                        decision("employee-751", APPLICANT, "2017-03-05T09:00:00Z", "Two more staff"),
                        null));
    }

    private long withdrawnAndScreened() {
        return events.pool(
                pool,
                new ApplicationWithdrawn(
                        pool,
                        odense,
                        decision("employee-461", APPLICANT, "2017-03-10T09:00:00Z", "Joins a joint application")),
                new ApplicationScreened(
                        pool,
                        aarhus,
                        true,
                        decision("assessor", ASSESSOR, "2017-03-27T09:00:00Z", "Meets every criterion")));
    }

    private long scoredAndAwarded() {
        return events.pool(
                pool,
                new ApplicationScored(
                        pool,
                        aarhus,
                        4,
                        decision("assessor", ASSESSOR, "2017-03-28T09:00:00Z", "A strong partnership")),
                new GrantAwarded(
                        pool,
                        aarhus,
                        Applicant.municipality("751"),
                        Money.of("1800000"),
                        List.of(4),
                        1,
                        decision("approver", APPROVER, "2017-04-03T09:00:00Z", "Scores 4/5")));
    }

    /**
     * The whole story: published, two applications, one withdrawn, the other screened, scored and awarded; the
     * grant accepted, started, paid in part, a report overdue and a claim repaid.
     */
    /** Aarhus's application assigned, assessed on one criterion and agreed on. */
    private long assessed() {
        List<CriterionScore> scores = List.of(new CriterionScore("purpose", 4, "Reaches children early"));
        return events.pool(
                pool,
                new AssessorAssigned(
                        pool, aarhus, "assessor", decision("manager", Role.POOL_MANAGER, "2017-03-27T08:00:00Z", null)),
                new ApplicationAssessed(
                        pool,
                        aarhus,
                        scores,
                        new BigDecimal("4.00"),
                        1,
                        decision("assessor", Role.ASSESSOR, "2017-03-28T10:00:00Z", null)),
                new ConsensusRecorded(
                        pool,
                        aarhus,
                        scores,
                        new BigDecimal("4.00"),
                        List.of("assessor"),
                        1,
                        decision("manager", Role.POOL_MANAGER, "2017-03-30T10:00:00Z", "Agreed")));
    }

    /** An allocation proposed for Aarhus and rejected: nothing awarded. */
    private long proposedAndRejected() {
        return events.pool(
                pool,
                new AllocationProposed(
                        pool,
                        1,
                        List.of(new AllocatedAward(aarhus, Money.of("1800000"))),
                        Money.of("1800000"),
                        new AllocationRanking(
                                List.of(new RankedApplication(
                                        1,
                                        aarhus,
                                        Applicant.municipality("751"),
                                        new BigDecimal("4.00"),
                                        null,
                                        null,
                                        Money.of("2500000"),
                                        Money.of("1800000"))),
                                null,
                                List.of(),
                                List.of()),
                        1,
                        decision("manager", Role.POOL_MANAGER, "2017-03-31T09:00:00Z", "The ranking")),
                new AllocationRejected(
                        pool, 1, decision("approver", APPROVER, "2017-04-01T09:00:00Z", "Ask for a budget first")));
    }

    /** Aarhus's award has its letter, and a reconsideration of it was asked for and upheld. */
    private long lettered() {
        DecisionId decision = DecisionId.of(aarhus);
        return events.decision(
                decision,
                new DecisionLetterIssued(
                        decision,
                        pool,
                        aarhus,
                        Applicant.municipality("751"),
                        DecisionOutcome.GRANT,
                        Money.of("1800000"),
                        "award-event",
                        "6f1c1b9e-4c47-4a55-9f57-0c8b1e0a5c11",
                        "ab".repeat(32),
                        "da",
                        LocalDate.of(2017, 5, 1),
                        "Ankestyrelsen",
                        "approver",
                        decision("pulje", Role.SYSTEM, "2017-04-03T09:00:00Z", "The letter of the grant")),
                new ReconsiderationRequested(
                        decision,
                        "r1",
                        "municipality:751",
                        decision("aarhus", APPLICANT, "2017-04-10T09:00:00Z", "We asked for more")),
                new DecisionUpheld(
                        decision, "r1", decision("approver2", APPROVER, "2017-04-20T09:00:00Z", "The amount stands")));
    }

    /** An application and a report with a document attached to each. */
    private long attached() {
        Attachment document = new Attachment(
                "6f1c1b9e-4c47-4a55-9f57-0c8b1e0a5c11",
                "budget.pdf",
                "application/pdf",
                1234,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        events.pool(
                pool,
                new ApplicationSubmitted(
                        pool,
                        ApplicationId.random(),
                        1,
                        Applicant.municipality("630"),
                        "Early help in Vejle",
                        Money.of("500000"),
                        TestPools.budget(2018, "500000"),
                        "new-methods",
                        new ContactPerson("Ane Berg", "ane@vejle.dk", null),
                        new Actor("vejle", APPLICANT, "municipality:630"),
                        Instant.parse("2017-03-02T09:00:00Z"),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        List.of(document)));
        return events.grant(
                GrantId.of(aarhus),
                new ReportSubmitted(
                        GrantId.of(aarhus),
                        "status-2018",
                        "Two of four staff hired",
                        null,
                        decision("aarhus", APPLICANT, "2019-03-05T09:00:00Z", null),
                        List.of(document)));
    }

    private long decidedPool() {
        published();
        submittedAndAmended();
        withdrawnAndScreened();
        scoredAndAwarded();
        return followedUp();
    }

    private long followedUp() {
        GrantId grant = GrantId.of(aarhus);
        return events.grant(
                grant,
                new GrantOpened(
                        grant,
                        pool,
                        programme,
                        aarhus,
                        Applicant.municipality("751"),
                        Money.of("1800000"),
                        BudgetByYear.of(Map.of(2018, Money.of("600000"), 2019, Money.of("1200000"))),
                        Instant.parse("2017-04-17T09:00:00Z"),
                        Instant.parse("2017-10-03T09:00:00Z"),
                        List.of(
                                new ReportDue("status-2018", ReportKind.STATUS, LocalDate.of(2019, 3, 1)),
                                new ReportDue("final", ReportKind.FINAL, LocalDate.of(2020, 3, 31))),
                        List.of(14, 3),
                        decision("approver", APPROVER, "2017-04-03T09:00:00Z", "Scores 4/5")),
                new GrantAccepted(
                        grant,
                        BudgetLines.single("project", Money.of("1800000")),
                        decision("aarhus", APPLICANT, "2017-04-05T09:00:00Z", null)),
                new ProjectStarted(
                        grant, LocalDate.of(2017, 6, 1), decision("aarhus", APPLICANT, "2017-06-01T09:00:00Z", null)),
                new DisbursementRecorded(
                        grant,
                        "first",
                        2018,
                        Money.of("600000"),
                        decision("finance", FINANCE_OFFICER, "2018-01-15T09:00:00Z", null)),
                new ReportOverdue(
                        grant,
                        "status-2018",
                        LocalDate.of(2019, 3, 1),
                        decision("pulje", SYSTEM, "2019-03-01T23:00:00Z", "Not submitted by 2019-03-01")),
                new RepaymentClaimed(
                        grant,
                        "unspent",
                        Money.of("25000.50"),
                        decision("finance", FINANCE_OFFICER, "2019-04-01T09:00:00Z", "Unspent in 2018")),
                new RepaymentReceived(
                        grant,
                        "unspent",
                        Money.of("25000.50"),
                        decision("finance", FINANCE_OFFICER, "2019-04-20T09:00:00Z", null)));
    }

    @Test
    void the_assessment_view_shows_joint_partners_and_who_has_priority_from_the_earlier_pools_grants() {
        long decided = decidedPool();
        PoolId later = PoolId.random();
        PoolTerms withPriority = withPriorityOver(pool);
        ApplicationId jointly = ApplicationId.random();
        ApplicationId aalborg = ApplicationId.random();
        Instant at = Instant.parse("2017-03-01T09:00:00Z");
        long position = events.pool(
                later,
                new PoolDrafted(
                        later,
                        programme,
                        Money.of("1000000"),
                        withPriority,
                        decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                new PoolPublished(later, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                new ApplicationSubmitted(
                        later,
                        jointly,
                        1,
                        Applicant.municipality("751"),
                        "Together",
                        Money.of("500000"),
                        TestPools.budget(2018, "500000"),
                        "new-methods",
                        new ContactPerson("Kim Jensen", "kim@aarhus.dk", null),
                        new Actor("aarhus", APPLICANT, "municipality:751"),
                        at,
                        null,
                        null,
                        List.of(Applicant.municipality("461")),
                        null,
                        null,
                        null),
                new ApplicationSubmitted(
                        later,
                        aalborg,
                        1,
                        Applicant.municipality("851"),
                        "Alone",
                        Money.of("500000"),
                        TestPools.budget(2018, "500000"),
                        "new-methods",
                        new ContactPerson("Bo Lund", "bo@aalborg.dk", null),
                        new Actor("aalborg", APPLICANT, "municipality:851"),
                        at.plusSeconds(60)));

        assertThat(get("assessor", "/pools/" + later + "/applications", Math.max(position, decided)))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"items": [
                          {"applicationId": "%s", "applicantName": "Aarhus Kommune", "partners": ["Odense Kommune"],
                           "priority": {"priority": false,
                                        "reason": "Aarhus Kommune has a grant from pool %s"}},
                          {"applicationId": "%s", "applicantName": "Aalborg Kommune", "partners": [],
                           "priority": {"priority": true}}]}""".formatted(jointly, pool, aalborg));

        // Odense, a partner of the joint application, reads it as its lead does; not Aalborg's.
        assertThat(get("odense", "/pools/" + later + "/applications", position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].applicationId")
                .asArray()
                .containsExactly(jointly.value());
        assertThat(get("odense", "/pools/" + later + "/applications/" + jointly, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"applicantKey": "municipality:751", "partnerKeys": ["municipality:461"]}""");
        assertThat(get("odense", "/pools/" + later + "/applications/" + aalborg, position))
                .hasStatus(403);
    }

    /** The seed pool's terms, giving priority to those without a grant from {@code earlier}. */
    private static PoolTerms withPriorityOver(PoolId earlier) {
        PoolTerms t = TestPools.earlyPreventiveEffort2017();
        return new PoolTerms(
                t.title(),
                t.description(),
                t.eligibleKinds(),
                t.categories(),
                t.limits(),
                t.expectedGrantees(),
                t.rounds(),
                t.projectPeriod(),
                t.meetings(),
                null,
                null,
                new PriorityRule(earlier, "Municipalities without a grant from the earlier pool go first"),
                null);
    }

    @Test
    void the_application_as_of_an_instant_shows_the_priority_rules_verdict_as_it_stood_then() throws Exception {
        PoolId later = PoolId.random();
        ApplicationId applied = ApplicationId.random();
        long submitted = events.pool(
                later,
                new PoolDrafted(
                        later,
                        programme,
                        Money.of("1000000"),
                        withPriorityOver(pool),
                        decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                new PoolPublished(later, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                new ApplicationSubmitted(
                        later,
                        applied,
                        1,
                        Applicant.municipality("751"),
                        "Early help",
                        Money.of("500000"),
                        TestPools.budget(2018, "500000"),
                        "new-methods",
                        new ContactPerson("Kim Jensen", "kim@aarhus.dk", null),
                        new Actor("aarhus", APPLICANT, "municipality:751"),
                        Instant.parse("2017-03-01T09:00:00Z")));
        OffsetDateTime beforeTheEarlierGrant = OffsetDateTime.now(ZoneOffset.UTC);
        await().until(() -> Instant.now().isAfter(beforeTheEarlierGrant.toInstant()));
        long decided = decidedPool();
        String path = "/pools/" + later + "/applications/" + applied;

        String now =
                get("auditor", path, Math.max(submitted, decided)).getResponse().getContentAsString();
        assertThat(get("auditor", path, Math.max(submitted, decided)))
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"priority": {"priority": false, "reason": "Aarhus Kommune has a grant from pool %s"}}""".formatted(pool));
        assertThat(asOf(path, OffsetDateTime.now(ZoneOffset.UTC)))
                .as("as of now: the current view, the verdict included")
                .hasStatusOk()
                .bodyJson()
                .isStrictlyEqualTo(now);
        assertThat(asOf(path, beforeTheEarlierGrant))
                .as("before the earlier pool awarded Aarhus its grant")
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"priority": {"priority": true, "reason": "Aarhus Kommune has no grant from pool %s"}}""".formatted(pool));
    }

    @Test
    void each_partner_shows_whether_it_confirmed_and_a_partner_that_declined_no_longer_reads_the_application() {
        PoolId joint = PoolId.random();
        ApplicationId jointly = ApplicationId.random();
        Instant at = Instant.parse("2017-03-01T09:00:00Z");
        long position = events.pool(
                joint,
                new PoolDrafted(
                        joint,
                        programme,
                        Money.of("1000000"),
                        TestPools.earlyPreventiveEffort2017(),
                        decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                new PoolPublished(joint, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                new ApplicationSubmitted(
                        joint,
                        jointly,
                        1,
                        Applicant.municipality("751"),
                        "Together",
                        Money.of("500000"),
                        TestPools.budget(2018, "500000"),
                        "new-methods",
                        new ContactPerson("Kim Jensen", "kim@aarhus.dk", null),
                        new Actor("aarhus", APPLICANT, "municipality:751"),
                        at,
                        null,
                        null,
                        List.of(
                                Applicant.municipality("461"),
                                Applicant.municipality("851"),
                                Applicant.municipality("561")),
                        null,
                        null,
                        null),
                new PartnershipConfirmed(
                        joint,
                        jointly,
                        Applicant.municipality("851"),
                        decision("aalborg", APPLICANT, "2017-03-02T09:00:00Z", "Agreed by the city council")),
                new PartnershipDeclined(
                        joint,
                        jointly,
                        Applicant.municipality("561"),
                        decision("esbjerg", APPLICANT, "2017-03-02T10:00:00Z", "Not this time")));
        String application = "/pools/" + joint + "/applications/" + jointly;
        String partners = """
                {"partners": ["Odense Kommune", "Aalborg Kommune"],
                 "partnerKeys": ["municipality:461", "municipality:851"],
                 "partnerships": [
                   {"key": "municipality:461", "name": "Odense Kommune", "status": "AWAITING_CONFIRMATION"},
                   {"key": "municipality:851", "name": "Aalborg Kommune", "status": "CONFIRMED"},
                   {"key": "municipality:561", "name": "Esbjerg Kommune", "status": "DECLINED"}]}""";

        assertThat(get("assessor", application, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo(partners);
        assertThat(asOf(application, OffsetDateTime.now(ZoneOffset.UTC)))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo(partners);
        assertThat(get("odense", application, position)).hasStatusOk();
        assertThat(get("aalborg", application, position)).hasStatusOk();
        assertThat(get("esbjerg", application, position)).hasStatus(403);
        assertThat(get("esbjerg", "/pools/" + joint + "/applications", position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items")
                .asArray()
                .isEmpty();
        assertThat(get("odense", "/pools/" + joint + "/applications", position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].applicationId")
                .asArray()
                .containsExactly(jointly.value());
        assertThat(get("auditor", "/pools/" + joint + "/decisions", position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].outcome")
                .asArray()
                .contains("partnership confirmed", "partnership declined");
    }

    @Test
    void a_partner_the_lead_removed_shows_as_removed_and_no_longer_reads_the_application() {
        PoolId joint = PoolId.random();
        ApplicationId jointly = ApplicationId.random();
        Instant at = Instant.parse("2017-03-01T09:00:00Z");
        long position = events.pool(
                joint,
                new PoolDrafted(
                        joint,
                        programme,
                        Money.of("1000000"),
                        TestPools.earlyPreventiveEffort2017(),
                        decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                new PoolPublished(joint, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                new ApplicationSubmitted(
                        joint,
                        jointly,
                        1,
                        Applicant.municipality("751"),
                        "Together",
                        Money.of("500000"),
                        TestPools.budget(2018, "500000"),
                        "new-methods",
                        new ContactPerson("Kim Jensen", "kim@aarhus.dk", null),
                        new Actor("aarhus", APPLICANT, "municipality:751"),
                        at,
                        null,
                        null,
                        List.of(Applicant.municipality("461"), Applicant.municipality("851")),
                        null,
                        null,
                        null),
                new PartnershipConfirmed(
                        joint,
                        jointly,
                        Applicant.municipality("851"),
                        decision("aalborg", APPLICANT, "2017-03-02T09:00:00Z", "Agreed by the city council")),
                new PartnerRemoved(
                        joint,
                        jointly,
                        Applicant.municipality("461"),
                        decision("aarhus", APPLICANT, "2017-03-25T09:00:00Z", "No answer to three reminders")));
        String application = "/pools/" + joint + "/applications/" + jointly;
        String partners = """
                {"partners": ["Aalborg Kommune"],
                 "partnerKeys": ["municipality:851"],
                 "partnerships": [
                   {"key": "municipality:461", "name": "Odense Kommune", "status": "REMOVED"},
                   {"key": "municipality:851", "name": "Aalborg Kommune", "status": "CONFIRMED"}]}""";

        assertThat(get("approver", application, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo(partners);
        assertThat(get("manager", "/pools/" + joint + "/applications", position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("{\"items\": [" + partners + "]}");
        assertThat(asOf(application, OffsetDateTime.now(ZoneOffset.UTC)))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo(partners);
        assertThat(get("aalborg", application, position)).hasStatusOk();
        assertThat(get("odense", application, position)).hasStatus(403);
        assertThat(get("odense", "/pools/" + joint + "/applications", position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items")
                .asArray()
                .isEmpty();
        String removal = "$.items[?(@.outcome == 'partner removed: municipality:461')]";
        MvcTestResult decisions = get("auditor", "/pools/" + joint + "/decisions", position);
        assertThat(decisions)
                .bodyJson()
                .extractingPath(removal + ".decidedBy")
                .asArray()
                .containsExactly("aarhus");
        assertThat(decisions)
                .bodyJson()
                .extractingPath(removal + ".reason")
                .asArray()
                .containsExactly("No answer to three reminders");
    }

    @Test
    void an_application_shows_its_budget_lines_as_amended_and_as_they_stood_before() {
        published();
        events.pool(
                pool,
                new ApplicationSubmitted(
                        pool,
                        aarhus,
                        1,
                        Applicant.municipality("751"),
                        "PPR partnership",
                        Money.of("2000000"),
                        TestPools.budget(2018, "2000000"),
                        "new-methods",
                        new ContactPerson("Kim Jensen", "kim@aarhus.dk", null),
                        new Actor("aarhus", APPLICANT, "municipality:751"),
                        Instant.parse("2017-03-01T09:00:00Z"),
                        null,
                        BudgetLines.of(Map.of("partnership", Money.of("300000"), "staff", Money.of("1700000"))),
                        null,
                        null,
                        null,
                        null));
        OffsetDateTime submitted = OffsetDateTime.now(ZoneOffset.UTC);
        await().until(() -> Instant.now().isAfter(submitted.toInstant()));
        long amended = events.pool(
                pool,
                new ApplicationAmended(
                        pool,
                        aarhus,
                        Money.of("1500000"),
                        TestPools.budget(2018, "1500000"),
                        "new-methods",
                        decision("aarhus", APPLICANT, "2017-03-05T09:00:00Z", "Fewer staff"),
                        BudgetLines.of(Map.of("partnership", Money.of("300000"), "staff", Money.of("1200000")))));

        assertThat(get("assessor", "/pools/" + pool + "/applications/" + aarhus, amended))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"amountRequested": "1500000.00",
                         "budgetLines": {"partnership": "300000.00", "staff": "1200000.00"}}""");
        assertThat(asOf("/pools/" + pool + "/applications/" + aarhus, submitted))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"amountRequested": "2000000.00",
                         "budgetLines": {"partnership": "300000.00", "staff": "1700000.00"}}""");
    }

    @Test
    void an_applicant_reads_its_own_organisations_applications_and_grants_and_no_one_elses() {
        long position = decidedPool();
        String applications = "/pools/" + pool + "/applications";

        assertThat(get("aarhus", applications, position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].applicationId")
                .asArray()
                .containsExactly(aarhus.value());
        assertThat(get("odense", applications + "?status=WITHDRAWN", position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].applicationId")
                .asArray()
                .containsExactly(odense.value());
        assertThat(get("aalborg", applications, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"items": [], "total": 0}""");
        assertThat(get("aarhus", applications + "/" + aarhus, position)).hasStatusOk();
        assertThat(get("aarhus", applications + "/" + odense, position))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/not-your-application");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertThat(mvc.get()
                        .uri(applications + "/" + odense)
                        .param("asOf", now.toString())
                        .header(HttpHeaders.AUTHORIZATION, basic("aarhus"))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri(applications + "/" + odense)
                        .param("asOf", now.toString())
                        .header(HttpHeaders.AUTHORIZATION, basic("odense"))
                        .exchange())
                .hasStatusOk();

        assertThat(get("aarhus", "/grants?pool=" + pool, position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].grantId")
                .asArray()
                .containsExactly(aarhus.value());
        assertThat(get("odense", "/grants", position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].grantId")
                .asArray()
                .doesNotContain(aarhus.value());
        assertThat(get("odense", "/pools/" + pool + "/grants.csv", position))
                .hasStatusOk()
                .bodyText()
                .isEqualTo("grantId,applicant,status,awarded,paid,repaid,owed,paymentId,year,amount,paidAt\r\n");
        assertThat(get("aarhus", "/pools/" + pool + "/grants.csv", position))
                .hasStatusOk()
                .bodyText()
                .contains(aarhus.value() + ",Aarhus Kommune,STARTED");
    }

    @Test
    void a_grant_shows_what_is_paid_held_and_owed_and_its_pool_and_programme_add_it_up() {
        long position = decidedPool();
        String grant = aarhus.value();

        assertThat(get("finance", "/grants/" + grant, position))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"grant": {"grantId": "%s", "poolId": "%s", "status": "STARTED", "awarded": "1800000.00",
                           "paid": "600000.00", "unpaid": "1200000.00", "owed": "0.00", "repaid": "25000.50",
                           "held": true},
                 "reports": [{"reportId": "status-2018", "state": "DUE", "overdue": true},
                             {"reportId": "final", "state": "DUE", "overdue": false}],
                 "payments": [{"paymentId": "first", "year": 2018, "amount": "600000.00", "paidBy": "finance"}]}""".formatted(grant, pool));
        assertThat(get("finance", "/grants/overdue-reports", position))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.grantId == '%s')].reportId".formatted(grant))
                .asArray()
                .containsExactly("status-2018");
        assertThat(get("viewer", "/pools/" + pool, position)).bodyJson().isLenientlyEqualTo("""
                {"awarded": "1800000.00", "paid": "600000.00", "repaid": "25000.50"}""");
        assertThat(get("viewer", "/programmes/" + programme, position))
                .bodyJson()
                .isLenientlyEqualTo("""
                {"paid": "600000.00", "repaid": "25000.50"}""");
        assertThat(get("finance", "/pools/" + pool + "/grants.csv?locale=da", position))
                .hasStatusOk()
                .hasContentType("text/csv;charset=UTF-8")
                .bodyText()
                .isEqualTo("\uFEFFgrantId;applicant;status;awarded;paid;repaid;owed;paymentId;year;amount;paidAt\r\n"
                        + grant + ";Aarhus Kommune;STARTED;1.800.000,00;600.000,00;25.000,50;0,00;first;2018;"
                        + "600.000,00;2018-01-15T09:00:00Z\r\n");
        assertThat(get("aarhus", "/grants/" + grant, position)).hasStatusOk();
        assertThat(get("odense", "/grants/" + grant, position))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/not-your-grant");
        assertThat(get("finance", "/grants/no-such-grant", position)).hasStatus(404);
        assertThat(get("auditor", "/audit/pools/" + pool + "/history")).hasStatusOk();
        String kim = jdbc.queryForObject(
                "SELECT subject FROM personal_data_key WHERE email_hash = ?",
                String.class,
                PersonalDataKeys.emailHash("kim.jensen@kommune.dk"));
        assertThat(get("auditor", "/audit/personal-data-access?limit=1&subject=" + kim))
                .hasStatusOk()
                .bodyJson()
                .as("reading the submission's contact person is logged")
                .isLenientlyEqualTo("""
                        [{"readBy": "auditor", "role": "AUDITOR", "poolId": "%s", "applicationId": null,
                          "subject": "%s", "via": "/audit/pools/%s/history"}]""".formatted(pool, kim, pool));
        assertThat(get("auditor", "/audit/pools/" + pool + "/applications/" + grant + "/history"))
                .hasStatusOk();
        assertThat(get("auditor", "/audit/personal-data-access?applicationId=" + grant))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"readBy": "auditor", "poolId": "%s", "applicationId": "%s", "subject": "%s",
                          "via": "/audit/pools/%s/applications/%s/history"}]""".formatted(pool, grant, kim, pool, grant));
        assertThat(get("auditor", "/audit/grants/" + grant + "/history"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].event")
                .asArray()
                .containsExactly(
                        "GrantOpened",
                        "GrantAccepted",
                        "ProjectStarted",
                        "DisbursementRecorded",
                        "ReportOverdue",
                        "RepaymentClaimed",
                        "RepaymentReceived");

        long reported = events.grant(
                GrantId.of(aarhus),
                new ReportSubmitted(
                        GrantId.of(aarhus),
                        "status-2018",
                        "Two of four staff hired; the partnership has met twice",
                        BudgetLines.of(Map.of("partnership", Money.of("150000"), "staff", Money.of("420000.50"))),
                        decision("aarhus", APPLICANT, "2019-03-05T09:00:00Z", null)));
        assertThat(get("finance", "/grants/" + grant, reported))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"reports": [{"reportId": "status-2018", "state": "SUBMITTED",
                              "spentByLine": {"partnership": "150000.00", "staff": "420000.50"}},
                             {"reportId": "final", "state": "DUE", "spentByLine": null}]}""");

        long reallocated = events.grant(
                GrantId.of(aarhus),
                new BudgetChangeApproved(
                        GrantId.of(aarhus),
                        "staff",
                        new BudgetChange(BudgetChangeKind.REALLOCATION, "project", "staff", Money.of("500000")),
                        decision("manager", POOL_MANAGER, "2019-03-10T09:00:00Z", "Four staff, as planned")),
                new BudgetChangeNoted(
                        GrantId.of(aarhus),
                        "partnership",
                        new BudgetChange(BudgetChangeKind.REALLOCATION, "project", "partnership", Money.of("100000")),
                        decision("aarhus", APPLICANT, "2019-03-11T09:00:00Z", "Partnership meetings")));
        assertThat(get("finance", "/grants/" + grant, reallocated))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"budgetLines": [
                  {"line": "partnership", "budgeted": "100000.00", "spent": "150000.00", "left": "0.00",
                   "overspent": "50000.00"},
                  {"line": "project", "budgeted": "1200000.00", "spent": "0.00", "left": "1200000.00",
                   "overspent": "0.00"},
                  {"line": "staff", "budgeted": "500000.00", "spent": "420000.50", "left": "79999.50",
                   "overspent": "0.00"}]}""");

        long closed = events.grant(
                GrantId.of(aarhus),
                new GrantClosed(
                        GrantId.of(aarhus),
                        Money.of("600000"),
                        Money.of("25000.50"),
                        decision("manager", POOL_MANAGER, "2020-06-01T09:00:00Z", "All done"),
                        pool,
                        aarhus,
                        Money.of("1200000")));
        assertThat(get("finance", "/grants/" + grant, closed))
                .hasStatusOk()
                .bodyJson()
                .as("nothing left to pay")
                .isLenientlyEqualTo("""
                        {"grant": {"status": "CLOSED", "awarded": "1800000.00", "paid": "600000.00",
                                   "unpaid": "0.00", "released": "1200000.00", "repaid": "25000.50"}}""");
    }

    @Test
    void the_history_export_writes_formula_like_texts_as_text_a_spreadsheet_does_not_run() throws Exception {
        published();
        events.pool(
                pool,
                submitted(pool, aarhus, "751", "2000000", "2017-03-01T09:00:00Z"),
                submitted(pool, odense, "461", "3000000", "2017-03-02T10:00:00Z"),
                new ApplicationAmended(
                        pool,
                        aarhus,
                        Money.of("2500000"),
                        TestPools.budget(2017, "2500000"),
                        "upskilling",
                        decision("+cmd", APPLICANT, "2017-03-05T09:00:00Z", "=HYPERLINK(\"http://evil\",\"x\")"),
                        null),
                new ApplicationScreened(
                        pool, aarhus, true, decision("@SUM(1)", ASSESSOR, "2017-03-27T09:00:00Z", "-2+3")),
                new ApplicationWithdrawn(
                        pool,
                        odense,
                        decision("\temployee-461", APPLICANT, "2017-03-28T09:00:00Z", "Joins a joint application")),
                new ApplicationScored(
                        pool,
                        aarhus,
                        4,
                        decision("\rassessor", ASSESSOR, "2017-03-29T09:00:00Z", "A strong partnership")));
        String history = "/audit/pools/" + pool + "/history.csv";

        MvcTestResult export = get("auditor", history);
        assertThat(export).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        String text = export.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .as("no byte order mark in the English export")
                .startsWith("sequence,event,revision,")
                .contains(",\"'+cmd\",", ",\"'@SUM(1)\",ASSESSOR,\"'-2+3\",");
        List<CSVRecord> rows = csv(text, ',');
        assertThat(rows).hasSize(8);
        assertThat(rows.get(4).toMap())
                .containsEntry("decidedBy", "'+cmd")
                .containsEntry("reason", "'=HYPERLINK(\"http://evil\",\"x\")")
                .containsEntry("amount", "2500000.00");
        assertThat(rows.get(5).toMap()).containsEntry("decidedBy", "'@SUM(1)").containsEntry("reason", "'-2+3");
        assertThat(rows.get(6).get("decidedBy")).isEqualTo("'\temployee-461");
        assertThat(rows.get(7).get("decidedBy")).isEqualTo("'\rassessor");
        assertThat(rows)
                .flatMap(CSVRecord::toList)
                .as("no cell starts a formula")
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);

        String aarhusHistory = "/audit/pools/" + pool + "/applications/" + aarhus + "/history.csv";
        assertThat(csv(get("auditor", aarhusHistory).getResponse().getContentAsString(StandardCharsets.UTF_8), ','))
                .extracting(row -> row.get("reason"))
                .containsExactly("", "'=HYPERLINK(\"http://evil\",\"x\")", "'-2+3", "A strong partnership");
    }

    @Test
    void the_grants_export_writes_formula_like_names_as_text_and_the_danish_one_starts_with_a_byte_order_mark()
            throws Exception {
        published();
        Map<ApplicationId, String> names = Map.of(
                ApplicationId.random(),
                "+cmd",
                ApplicationId.random(),
                "@SUM(1)",
                ApplicationId.random(),
                "-2+3",
                ApplicationId.random(),
                "=HYPERLINK(\"http://evil\",\"x\")");
        long position = 0;
        for (Map.Entry<ApplicationId, String> grant : names.entrySet()) {
            position = opened(
                    grant.getKey(),
                    new Applicant(ApplicantKind.ASSOCIATION, grant.getValue(), Cvr.of("29189986"), null),
                    "250000");
        }
        position = opened(aarhus, Applicant.municipality("492"), "1234.56");
        String grants = "/pools/" + pool + "/grants.csv";

        byte[] english = get("finance", grants, position).getResponse().getContentAsByteArray();
        assertThat(new String(english, StandardCharsets.UTF_8))
                .as("no byte order mark in the English export")
                .startsWith("grantId,applicant,status,")
                .contains(",\"'+cmd\",");
        List<CSVRecord> rows = csv(new String(english, StandardCharsets.UTF_8), ',');
        names.forEach((grant, name) -> assertThat(rows)
                .filteredOn(row -> row.get("grantId").equals(grant.value()))
                .singleElement()
                .satisfies(row -> assertThat(row.toMap())
                        .containsEntry("applicant", "'" + name)
                        .containsEntry("awarded", "250000.00")));
        assertThat(rows)
                .flatMap(CSVRecord::toList)
                .as("no cell starts a formula")
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);

        MvcTestResult danish = get("finance", grants + "?locale=da", position);
        assertThat(danish).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        byte[] bytes = danish.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> danishRows = csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), ';');
        assertThat(danishRows)
                .filteredOn(row -> row.get("grantId").equals(aarhus.value()))
                .singleElement()
                .satisfies(row -> assertThat(row.toMap())
                        .containsEntry("applicant", "Ærø Kommune")
                        .containsEntry("awarded", "1.234,56"));
        assertThat(danishRows)
                .filteredOn(row -> row.get("applicant").equals("'-2+3"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("awarded")).isEqualTo("250.000,00"));
    }

    /** A grant of the pool, awarded and not yet accepted. */
    private long opened(ApplicationId application, Applicant applicant, String amount) {
        GrantId grant = GrantId.of(application);
        return events.grant(
                grant,
                new GrantOpened(
                        grant,
                        pool,
                        programme,
                        application,
                        applicant,
                        Money.of(amount),
                        BudgetByYear.of(Map.of(2018, Money.of(amount))),
                        Instant.parse("2017-04-17T09:00:00Z"),
                        Instant.parse("2017-10-03T09:00:00Z"),
                        List.of(),
                        List.of(14, 3),
                        decision("approver", APPROVER, "2017-04-03T09:00:00Z", "Scores 4/5")));
    }

    /** Parses an export back with the header row naming the columns. */
    private static List<CSVRecord> csv(String text, char separator) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return parser.getRecords();
        }
    }

    private Map<String, String> checksumsWhenCaughtUp() {
        long last = events.lastPosition();
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(EVERY_PROJECTION, last));
        return checksums.checksums();
    }

    private MvcTestResult get(String user, String uri, long consistencyToken) {
        return mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .header("Pulje-Consistency-Token", String.valueOf(consistencyToken))
                .exchange();
    }

    /** The offset's "+" is sent as a parameter value, as a client that encodes it as %2B sends it. */
    private MvcTestResult asOf(String uri, OffsetDateTime instant) {
        return asOf("auditor", uri, instant);
    }

    private MvcTestResult asOf(String user, String uri, OffsetDateTime instant) {
        return mvc.get()
                .uri(uri)
                .param("asOf", instant.toString())
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .exchange();
    }

    private MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, basic(user)).exchange();
    }

    /** Every demo user's password is "demo". */
    private static String basic(String user) {
        return "Basic " + encode(user + ":demo");
    }

    private static String encode(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
