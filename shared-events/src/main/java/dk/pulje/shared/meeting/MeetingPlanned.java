package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record MeetingPlanned(MeetingId meetingId, List<PoolId> pools, MeetingTime time, boolean free, int capacity,
                             Decision decision) {
}
