package dk.pulje.command.meeting;

import dk.pulje.command.pool.PoolNotInState;
import dk.pulje.command.pool.PublicPools;
import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.shared.meeting.PlanMeeting;
import dk.pulje.shared.pool.PoolId;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Plans a meeting only about pools that exist and are public (announced or published), checked in the event store
 * before the meeting's first event: a meeting is listed to anyone, and would make a draft pool known.
 */
@Component
class MeetingPlanner {

    private final Repository<Meeting> meetings;
    private final EventStore eventStore;
    private final PublicPools pools;
    private final Clock clock;

    MeetingPlanner(Repository<Meeting> meetings, EventStore eventStore, PublicPools pools, Clock clock) {
        this.meetings = meetings;
        this.eventStore = eventStore;
        this.pools = pools;
        this.clock = clock;
    }

    @CommandHandler
    void handle(PlanMeeting command) throws Exception {
        if (eventStore.lastSequenceNumberFor(command.meetingId().toString()).isPresent()) {
            throw new AlreadyExists("A meeting with the id " + command.meetingId() + " exists already");
        }
        for (PoolId pool : command.pools()) {
            if (!pools.exists(pool)) {
                throw new UnknownPool("No pool has the id " + pool);
            }
            if (!pools.isPublic(pool)) {
                throw new PoolNotInState("Pool " + pool + " is a draft: announce or publish it before a meeting about "
                        + "it is planned, as meetings are listed to anyone");
            }
        }
        meetings.newInstance(() -> new Meeting(command, clock.instant()));
    }
}
