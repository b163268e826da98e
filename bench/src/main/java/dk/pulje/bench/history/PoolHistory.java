package dk.pulje.bench.history;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Municipalities;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.ActivityCategory;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.ExpectedGrantees;
import dk.pulje.shared.pool.GrantLimits;
import dk.pulje.shared.pool.InformationMeeting;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.ProjectPeriod;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.programme.PoolBudgetAllocated;
import dk.pulje.shared.programme.ProgrammeEstablished;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * Realistic event histories, made of the published language's own records: a programme, its pools, and the
 * applications of each pool from submission through screening and scoring to an award (one in five) or a
 * rejection, each event with the metadata the command side gives it.
 */
public final class PoolHistory {

    public static final String POOL_TYPE = "Pool";
    public static final String PROGRAMME_TYPE = "Programme";
    /** Events per application: submitted, screened, scored, then awarded or rejected. */
    public static final int EVENTS_PER_APPLICATION = 4;

    private static final List<String> MUNICIPALITIES =
            List.copyOf(Municipalities.all().keySet());
    private static final Actor MANAGER = new Actor("manager", Role.POOL_MANAGER);
    private static final Actor ASSESSOR = new Actor("assessor", Role.ASSESSOR);
    private static final Actor APPROVER = new Actor("approver", Role.APPROVER);
    private static final Instant START = Instant.parse("2017-02-06T09:00:00Z");

    private PoolHistory() {}

    public static List<String> municipalities() {
        return MUNICIPALITIES;
    }

    public static DomainEventMessage<?> programmeEstablished(ProgrammeId programme) {
        return event(
                PROGRAMME_TYPE,
                programme.toString(),
                0,
                new ProgrammeEstablished(
                        programme,
                        "Satspuljeaftalen 2017, børn og unge",
                        Money.of("100000000000.00"),
                        Decision.by(MANAGER, START, "Satspuljeaftalen 2017: application pools for children and youth")),
                MANAGER);
    }

    public static DomainEventMessage<?> budgetAllocated(ProgrammeId programme, long sequence, PoolId pool) {
        return event(
                PROGRAMME_TYPE,
                programme.toString(),
                sequence,
                new PoolBudgetAllocated(
                        programme, pool, Money.of("24900000.00"), Decision.by(MANAGER, START, "Budget of the pool")),
                MANAGER);
    }

    /** The pool's own stream: drafted, published, then {@code applications} applications' events in turn. */
    public static List<DomainEventMessage<?>> pool(ProgrammeId programme, PoolId pool, int applications) {
        List<DomainEventMessage<?>> events = new ArrayList<>(2 + applications * EVENTS_PER_APPLICATION);
        String id = pool.toString();
        events.add(event(
                POOL_TYPE,
                id,
                0,
                new PoolDrafted(
                        pool,
                        programme,
                        Money.of("24900000.00"),
                        terms(),
                        Decision.by(MANAGER, START, "Pool announced 6 February 2017")),
                MANAGER));
        events.add(event(
                POOL_TYPE,
                id,
                1,
                new PoolPublished(pool, 1, Decision.by(MANAGER, START, "Published with the ministry's announcement")),
                MANAGER));
        long sequence = 2;
        for (int n = 0; n < applications; n++) {
            for (Object payload : application(pool, n)) {
                events.add(poolEvent(pool, sequence++, payload));
            }
        }
        return events;
    }

    /** An event of the pool's stream, with the metadata the command of its actor gives it. */
    public static DomainEventMessage<?> poolEvent(PoolId pool, long sequence, Object payload) {
        return event(POOL_TYPE, pool.toString(), sequence, payload, actorOf(payload));
    }

    /** The four events of application {@code n} of a pool, the applicant a municipality taken in turn. */
    public static List<Object> application(PoolId pool, int n) {
        ApplicationId id = ApplicationId.of("app-" + n);
        String municipality = MUNICIPALITIES.get(n % MUNICIPALITIES.size());
        Applicant applicant = Applicant.municipality(municipality);
        Actor submitter = new Actor("m" + municipality, Role.APPLICANT, applicant.key());
        Instant at = START.plus(n, ChronoUnit.SECONDS);
        Money requested = Money.of("1500000.00");
        TreeMap<Integer, Money> years = new TreeMap<>();
        years.put(2018, Money.of("500000.00"));
        years.put(2019, Money.of("1000000.00"));
        ApplicationSubmitted submitted = new ApplicationSubmitted(
                pool,
                id,
                1,
                applicant,
                "Early help across day care, school and PPR in " + applicant.name()
                        + ": a cross-disciplinary team of psychologists and teachers",
                requested,
                new BudgetByYear(years),
                "cross-disciplinary",
                new ContactPerson("Kim Jensen", "kim.jensen@example.dk", "+45 8940 2000"),
                submitter,
                at);
        Instant later = at.plus(30, ChronoUnit.DAYS);
        ApplicationScreened screened = new ApplicationScreened(
                pool,
                id,
                true,
                Decision.by(ASSESSOR, later, "A municipality; the project fits cross-disciplinary cooperation"));
        ApplicationScored scored = new ApplicationScored(
                pool, id, 1 + n % 5, Decision.by(ASSESSOR, later, "Clear goals and a credible plan for staff"));
        Object decided = n % 5 == 0
                ? new GrantAwarded(
                        pool,
                        id,
                        applicant,
                        Money.of("1200000.00"),
                        List.of(1 + n % 5),
                        1,
                        Decision.by(APPROVER, later, "Strong plan; part award to reach more municipalities"))
                : new ApplicationRejected(
                        pool,
                        id,
                        List.of(1 + n % 5),
                        1,
                        Decision.by(APPROVER, later, "Other applications scored higher"));
        return List.of(submitted, screened, scored, decided);
    }

    public static PoolTerms terms() {
        return new PoolTerms(
                "Initiatives for an early, preventive and more effective effort",
                "Published 6 February 2017; deadline 24 March 2017 at 12:00.",
                Set.of(ApplicantKind.MUNICIPALITY),
                List.of(
                        new ActivityCategory("new-methods", "New efforts and methods for early prevention"),
                        new ActivityCategory("cross-disciplinary", "Cross-disciplinary cooperation"),
                        new ActivityCategory("follow-up-tools", "Evidence-based follow-up tools"),
                        new ActivityCategory("upskilling", "Upskilling of staff"),
                        new ActivityCategory("spreading", "Spreading well-functioning initiatives"),
                        new ActivityCategory("staff-resources", "Staff resources to start new measures")),
                new GrantLimits(Money.of("100000"), Money.of("5000000")),
                new ExpectedGrantees(5, 15),
                List.of(new Round(1, LocalDateTime.parse("2017-02-06T00:00"), Deadline.of("2017-03-24T12:00"))),
                new ProjectPeriod(LocalDate.parse("2017-06-01"), LocalDate.parse("2019-12-31")),
                List.<InformationMeeting>of(),
                null,
                null,
                null,
                null);
    }

    private static Actor actorOf(Object payload) {
        if (payload instanceof ApplicationSubmitted submitted) {
            return submitted.submittedBy();
        }
        return payload instanceof GrantAwarded || payload instanceof ApplicationRejected ? APPROVER : ASSESSOR;
    }

    private static DomainEventMessage<?> event(
            String type, String aggregateId, long sequence, Object payload, Actor actor) {
        String correlation = UUID.randomUUID().toString();
        MetaData metaData = MetaData.with("userId", actor.userId())
                .and("role", actor.role().name())
                .and("correlationId", correlation)
                .and("traceId", correlation);
        if (actor.organisation() != null) {
            metaData = metaData.and("organisation", actor.organisation());
        }
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metaData);
    }
}
