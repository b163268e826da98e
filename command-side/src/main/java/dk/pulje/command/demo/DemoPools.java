package dk.pulje.command.demo;

import dk.pulje.command.infra.MetaDataKeys;
import dk.pulje.command.pool.PoolPlan;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.ScreenApplication;
import dk.pulje.shared.application.SubmitApplication;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.grant.AcceptGrant;
import dk.pulje.shared.grant.GrantAccepted;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.ProjectStarted;
import dk.pulje.shared.grant.StartProject;
import dk.pulje.shared.meeting.AddMeetingMaterial;
import dk.pulje.shared.meeting.MeetingMaterialAdded;
import dk.pulje.shared.pool.AnnouncePool;
import dk.pulje.shared.pool.ClosePool;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.PlannedDate;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.pool.PublishPool;
import dk.pulje.shared.programme.EstablishProgramme;
import dk.pulje.shared.programme.FundInitiativeDirectly;
import dk.pulje.shared.programme.InitiativeFundedDirectly;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the seed pools as demo data at start-up: each programme, pool, initiative and meeting is made once, by
 * Pulje itself, with its dates moved so a newcomer can apply and decide at once; the earlier pool a priority rule
 * names gets its grantees, and a pool the seeds tell as decided is closed. Runs again harmlessly.
 */
@Component
@ConditionalOnProperty(name = "pulje.demo.load-seed-pools", havingValue = "true")
class DemoPools implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPools.class);
    private static final Actor ASSESSOR = new Actor("pulje-demo-assessor", Role.ASSESSOR);
    private static final Actor APPROVER = new Actor("pulje-demo-approver", Role.APPROVER);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final JsonMapper json;
    private final Clock clock;

    DemoPools(CommandGateway commands, EventStore eventStore, JsonMapper json, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Actor pulje = Actor.system();
        LocalDate today = LocalDate.now(clock);
        int loaded = 0;
        SeedPools seeds = SeedPools.read(json);
        Map<String, Long> shifts = new HashMap<>();
        Map<String, PoolPlan> moved = new HashMap<>();
        for (SeedPools.ProgrammePlan programme : seeds.programmes()) {
            if (version(programme.id().toString()).isEmpty()) {
                send(
                        new EstablishProgramme(
                                programme.id(),
                                programme.name(),
                                programme.envelope(),
                                pulje,
                                programme.reason(),
                                programme.years(),
                                programme.tracks()),
                        pulje);
            }
            for (PoolPlan seed : programme.pools()) {
                // The demo decides at once: its pools award at any time unless their seed says otherwise.
                PoolPlan pool = SeedPools.openToday(seed, today).awardsAtAnyTimeUnlessSaid();
                String poolId = pool.id().toString();
                long days = ChronoUnit.DAYS.between(
                        seed.rounds().get(0).opens(), pool.rounds().get(0).opens());
                shifts.put(poolId, days);
                moved.put(poolId, pool);
                if (version(poolId).isEmpty()) {
                    send(
                            new DraftPool(
                                    pool.id(),
                                    programme.id(),
                                    pool.budget(),
                                    pool.terms(),
                                    pulje,
                                    pool.reason(),
                                    pool.secondSignature(),
                                    pool.track(),
                                    pool.financeYears()),
                            pulje);
                    loaded++;
                }
                PoolPlanning announced = seeds.announcements().get(poolId);
                if (announced != null && version(poolId).orElse(-1L) == 0L) {
                    send(
                            new AnnouncePool(
                                    pool.id(),
                                    movedBy(announced, days),
                                    pulje,
                                    "Announced with planned dates, " + "as the seed documents were"),
                            pulje);
                }
                if (version(poolId).orElse(-1L) == (announced == null ? 0L : 1L)) {
                    send(new PublishPool(pool.id(), pulje, "Demo pool from the seed documents"), pulje);
                }
            }
            Set<String> funded = funded(programme);
            for (SeedPools.InitiativePlan initiative : programme.initiatives()) {
                if (!funded.contains(initiative.id())) {
                    send(
                            new FundInitiativeDirectly(
                                    programme.id(),
                                    initiative.id(),
                                    initiative.name(),
                                    initiative.track(),
                                    initiative.amount(),
                                    initiative.years(),
                                    pulje,
                                    initiative.reason()),
                            pulje);
                }
            }
        }
        seeds.earlierGrantees().forEach((pool, grants) -> award(moved.get(pool), grants));
        seeds.closedPools()
                .forEach((pool, reason) -> close(
                        moved.get(pool), seeds.earlierGrantees().getOrDefault(pool, List.of()), reason, today, pulje));
        for (SeedPools.MeetingPlan meeting : seeds.meetings()) {
            String meetingId = meeting.id().toString();
            if (version(meetingId).isEmpty()) {
                send(meeting.plan(shifts.getOrDefault(meeting.pools().get(0).toString(), 0L), today, pulje), pulje);
            }
            long added = eventStore
                    .readEvents(meetingId)
                    .asStream()
                    .map(EventMessage::getPayload)
                    .filter(MeetingMaterialAdded.class::isInstance)
                    .count();
            for (int i = (int) added; i < meeting.material().size(); i++) {
                SeedPools.Material material = meeting.material().get(i);
                send(
                        new AddMeetingMaterial(
                                meeting.id(), material.title(), material.link(), pulje, material.translations()),
                        pulje);
            }
        }
        log.info("Demo pools ready ({} new)", loaded);
    }

    /** The announcement's planned dates moved as its pool's rounds were, its words telling the original ones. */
    static PoolPlanning movedBy(PoolPlanning planning, long days) {
        if (days == 0) {
            return planning;
        }
        return new PoolPlanning(
                movedBy(planning.publication(), days),
                movedBy(planning.deadline(), days),
                movedBy(planning.decision(), days));
    }

    private static PlannedDate movedBy(PlannedDate date, long days) {
        return date == null
                ? null
                : new PlannedDate(
                        date.earliest().plusDays(days),
                        date.latest().plusDays(days),
                        date.wording() + " (in the original; moved " + days / 7 + " weeks in this demo)");
    }

    /** Submits, screens and awards the earlier pool's grants, each step once. */
    private void award(PoolPlan pool, List<SeedPools.EarlierGrant> grants) {
        Set<String> done = eventStore
                .readEvents(pool.id().toString())
                .asStream()
                .map(EventMessage::getPayload)
                .map(payload -> payload instanceof ApplicationSubmitted s
                        ? "submitted:" + s.applicationId()
                        : payload instanceof ApplicationScreened s
                                ? "screened:" + s.applicationId()
                                : payload instanceof GrantAwarded a ? "awarded:" + a.applicationId() : "")
                .collect(Collectors.toSet());
        int year = pool.projectPeriod().start().getYear();
        for (SeedPools.EarlierGrant grant : grants) {
            ApplicationId id = ApplicationId.of(pool.id() + "-" + grant.municipality());
            Applicant applicant = Applicant.municipality(grant.municipality());
            Actor clerk = clerk(grant);
            if (!done.contains("submitted:" + id)) {
                send(
                        new SubmitApplication(
                                pool.id(),
                                id,
                                applicant,
                                "Early, preventive effort (demo grant)",
                                grant.amount(),
                                new BudgetByYear(new TreeMap<>(Map.of(year, grant.amount()))),
                                pool.categories().get(0).code(),
                                new ContactPerson(
                                        "Demo contact", "kontakt-" + grant.municipality() + "@example.dk", null),
                                clerk),
                        clerk);
            }
            if (!done.contains("screened:" + id)) {
                send(new ScreenApplication(pool.id(), id, true, ASSESSOR, "Eligible (demo)"), ASSESSOR);
            }
            if (!done.contains("awarded:" + id)) {
                send(
                        new AwardGrant(pool.id(), id, grant.amount(), APPROVER, "A grantee of the earlier pool (demo)"),
                        APPROVER);
            }
        }
    }

    /**
     * Closes a pool whose decisions are made, once its grants are accepted and started (so none lapses in a demo that
     * runs for weeks, and its grantees hold what the seeds say they were given); each step once.
     */
    private void close(
            PoolPlan pool, List<SeedPools.EarlierGrant> grants, String reason, LocalDate today, Actor pulje) {
        for (SeedPools.EarlierGrant grant : grants) {
            ApplicationId id = ApplicationId.of(pool.id() + "-" + grant.municipality());
            GrantId grantId = GrantId.of(id);
            Actor clerk = clerk(grant);
            Set<String> done = eventStore
                    .readEvents(grantId.toString())
                    .asStream()
                    .map(event -> event.getPayload().getClass().getSimpleName())
                    .collect(Collectors.toSet());
            if (!done.contains(GrantAccepted.class.getSimpleName())) {
                send(new AcceptGrant(grantId, null, clerk), clerk);
            }
            if (!done.contains(ProjectStarted.class.getSimpleName())) {
                send(new StartProject(grantId, today, clerk), clerk);
            }
        }
        boolean closed = eventStore
                .readEvents(pool.id().toString())
                .asStream()
                .anyMatch(event -> event.getPayload() instanceof PoolClosed);
        if (!closed) {
            send(new ClosePool(pool.id(), pulje, reason), pulje);
        }
    }

    private static Actor clerk(SeedPools.EarlierGrant grant) {
        return new Actor(
                "pulje-demo-" + grant.municipality(),
                Role.APPLICANT,
                Applicant.municipality(grant.municipality()).key());
    }

    private Set<String> funded(SeedPools.ProgrammePlan programme) {
        return eventStore
                .readEvents(programme.id().toString())
                .asStream()
                .map(EventMessage::getPayload)
                .filter(InitiativeFundedDirectly.class::isInstance)
                .map(payload -> ((InitiativeFundedDirectly) payload).initiativeId())
                .collect(Collectors.toSet());
    }

    private Optional<Long> version(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId);
    }

    private void send(Object command, Actor actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaDataKeys.of(actor)));
    }
}
