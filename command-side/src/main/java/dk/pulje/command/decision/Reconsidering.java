package dk.pulje.command.decision;

import dk.pulje.command.grant.ReconsideredAwards;
import dk.pulje.command.pool.AwardChange;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.decision.ChangeDecision;
import dk.pulje.shared.decision.DecisionChanged;
import dk.pulje.shared.decision.DecisionOutcome;
import dk.pulje.shared.pool.PoolId;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * A decision changed on reconsideration changes the decision and the award in one unit of work: a rejection changed
 * to a grant is awarded within the pool's budget (and the grant that follows is opened); a grant changed to another
 * amount changes the pool's award within its budget, and the grant follows. The pool checks the award as it checks
 * any, so a change the pool's budget or the grant cannot hold is refused and nothing is recorded. The changed
 * decision's own letter follows.
 */
@Component
class Reconsidering {

    private final Repository<ApplicationDecision> decisions;
    private final ReconsideredAwards awards;
    private final Clock clock;

    Reconsidering(Repository<ApplicationDecision> decisions, ReconsideredAwards awards, Clock clock) {
        this.decisions = decisions;
        this.awards = awards;
        this.clock = clock;
    }

    @CommandHandler
    void handle(ChangeDecision command) throws Exception {
        Aggregate<ApplicationDecision> decision =
                decisions.load(command.decisionId().toString());
        decision.execute(file -> file.requireChangeable(command.reconsiderationId(), command.actor()));
        DecisionOutcome before = decision.invoke(ApplicationDecision::outcome);
        PoolId poolId = decision.invoke(ApplicationDecision::poolId);
        decision.execute(file -> file.changed(new DecisionChanged(
                command.decisionId(),
                command.reconsiderationId(),
                DecisionOutcome.GRANT,
                command.amount(),
                Decision.by(command.actor(), clock.instant(), command.reason()))));
        if (before == DecisionOutcome.REJECTION) {
            awards.award(new AwardGrant(
                    poolId, command.decisionId().applicationId(), command.amount(), command.actor(), command.reason()));
        } else {
            awards.changeAmount(new AwardChange(
                    poolId,
                    command.decisionId().applicationId(),
                    command.reconsiderationId(),
                    command.amount(),
                    command.actor(),
                    command.reason()));
        }
    }
}
