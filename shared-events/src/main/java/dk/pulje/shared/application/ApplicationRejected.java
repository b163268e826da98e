package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An application is refused (afslag), with the assessments and the version of the rules it was judged by. */
@Revision("1")
public record ApplicationRejected(
        PoolId poolId, ApplicationId applicationId, List<Integer> scores, int rulesVersion, Decision decision)
        implements ApplicationEvent {}
