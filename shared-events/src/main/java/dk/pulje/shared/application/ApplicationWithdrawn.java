package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ApplicationWithdrawn(PoolId poolId, ApplicationId applicationId, Decision decision)
        implements ApplicationEvent {}
