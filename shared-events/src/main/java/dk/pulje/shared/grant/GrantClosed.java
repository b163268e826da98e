package dk.pulje.shared.grant;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/**
 * The grant is closed: final report and accounts approved, nothing owed. {@code unpaid} is what of the grant was never
 * paid; it is no longer awarded and goes where the pool's terms send it. Events before revision 2 carry neither the
 * pool, the application nor the unpaid rest.
 */
@Revision("2")
public record GrantClosed(
        GrantId grantId,
        Money paid,
        Money repaid,
        Decision decision,
        PoolId poolId,
        ApplicationId applicationId,
        Money unpaid)
        implements GrantEvent {

    public GrantClosed(GrantId grantId, Money paid, Money repaid, Decision decision) {
        this(grantId, paid, repaid, decision, null, null, null);
    }
}
