package dk.pulje.command.decision;

import dk.pulje.command.grant.ReconsideredAwards;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.decision.ChangeDecision;
import dk.pulje.shared.decision.DecisionChanged;
import dk.pulje.shared.decision.DecisionOutcome;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * A rejection changed to a grant on reconsideration changes the decision and awards the grant within the pool's
 * budget (and opens the grant that follows it), in one unit of work: the pool checks the award as it checks any, so a
 * change the pool's budget cannot hold is refused and nothing is recorded. The award's own letter follows.
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
        decision.execute(file -> file.changed(new DecisionChanged(
                command.decisionId(),
                command.reconsiderationId(),
                DecisionOutcome.GRANT,
                command.amount(),
                Decision.by(command.actor(), clock.instant(), command.reason()))));
        awards.award(new AwardGrant(
                decision.invoke(ApplicationDecision::poolId),
                command.decisionId().applicationId(),
                command.amount(),
                command.actor(),
                command.reason()));
    }
}
