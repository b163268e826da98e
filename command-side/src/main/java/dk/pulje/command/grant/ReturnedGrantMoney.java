package dk.pulje.command.grant;

import dk.pulje.command.pool.PoolAwards;
import dk.pulje.shared.application.ReleaseAward;
import dk.pulje.shared.application.ReleaseCause;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.grant.GrantClosed;
import dk.pulje.shared.grant.GrantLapsed;
import dk.pulje.shared.grant.RepaymentReceived;
import java.time.Clock;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Money a grant no longer holds — a lapsed grant's amount, a closed grant's unpaid rest, a repayment — is no longer
 * awarded: its pool is told, and the pool's terms say whether it goes back to the pool or to the state. A subscribing
 * processor: the pool is told through its port in the unit of work (and transaction) that records the grant's event,
 * so the two never disagree.
 */
@Component
@ProcessingGroup(ReturnedGrantMoney.GROUP)
class ReturnedGrantMoney {

    static final String GROUP = "returned-grant-money";

    private final PoolAwards pools;
    private final Clock clock;

    ReturnedGrantMoney(PoolAwards pools, Clock clock) {
        this.pools = pools;
        this.clock = clock;
    }

    @EventHandler
    void on(GrantLapsed event) {
        pools.release(
                new ReleaseAward(
                        event.poolId(),
                        event.applicationId(),
                        event.released(),
                        Actor.system(),
                        event.decision().reason(),
                        ReleaseCause.LAPSED),
                clock.instant());
    }

    @EventHandler
    void on(GrantClosed event) {
        if (event.unpaid() != null && !event.unpaid().isZero()) {
            pools.release(
                    new ReleaseAward(
                            event.poolId(),
                            event.applicationId(),
                            event.unpaid(),
                            Actor.system(),
                            "Closed with " + event.unpaid() + " kr. unpaid",
                            ReleaseCause.CLOSED_UNPAID),
                    clock.instant());
        }
    }

    @EventHandler
    void on(RepaymentReceived event) {
        pools.release(
                new ReleaseAward(
                        event.poolId(),
                        event.applicationId(),
                        event.amount(),
                        Actor.system(),
                        "Repaid on claim " + event.claimId(),
                        ReleaseCause.REPAID),
                clock.instant());
    }
}
