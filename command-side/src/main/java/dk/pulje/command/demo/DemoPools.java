package dk.pulje.command.demo;

import dk.pulje.command.infra.MetaDataKeys;
import dk.pulje.command.pool.PoolPlan;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.pool.AnnouncePool;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.pool.PublishPool;
import dk.pulje.shared.programme.EstablishProgramme;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the seed pools as demo data at start-up: each programme and pool is drafted and published once, by
 * Pulje itself, with its dates moved so a newcomer can apply and decide at once. Runs again harmlessly.
 */
@Component
@ConditionalOnProperty(name = "pulje.demo.load-seed-pools", havingValue = "true")
class DemoPools implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPools.class);

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
        for (SeedPools.ProgrammePlan programme : seeds.programmes()) {
            if (version(programme.id().toString()).isEmpty()) {
                send(new EstablishProgramme(programme.id(), programme.name(), programme.envelope(), pulje,
                        programme.reason()), pulje);
            }
            for (PoolPlan seed : programme.pools()) {
                PoolPlan pool = SeedPools.openToday(seed, today);
                String poolId = pool.id().toString();
                shifts.put(poolId, ChronoUnit.DAYS.between(seed.rounds().get(0).opens(), pool.rounds().get(0).opens()));
                if (version(poolId).isEmpty()) {
                    send(new DraftPool(pool.id(), programme.id(), pool.budget(), pool.terms(), pulje, pool.reason(),
                            pool.secondSignature(), pool.track(), pool.financeYears()), pulje);
                    loaded++;
                }
                PoolPlanning announced = seeds.announcements().get(poolId);
                if (announced != null && version(poolId).orElse(-1L) == 0L) {
                    send(new AnnouncePool(pool.id(), announced, pulje, "Announced with planned dates, as the seed "
                            + "documents were"), pulje);
                }
                if (version(poolId).orElse(-1L) == (announced == null ? 0L : 1L)) {
                    send(new PublishPool(pool.id(), pulje, "Demo pool from the seed documents"), pulje);
                }
            }
        }
        for (SeedPools.MeetingPlan meeting : seeds.meetings()) {
            if (version(meeting.id().toString()).isEmpty()) {
                send(meeting.plan(shifts.getOrDefault(meeting.pools().get(0).toString(), 0L), pulje), pulje);
            }
        }
        log.info("Demo pools ready ({} new)", loaded);
    }

    private Optional<Long> version(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId);
    }

    private void send(Object command, Actor actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaDataKeys.of(actor)));
    }
}
