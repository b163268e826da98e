package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MeetingPlanned(
        MeetingId meetingId, List<PoolId> pools, MeetingTime time, boolean free, int capacity, Decision decision) {}
