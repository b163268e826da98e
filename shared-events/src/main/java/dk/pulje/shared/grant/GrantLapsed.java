package dk.pulje.shared.grant;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/** The grant lapses (bortfalder): not accepted or not started in time. Its money returns to the pool. */
@Revision("1")
public record GrantLapsed(
        GrantId grantId, PoolId poolId, ApplicationId applicationId, Money released, Decision decision)
        implements GrantEvent {}
