package dk.pulje.command.grant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.RecordRepayment;
import dk.pulje.shared.grant.RepaymentReceived;
import java.time.Clock;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * A repayment claimed from the grantee (not one waived): an entity of the {@link Grant}, routed to by its
 * {@code claimId}. It owns "a repayment never exceeds what the claim is still owed"; a claim paid in full is no longer
 * open. The grant owns "a claim never exceeds what was paid".
 */
class RepaymentClaim {

    /** The grant it belongs to; not part of its state. */
    private final transient Grant grant;

    @EntityId(routingKey = "claimId")
    private final String claimId;

    private Money owed;

    RepaymentClaim(Grant grant, String claimId, Money owed) {
        this.grant = grant;
        this.claimId = claimId;
        this.owed = owed;
    }

    Money owed() {
        return owed;
    }

    @CommandHandler
    void handle(RecordRepayment command, Clock clock) {
        if (owed.isZero()) {
            throw grant.unknownClaim(claimId);
        }
        if (command.amount().isGreaterThan(owed)) {
            throw new RepaymentExceedsOwed(
                    "Claim " + claimId + " is owed " + owed + " kr.; " + command.amount() + " kr. is more");
        }
        apply(new RepaymentReceived(
                grant.grantId(),
                claimId,
                command.amount(),
                Decision.by(command.actor(), clock.instant(), null),
                grant.poolId(),
                grant.applicationId()));
    }

    @EventSourcingHandler
    void on(RepaymentReceived event) {
        owed = owed.minus(event.amount());
    }

    /** Equal in the same state: Axon's test fixture compares the grant that handled a command with one sourced anew. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RepaymentClaim that && claimId.equals(that.claimId) && owed.equals(that.owed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claimId);
    }
}
