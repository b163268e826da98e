package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The meeting's new time and place (and the old, so a notice can say what changed). */
@Revision("1")
public record MeetingChanged(
        MeetingId meetingId, List<PoolId> pools, MeetingTime previous, MeetingTime time, Decision decision) {}
