package dk.pulje.shared.pool;

import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** A round closes in a week: recorded at that instant, so subscribers can be reminded. */
@Revision("1")
public record RoundDeadlineApproaching(PoolId poolId, int round, Deadline deadline, Decision decision)
        implements PoolEvent {}
