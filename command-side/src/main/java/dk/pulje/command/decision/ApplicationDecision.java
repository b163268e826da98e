package dk.pulje.command.decision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.command.shared.FourEyesViolation;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.decision.ComplaintForwarded;
import dk.pulje.shared.decision.DecisionChanged;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.decision.DecisionLetterIssued;
import dk.pulje.shared.decision.DecisionOutcome;
import dk.pulje.shared.decision.DecisionUpheld;
import dk.pulje.shared.decision.ForwardComplaint;
import dk.pulje.shared.decision.ReconsiderationRequested;
import dk.pulje.shared.decision.RequestReconsideration;
import dk.pulje.shared.decision.UpholdDecision;
import dk.pulje.shared.pool.PoolId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An application's decision as told to its applicant, in a stream of its own ({@code decision:<application id>}): the
 * letters written about it, one per decision, and the reconsiderations asked of it. It owns the complaint guidance's
 * rules: a reconsideration is asked for by the applicant within the period its latest letter states, one at a time;
 * it is received, then upheld or changed (a rejection to a grant, a grant to another amount) by a member of staff
 * other than the one who decided, and an upheld one may be sent on to the complaint body.
 */
@Aggregate(cache = "decisionCache")
class ApplicationDecision {

    @AggregateIdentifier
    private DecisionId decisionId;

    private PoolId poolId;
    private String applicantKey;
    private DecisionOutcome outcome;
    private String decidedBy;
    private LocalDate reconsiderationBy;
    private String complaintBody;
    private final Set<String> letteredDecisions = new HashSet<>();
    private final Map<String, ReconsiderationState> reconsiderations = new LinkedHashMap<>();

    ApplicationDecision() {}

    ApplicationDecision(DecisionLetterIssued letter) {
        apply(letter);
    }

    /** Records a letter about a decision; a decision that has its letter already gets none again. */
    void issue(DecisionLetterIssued letter) {
        if (!letteredDecisions.contains(letter.decisionEventId())) {
            apply(letter);
        }
    }

    boolean hasLetterFor(String decisionEventId) {
        return letteredDecisions.contains(decisionEventId);
    }

    PoolId poolId() {
        return poolId;
    }

    String decidedBy() {
        return decidedBy;
    }

    DecisionOutcome outcome() {
        return outcome;
    }

    @CommandHandler
    void handle(RequestReconsideration command, Clock clock) {
        Actor actor = command.actor();
        if (!actor.actsFor(applicantKey)) {
            throw new NotYourDecision("The decision was on " + applicantKey + "'s application");
        }
        if (reconsiderations.containsKey(command.reconsiderationId())) {
            throw new AlreadyExists("Reconsideration " + command.reconsiderationId() + " exists already");
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(Deadline.COPENHAGEN).toLocalDate();
        if (today.isAfter(reconsiderationBy)) {
            throw new ReconsiderationPeriodOver("The decision letter allowed a reconsideration to be asked for until "
                    + reconsiderationBy + "; a complaint now goes to " + complaintBody);
        }
        reconsiderations.values().stream()
                .filter(ReconsiderationState::open)
                .findFirst()
                .ifPresent(open -> {
                    throw new ReconsiderationPending(
                            "Reconsideration " + open.id() + " of this decision is " + open.status());
                });
        apply(new ReconsiderationRequested(
                decisionId,
                command.reconsiderationId(),
                actor.organisation(),
                Decision.by(actor, now, command.reason())));
    }

    @CommandHandler
    void handle(UpholdDecision command, Clock clock) {
        reconsideration(command.reconsiderationId()).require("upheld", ReconsiderationStatus.RECEIVED);
        notTheDecider(command.actor());
        apply(new DecisionUpheld(
                decisionId,
                command.reconsiderationId(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    /**
     * Checks a change before the pool is told of it (see {@link Reconsidering}): a rejection changed to a grant, or a
     * grant changed to another amount.
     */
    void requireChangeable(String reconsiderationId, Actor actor) {
        reconsideration(reconsiderationId).require("changed", ReconsiderationStatus.RECEIVED);
        notTheDecider(actor);
    }

    void changed(DecisionChanged change) {
        apply(change);
    }

    @CommandHandler
    void handle(ForwardComplaint command, Clock clock) {
        reconsideration(command.reconsiderationId()).require("sent on", ReconsiderationStatus.UPHELD);
        apply(new ComplaintForwarded(
                decisionId,
                command.reconsiderationId(),
                complaintBody,
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    private ReconsiderationState reconsideration(String id) {
        ReconsiderationState reconsideration = reconsiderations.get(id);
        if (reconsideration == null) {
            throw new UnknownReconsideration("Decision " + decisionId.value() + " has no reconsideration " + id);
        }
        return reconsideration;
    }

    private void notTheDecider(Actor actor) {
        if (actor.userId().equals(decidedBy)) {
            throw new FourEyesViolation(actor.userId() + " took the decision; someone else reconsiders it");
        }
    }

    @EventSourcingHandler
    void on(DecisionLetterIssued event) {
        decisionId = event.decisionId();
        poolId = event.poolId();
        applicantKey = event.applicant().key();
        outcome = event.outcome();
        decidedBy = event.onBehalfOf();
        reconsiderationBy = event.reconsiderationBy();
        complaintBody = event.complaintBody();
        letteredDecisions.add(event.decisionEventId());
    }

    @EventSourcingHandler
    void on(ReconsiderationRequested event) {
        reconsiderations.put(
                event.reconsiderationId(),
                new ReconsiderationState(event.reconsiderationId(), ReconsiderationStatus.RECEIVED));
    }

    @EventSourcingHandler
    void on(DecisionUpheld event) {
        reconsiderations.computeIfPresent(
                event.reconsiderationId(), (id, state) -> state.to(ReconsiderationStatus.UPHELD));
    }

    @EventSourcingHandler
    void on(DecisionChanged event) {
        reconsiderations.computeIfPresent(
                event.reconsiderationId(), (id, state) -> state.to(ReconsiderationStatus.CHANGED));
        outcome = event.outcome();
    }

    @EventSourcingHandler
    void on(ComplaintForwarded event) {
        reconsiderations.computeIfPresent(
                event.reconsiderationId(), (id, state) -> state.to(ReconsiderationStatus.FORWARDED));
    }
}
