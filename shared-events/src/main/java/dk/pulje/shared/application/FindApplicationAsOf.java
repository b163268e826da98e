package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;
import java.time.Instant;

/** An application as it stood at an instant, rebuilt from its pool's events; answered by an {@link ApplicationView}. */
public record FindApplicationAsOf(PoolId poolId, ApplicationId applicationId, Instant asOf) {}
