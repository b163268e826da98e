package dk.pulje.command.meeting;

import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.shared.meeting.PlanMeeting;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Plans a meeting only about pools that exist, checked in the event store before the meeting's first event. */
@Component
class MeetingPlanner {

    private final Repository<Meeting> meetings;
    private final EventStore eventStore;
    private final Clock clock;

    MeetingPlanner(Repository<Meeting> meetings, EventStore eventStore, Clock clock) {
        this.meetings = meetings;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    @CommandHandler
    void handle(PlanMeeting command) throws Exception {
        if (eventStore.lastSequenceNumberFor(command.meetingId().toString()).isPresent()) {
            throw new AlreadyExists("A meeting with the id " + command.meetingId() + " exists already");
        }
        for (PoolId pool : command.pools()) {
            if (eventStore.lastSequenceNumberFor(pool.toString()).isEmpty()) {
                throw new UnknownPool("No pool has the id " + pool);
            }
        }
        meetings.newInstance(() -> new Meeting(command, clock.instant()));
    }
}
