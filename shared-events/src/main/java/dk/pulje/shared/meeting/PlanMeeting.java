package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plans an information meeting about one or several pools, free or not, for at most {@code capacity} people. */
public record PlanMeeting(
        @TargetAggregateIdentifier MeetingId meetingId,
        List<PoolId> pools,
        MeetingTime time,
        boolean free,
        int capacity,
        Actor actor,
        String reason) {

    public PlanMeeting {
        if (meetingId == null || time == null || actor == null) {
            throw new InvalidValue("meeting.incomplete", "A meeting names its id, its time and place");
        }
        if (pools == null || pools.isEmpty() || Set.copyOf(pools).size() != pools.size()) {
            throw new InvalidValue("meeting.pools", "A meeting is about one or more pools, each named once");
        }
        if (capacity < 1 || capacity > 10_000) {
            throw new InvalidValue("meeting.capacity", "A meeting has room for 1 to 10,000 people");
        }
        pools = List.copyOf(pools);
        reason = Reason.optional(reason);
    }
}
