package dk.pulje.command.grant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.grant.ApproveBudgetChange;
import dk.pulje.shared.grant.BudgetChange;
import dk.pulje.shared.grant.BudgetChangeApproved;
import dk.pulje.shared.grant.BudgetChangeRefused;
import dk.pulje.shared.grant.RefuseBudgetChange;
import java.time.Clock;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * A budget change the grantee asked for that awaits the pool manager's decision: an entity of the {@link Grant},
 * routed to by its {@code changeId}, there from its request until it is approved or refused. An approval is checked
 * again against the grant's lines and schedule as they are then.
 */
class PendingBudgetChange {

    /** The grant it belongs to; not part of its state. */
    private final transient Grant grant;

    @EntityId(routingKey = "changeId")
    private final String changeId;

    private final BudgetChange change;

    PendingBudgetChange(Grant grant, String changeId, BudgetChange change) {
        this.grant = grant;
        this.changeId = changeId;
        this.change = change;
    }

    @CommandHandler
    void handle(ApproveBudgetChange command, Clock clock) {
        grant.requireRoomFor(change);
        apply(new BudgetChangeApproved(
                grant.grantId(), changeId, change, Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    @CommandHandler
    void handle(RefuseBudgetChange command, Clock clock) {
        apply(new BudgetChangeRefused(
                grant.grantId(), changeId, Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    /** Equal in the same state: Axon's test fixture compares the grant that handled a command with one sourced anew. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PendingBudgetChange that
                && changeId.equals(that.changeId)
                && change.equals(that.change);
    }

    @Override
    public int hashCode() {
        return Objects.hash(changeId);
    }
}
