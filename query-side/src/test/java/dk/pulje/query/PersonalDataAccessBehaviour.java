package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.shared.common.Role.AUDITOR;
import static dk.pulje.shared.common.Role.POOL_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionProgress;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.MeetingPlanned;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.meeting.RegisteredForMeeting;
import dk.pulje.shared.personal.PersonalData;
import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.spring.security.Allowed;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who read whose personal data: every answer that carries a person (a contact person, a meeting's attendee, an
 * e-mail's recipient) writes a row per person to the access log before it shows them, decided by the type of what
 * it writes; a pool's paths answer only for a pool. Run once per storage profile by the subclasses.
 */
@SpringBootTest(properties = {"pulje.consistency.max-wait=30s", "pulje.personal-data.key-cache=0s"})
@AutoConfigureMockMvc
@Import(PersonalDataAccessBehaviour.ANewAnswer.class)
abstract class PersonalDataAccessBehaviour {

    private static final ContactPerson KIM = new ContactPerson("Kim Jensen", "kim.jensen@aarhus.dk", "+45 11 11 11 11");
    private static final ContactPerson IDA = new ContactPerson("Ida Holm", "ida.holm@odense.dk", "+45 22 22 22 22");
    private static final ContactPerson BO = new ContactPerson("Bo Lind", "bo.lind@vejle.dk", "+45 33 33 33 33");

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProjectionProgress progress;

    private EventLog events;
    private final ProgrammeId programme = ProgrammeId.random();
    private final PoolId pool = PoolId.random();
    private final ApplicationId aarhus = ApplicationId.random();
    private final ApplicationId odense = ApplicationId.random();
    private final MeetingId meeting = MeetingId.random();
    private long position;

    /**
     * The endpoints whose answers show people: each is read below and must log them. An endpoint typed to answer a
     * {@link PersonalData} value and missing here fails {@link #every_answer_typed_to_show_a_person_is_read_here}.
     */
    private static final Set<String> SHOWING_PEOPLE = Set.of(
            "/audit/pools/{poolId}/history",
            "/audit/pools/{poolId}/history.jsonl",
            "/audit/pools/{poolId}/applications/{applicationId}/history",
            "/audit/pools/{poolId}/applications/{applicationId}/history.jsonl",
            "/meetings/{meetingId}/registrations",
            "/admin/notifications");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    /** One row of the access log. */
    record Read(String readBy, String role, String subject, String via) {}

    /** A read of an endpoint that shows these people (their subjects). */
    record Shown(String endpoint, String uri, Set<String> people) {}

    /**
     * A pool with two applications (Kim and Ida their contact persons), and an information meeting about it that Bo
     * registered for.
     */
    @BeforeEach
    void poolWithApplicationsAndMeeting() {
        events = new EventLog(eventStore, jdbc);
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                submitted(pool, aarhus, "751", "2000000", "2017-03-01T09:00:00Z", KIM),
                submitted(pool, odense, "461", "3000000", "2017-03-02T10:00:00Z", IDA));
        position = events.meeting(
                meeting,
                new MeetingPlanned(
                        meeting,
                        List.of(pool),
                        new MeetingTime(
                                LocalDate.parse("2017-02-20"), LocalTime.of(10, 0), LocalTime.of(12, 0), "Odense"),
                        true,
                        50,
                        decision("manager", POOL_MANAGER, "2017-02-06T09:00:00Z", null)),
                new RegisteredForMeeting(
                        meeting, "r1", "municipality:630", BO, false, "vejle", Instant.parse("2017-02-07T09:00:00Z")));
    }

    @Test
    void a_pools_paths_answer_404_for_an_id_that_is_not_a_pools_and_show_nobody() {
        List<String> poolPaths = List.of(
                "/audit/pools/%s/history",
                "/audit/pools/%s/history.csv",
                "/audit/pools/%s/history.jsonl",
                "/audit/pools/%s/applications/r1/history",
                "/audit/pools/%s/applications/r1/history.csv",
                "/audit/pools/%s/applications/r1/history.jsonl",
                "/audit/pools/%s/package",
                "/pools/%s?asOf=2030-01-01T00:00:00Z",
                "/pools/%s/applications/r1?asOf=2030-01-01T00:00:00Z");
        for (String notAPool :
                List.of(meeting.value(), programme.value(), UUID.randomUUID().toString())) {
            for (String path : poolPaths) {
                String uri = path.formatted(notAPool);
                List<Read> logged = logged(() -> assertThat(get("auditor", uri))
                        .as(uri)
                        .hasStatus(404)
                        .bodyJson()
                        .extractingPath("$.type")
                        .isEqualTo("/problems/not-found"));
                assertThat(logged).as(uri).isEmpty();
            }
        }
        assertThat(get("auditor", "/audit/pools/" + pool + "/history")).hasStatusOk();
    }

    @Test
    void every_answer_that_shows_people_logs_each_person_read_with_who_when_and_how() {
        String kim = subjectOf(KIM);
        String ida = subjectOf(IDA);
        String bo = subjectOf(BO);
        String eva = UUID.randomUUID().toString();
        outboxHolds("Eva Berg", "eva.berg@aalborg.dk", eva);
        String history = "/audit/pools/" + pool + "/history";
        String aarhusHistory = "/audit/pools/" + pool + "/applications/" + aarhus + "/history";
        List<Shown> reads = List.of(
                new Shown("/audit/pools/{poolId}/history", history, Set.of(kim, ida)),
                new Shown("/audit/pools/{poolId}/history", history + "?after=2&limit=1", Set.of(ida)),
                new Shown("/audit/pools/{poolId}/history.jsonl", history + ".jsonl", Set.of(kim, ida)),
                new Shown("/audit/pools/{poolId}/applications/{applicationId}/history", aarhusHistory, Set.of(kim)),
                new Shown(
                        "/audit/pools/{poolId}/applications/{applicationId}/history.jsonl",
                        aarhusHistory + ".jsonl",
                        Set.of(kim)),
                new Shown("/meetings/{meetingId}/registrations", "/meetings/" + meeting + "/registrations", Set.of(bo)),
                new Shown("/admin/notifications", "/admin/notifications", Set.of(eva)));
        assertThat(reads.stream().map(Shown::endpoint).collect(Collectors.toSet()))
                .isEqualTo(SHOWING_PEOPLE);

        for (Shown read : reads) {
            List<Read> logged = logged(() -> assertThat(get("auditor", read.uri(), position))
                    .as(read.uri())
                    .hasStatusOk());
            String path = read.uri().replaceFirst("\\?.*", "");
            assertThat(logged)
                    .as(read.uri())
                    .containsExactlyInAnyOrderElementsOf(read.people().stream()
                            .map(subject -> new Read("auditor", "AUDITOR", subject, path))
                            .toList());
        }
        assertThat(logged(() -> assertThat(get("manager", "/meetings/" + meeting + "/registrations", position))
                        .hasStatusOk()))
                .containsExactly(new Read("manager", "POOL_MANAGER", bo, "/meetings/" + meeting + "/registrations"));
        assertThat(get("auditor", "/audit/personal-data-access?limit=3&subject=" + ida))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].via")
                .asArray()
                .containsExactlyInAnyOrder(history + ".jsonl", history, history);
        assertThat(get("auditor", "/audit/personal-data-access?subject=" + "x".repeat(65)))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/bad-request");
    }

    @Test
    void every_answer_typed_to_show_a_person_is_read_here() {
        Set<String> typed = new TreeSet<>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            if (mayShowAPerson(handler.getReturnType().getGenericParameterType(), new HashSet<>())) {
                typed.addAll(mapping.getPatternValues());
            }
        });
        assertThat(typed).contains("/meetings/{meetingId}/registrations", "/admin/notifications");
        assertThat(SHOWING_PEOPLE).containsAll(typed);
    }

    /** Whether a value of this type can hold a person: through type arguments, arrays and record components. */
    private static boolean mayShowAPerson(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof ParameterizedType generic) {
            return mayShowAPerson(generic.getRawType(), seen)
                    || Arrays.stream(generic.getActualTypeArguments())
                            .anyMatch(argument -> mayShowAPerson(argument, seen));
        }
        if (type instanceof WildcardType wildcard) {
            return Arrays.stream(wildcard.getUpperBounds()).anyMatch(bound -> mayShowAPerson(bound, seen));
        }
        if (type instanceof GenericArrayType array) {
            return mayShowAPerson(array.getGenericComponentType(), seen);
        }
        if (type instanceof Class<?> raw) {
            return PersonalData.class.isAssignableFrom(raw)
                    || raw.isArray() && mayShowAPerson(raw.getComponentType(), seen)
                    || raw.isRecord()
                            && Arrays.stream(raw.getRecordComponents())
                                    .anyMatch(component -> mayShowAPerson(component.getGenericType(), seen));
        }
        return false;
    }

    @Test
    void an_answer_that_shows_nobody_or_only_sealed_or_erased_people_logs_nothing() {
        for (String uri : List.of(
                "/audit/pools/" + pool + "/history.csv",
                "/pools/" + pool,
                "/pools/" + pool + "/applications",
                "/public/meetings/" + meeting,
                "/audit/pools/" + pool + "/history?limit=2")) {
            assertThat(logged(() ->
                            assertThat(get("auditor", uri, position)).as(uri).hasStatusOk()))
                    .as(uri)
                    .isEmpty();
        }
        assertThat(logged(() -> await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(get("auditor", "/audit/pools/" + pool + "/package"))
                                .hasStatusOk()
                                .bodyText()
                                .doesNotContain(KIM.name(), KIM.email(), IDA.name(), IDA.email()))))
                .as("the package carries people sealed")
                .isEmpty();

        events.erasure(IDA.email(), decision("manager", POOL_MANAGER, "2017-03-05T09:00:00Z", "Asked to be forgotten"));
        assertThat(logged(() -> assertThat(get("auditor", "/audit/pools/" + pool + "/history"))
                        .hasStatusOk()
                        .bodyText()
                        .contains("(slettet)", KIM.name())
                        .doesNotContain(IDA.name(), IDA.email())))
                .extracting(Read::subject)
                .containsExactly(subjectOf(KIM));
    }

    @Test
    void an_answer_added_without_a_thought_for_the_log_logs_the_people_it_shows() {
        assertThat(logged(() -> assertThat(get("auditor", "/audit/a-new-answer"))
                        .hasStatusOk()
                        .bodyText()
                        .contains("Ane Ravn")))
                .containsExactly(new Read("auditor", "AUDITOR", "subject-of-ane", "/audit/a-new-answer"));
    }

    /**
     * An endpoint written after the access log, by someone who never heard of it (but who said who may call it, as
     * every endpoint must).
     */
    @RestController
    static class ANewAnswer {

        @Allowed(AUDITOR)
        @GetMapping("/audit/a-new-answer")
        Map<String, Object> answer() {
            return Map.of("who", List.of(new ContactPerson("Ane Ravn", "ane@ravn.dk", null, "subject-of-ane")));
        }
    }

    private List<Read> logged(Runnable read) {
        Long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM personal_data_access", Long.class);
        read.run();
        return jdbc.query(
                "SELECT read_by, role, subject, via FROM personal_data_access WHERE id > ? ORDER BY id",
                (row, index) -> new Read(
                        row.getString("read_by"),
                        row.getString("role"),
                        row.getString("subject"),
                        row.getString("via")),
                before);
    }

    private String subjectOf(ContactPerson person) {
        return jdbc.queryForObject(
                "SELECT subject FROM personal_data_key WHERE email_hash = ?",
                String.class,
                PersonalDataKeys.emailHash(person.email()));
    }

    /** The outbox holds this one e-mail only, once the receipts of the submissions above are in it. */
    private void outboxHolds(String name, String email, String subject) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> progress.hasProcessed(List.of(ProcessingGroups.NOTIFICATIONS), position));
        jdbc.update("DELETE FROM notification_outbox");
        jdbc.update(
                "INSERT INTO notification_outbox (dedup_key, recipient_name, recipient_email, recipient_subject, "
                        + "subject, body, created_at, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, "
                        + "CURRENT_TIMESTAMP, 'PENDING', 0, CURRENT_TIMESTAMP)",
                UUID.randomUUID().toString(),
                name,
                email,
                subject,
                "Ny pulje",
                "Hej " + name);
    }

    private MvcTestResult get(String user, String uri, long consistencyToken) {
        return mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .header("Pulje-Consistency-Token", String.valueOf(consistencyToken))
                .exchange();
    }

    private MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, basic(user)).exchange();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
