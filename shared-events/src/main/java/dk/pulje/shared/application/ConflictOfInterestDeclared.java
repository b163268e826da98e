package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/** The person named in {@code decision} declared a conflict of interest: they may no longer assess or decide it. */
@Revision("1")
public record ConflictOfInterestDeclared(PoolId poolId, ApplicationId applicationId, Decision decision)
        implements ApplicationEvent {}
