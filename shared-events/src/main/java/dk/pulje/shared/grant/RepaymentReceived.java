package dk.pulje.shared.grant;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/**
 * A finance officer records money paid back on a claim; it is no longer awarded and goes where the pool's terms send
 * it. Events before revision 2 do not name the pool and the application.
 */
@Revision("2")
public record RepaymentReceived(
        GrantId grantId, String claimId, Money amount, Decision decision, PoolId poolId, ApplicationId applicationId)
        implements GrantEvent {

    public RepaymentReceived(GrantId grantId, String claimId, Money amount, Decision decision) {
        this(grantId, claimId, amount, decision, null, null);
    }
}
