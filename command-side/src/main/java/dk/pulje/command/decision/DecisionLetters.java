package dk.pulje.command.decision;

import dk.pulje.command.pool.LetterFacts;
import dk.pulje.command.pool.PoolLetters;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.decision.DecisionLetterIssued;
import dk.pulje.shared.decision.DecisionOutcome;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.documents.StoredDocument;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Writes the letter of every award, rejection and award changed on reconsideration, stores it in the document store and records it
 * ({@link DecisionLetterIssued}) with its SHA-256. A subscribing processor: the letter is written in the unit of work
 * (and transaction) that records the decision, so a decision is never stored without its letter, and it runs only when
 * a decision is taken, never when events are read again (a replay, a query side's rebuild). A decision that has its
 * letter already gets none again. A transaction that rolls back after the letter was stored leaves an unreferenced
 * document behind, never a reference to a missing one.
 */
@Component
@ProcessingGroup(DecisionLetters.GROUP)
class DecisionLetters {

    static final String GROUP = "decision-letters";

    private final PoolLetters pools;
    private final Repository<ApplicationDecision> decisions;
    private final EventStore eventStore;
    private final LetterWriter writer;
    private final DocumentStore documents;
    private final LetterSettings settings;
    private final Clock clock;

    DecisionLetters(
            PoolLetters pools,
            Repository<ApplicationDecision> decisions,
            EventStore eventStore,
            LetterWriter writer,
            DocumentStore documents,
            LetterSettings settings,
            Clock clock) {
        this.pools = pools;
        this.decisions = decisions;
        this.eventStore = eventStore;
        this.writer = writer;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    @EventHandler
    void on(GrantAwarded event, @MessageIdentifier String eventId) throws Exception {
        issue(
                event.poolId(),
                event.applicationId(),
                DecisionOutcome.GRANT,
                event.amount(),
                null,
                event.scores(),
                event.decision(),
                eventId);
    }

    @EventHandler
    void on(ApplicationRejected event, @MessageIdentifier String eventId) throws Exception {
        issue(
                event.poolId(),
                event.applicationId(),
                DecisionOutcome.REJECTION,
                null,
                null,
                event.scores(),
                event.decision(),
                eventId);
    }

    /** A grant's amount changed on reconsideration gets a letter of its own, telling the old amount and the new. */
    @EventHandler
    void on(AwardChanged event, @MessageIdentifier String eventId) throws Exception {
        issue(
                event.poolId(),
                event.applicationId(),
                DecisionOutcome.GRANT,
                event.amount(),
                event.previousAmount(),
                List.of(),
                event.decision(),
                eventId);
    }

    /**
     * Issues the letter as the system's own command, in a unit of work nested in the decision's (same transaction,
     * same aggregates): the repositories load aggregates for commands, not for the decision's event.
     */
    private void issue(
            PoolId poolId,
            ApplicationId applicationId,
            DecisionOutcome outcome,
            Money amount,
            Money previousAmount,
            List<Integer> scores,
            Decision decision,
            String eventId)
            throws Exception {
        UnitOfWork<?> letter = DefaultUnitOfWork.startAndGet(
                GenericCommandMessage.asCommandMessage(new IssueDecisionLetter(applicationId, outcome, eventId)));
        ResultMessage<?> issued = letter.executeWithResult(() -> {
            write(poolId, applicationId, outcome, amount, previousAmount, scores, decision, eventId);
            return null;
        });
        if (issued.isExceptional()) {
            throw issued.exceptionResult() instanceof Exception e
                    ? e
                    : new IllegalStateException(issued.exceptionResult());
        }
    }

    private void write(
            PoolId poolId,
            ApplicationId applicationId,
            DecisionOutcome outcome,
            Money amount,
            Money previousAmount,
            List<Integer> scores,
            Decision decision,
            String eventId)
            throws Exception {
        DecisionId decisionId = DecisionId.of(applicationId);
        boolean known = eventStore.lastSequenceNumberFor(decisionId.toString()).isPresent();
        if (known && decisions.load(decisionId.toString()).invoke(file -> file.hasLetterFor(eventId))) {
            return;
        }
        LetterFacts facts = pools.facts(poolId, applicationId);
        LocalDate decidedOn = decision.decidedAt().atZone(Deadline.COPENHAGEN).toLocalDate();
        LetterContent content = new LetterContent(
                settings.agency(),
                facts,
                applicationId.value(),
                outcome,
                amount,
                decision.reason(),
                scores,
                decidedOn,
                decidedOn.plus(settings.reconsiderationPeriod()),
                settings.complaintBody(),
                previousAmount);
        StoredDocument stored = documents.put(writer.pdf(content), "application/pdf");
        DecisionLetterIssued letter = new DecisionLetterIssued(
                decisionId,
                poolId,
                applicationId,
                facts.applicant(),
                outcome,
                amount,
                eventId,
                stored.id(),
                stored.sha256(),
                writer.language(),
                content.reconsiderationBy(),
                settings.complaintBody(),
                decision.decidedBy(),
                Decision.by(
                        Actor.system(),
                        clock.instant(),
                        "The letter of the "
                                + (previousAmount == null ? outcome.name().toLowerCase() : "changed grant")
                                + " decided by " + decision.decidedBy()
                                + " (" + decision.role() + ")"));
        if (known) {
            decisions.load(decisionId.toString()).execute(file -> file.issue(letter));
        } else {
            decisions.newInstance(() -> new ApplicationDecision(letter));
        }
    }
}
