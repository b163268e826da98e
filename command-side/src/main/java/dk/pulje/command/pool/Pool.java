package dk.pulje.command.pool;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonManagedReference;
import dk.pulje.command.application.ActiveApplicationExists;
import dk.pulje.command.application.Application;
import dk.pulje.command.application.NotTheApplicant;
import dk.pulje.command.application.PoolRules;
import dk.pulje.command.application.UnknownApplication;
import dk.pulje.command.document.Uploads;
import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.command.shared.EarmarkNotMet;
import dk.pulje.command.shared.FourEyesViolation;
import dk.pulje.command.shared.Refusal;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationEvent;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.AssignAssessor;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.PartnershipConfirmed;
import dk.pulje.shared.application.RecordConsensus;
import dk.pulje.shared.application.RejectApplication;
import dk.pulje.shared.application.ReleaseAward;
import dk.pulje.shared.application.ScoreApplication;
import dk.pulje.shared.application.ScreenApplication;
import dk.pulje.shared.application.SubmitApplication;
import dk.pulje.shared.application.SubmitAssessment;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.AllocatedAward;
import dk.pulje.shared.pool.AllocationApproved;
import dk.pulje.shared.pool.AllocationProposed;
import dk.pulje.shared.pool.AllocationRanking;
import dk.pulje.shared.pool.AllocationRejected;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.AnnouncePool;
import dk.pulje.shared.pool.ApplicationForm;
import dk.pulje.shared.pool.ApproveAllocation;
import dk.pulje.shared.pool.ApprovePoolAmendment;
import dk.pulje.shared.pool.AssessmentRules;
import dk.pulje.shared.pool.ClosePool;
import dk.pulje.shared.pool.DeadlineChange;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.ExpectedGrantees;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolAmendmentProposed;
import dk.pulje.shared.pool.PoolAmendmentRefused;
import dk.pulje.shared.pool.PoolAnnounced;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolInformation;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PriorityRule;
import dk.pulje.shared.pool.ProposeAllocation;
import dk.pulje.shared.pool.PublishPool;
import dk.pulje.shared.pool.RankedApplication;
import dk.pulje.shared.pool.RefusePoolAmendment;
import dk.pulje.shared.pool.RejectAllocation;
import dk.pulje.shared.pool.ReturnsTo;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.pool.RoundClosed;
import dk.pulje.shared.pool.RoundDeadlineApproaching;
import dk.pulje.shared.pool.RoundOpened;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.property.Property;
import org.axonframework.common.property.PropertyAccessStrategy;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardNone;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A grant pool and the applications made to it. The pool owns "awards never exceed the budget" (what went back to the
 * state counts as used, what came back to the pool is available again) and "one active
 * application per applicant per round" (a joint application's lead and the partners that confirmed), so both hold
 * under concurrent commands: every change to a pool is
 * appended at the next version of this one stream. Each application is an entity of the pool
 * ({@link Application}, in the application feature) with its own command handlers; the pool keeps its lifecycle,
 * rounds, budget, the places in each round, the award and the allocation (several awards proposed together, approved
 * under four eyes and made all at once or not at all), and answers the applications' questions ({@link PoolRules}). A pool with many applications is loaded from a snapshot
 * (its fields, as JSON) and the events after it. The revision names the fields' shape: a snapshot of another
 * shape is passed over and the pool is read from its events.
 */
@Aggregate(
        snapshotTriggerDefinition = "poolSnapshotTrigger",
        snapshotFilter = "poolSnapshotFilter",
        cache = "poolCache")
@Revision("15")
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Pool implements PoolRules {

    @AggregateIdentifier
    private PoolId poolId;

    private ProgrammeId programmeId;
    private PoolStatus status;
    private Money budget;
    private Money awarded = Money.ZERO;
    /** Money no longer awarded that the pool's terms sent back to the state: used, never available again. */
    private Money returnedToState = Money.ZERO;
    /** What each round's applications use of its budget: awarded, and what of it went back to the state. */
    private Map<Integer, Money> usedByRound = new HashMap<>();

    private PoolTerms terms;
    private int rulesVersion;
    // Not final: a snapshot is read back into these fields, and Jackson 3 does not write final fields.
    // Commands are routed to an application by its id; its events are handed to it by the pool (see Application).
    @AggregateMember(eventForwardingMode = ForwardNone.class)
    @JsonManagedReference
    private Map<ApplicationId, Application> applications = new HashMap<>();

    private Set<String> activeApplicantsByRound = new HashSet<>();
    private Set<Integer> openedRounds = new HashSet<>();
    private Set<Integer> closedRounds = new HashSet<>();
    private boolean secondSignature;
    private int amendmentsProposed;
    private ProposedAmendment proposedAmendment;
    private int allocationsProposed;
    private ProposedAllocation proposedAllocation;

    Pool() {}

    Pool(DraftPool command, Instant now) {
        apply(new PoolDrafted(
                command.poolId(),
                command.programmeId(),
                command.budget(),
                command.terms(),
                Decision.by(command.actor(), now, command.reason()),
                command.amendmentsNeedSecondSignature()));
    }

    @Override
    public PoolId poolId() {
        return poolId;
    }

    @Override
    public int rulesVersion() {
        return rulesVersion;
    }

    /**
     * A command for an application the pool does not have is refused as such (Axon finds no entity for it), after the
     * checks of the pool's state that came first when the pool looked the application up itself.
     */
    @CommandHandlerInterceptor
    Object toAKnownApplication(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (AggregateEntityNotFoundException e) {
            if (command.getPayload() instanceof ScreenApplication
                    || command.getPayload() instanceof ScoreApplication
                    || command.getPayload() instanceof AssignAssessor
                    || command.getPayload() instanceof SubmitAssessment
                    || command.getPayload() instanceof RecordConsensus) {
                requireStatus("assessed", PoolStatus.PUBLISHED);
            } else if (command.getPayload() instanceof RejectApplication) {
                requireStatus("decided in", PoolStatus.PUBLISHED, PoolStatus.CLOSED);
            }
            Property<Object> applicationId =
                    PropertyAccessStrategy.getProperty(command.getPayloadType(), "applicationId");
            throw new UnknownApplication("Pool " + poolId + " has no application "
                    + (applicationId == null ? null : applicationId.getValue(command.getPayload())));
        }
    }

    ProgrammeId programmeId() {
        return programmeId;
    }

    Money budget() {
        return budget;
    }

    @CommandHandler
    void handle(AnnouncePool command, Clock clock) {
        requireStatus("announced", PoolStatus.DRAFT);
        apply(new PoolAnnounced(
                poolId, command.planned(), Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    @CommandHandler
    void handle(PublishPool command, Clock clock, DeadlineManager deadlines) {
        requireStatus("published", PoolStatus.DRAFT, PoolStatus.ANNOUNCED);
        Instant now = clock.instant();
        List<Round> rounds = command.rounds() == null
                ? terms.rounds()
                : terms.withRounds(command.rounds()).rounds();
        checkRoundBudgets(budget, rounds);
        Round last = rounds.get(rounds.size() - 1);
        if (last.deadline().hasPassedAt(now)) {
            throw new DeadlinePassed("Every round's deadline has passed; the last was " + last.deadline()
                    + " (Copenhagen time). Amend the rounds before publishing.");
        }
        apply(new PoolPublished(
                poolId,
                rulesVersion,
                Decision.by(command.actor(), now, command.reason()),
                command.rounds() == null ? null : rounds));
        for (Round round : terms.rounds()) {
            if (round.number() > 1 && !round.hasOpenedAt(now)) {
                deadlines.schedule(
                        round.opensAt(),
                        RoundDeadlines.opening(round.number()),
                        new RoundDeadlines.Opening(round.number()));
            }
            if (!round.deadline().hasPassedAt(now)) {
                scheduleClosing(deadlines, round, now);
            }
        }
    }

    /** The round's closing, and the reminder a week before it when that is still to come. */
    private static void scheduleClosing(DeadlineManager deadlines, Round round, Instant now) {
        deadlines.schedule(
                round.deadline().instant(),
                RoundDeadlines.closing(round.number()),
                new RoundDeadlines.Closing(round.number()));
        Instant reminder = round.deadline().instant().minus(RoundDeadlines.REMINDER_BEFORE);
        if (reminder.isAfter(now)) {
            deadlines.schedule(
                    reminder, RoundDeadlines.reminder(round.number()), new RoundDeadlines.Reminder(round.number()));
        }
    }

    @DeadlineHandler
    void on(RoundDeadlines.Reminder reminder) {
        Round round = terms.rounds().get(reminder.round() - 1);
        if (status == PoolStatus.PUBLISHED && !closedRounds.contains(round.number())) {
            Instant at = round.deadline().instant().minus(RoundDeadlines.REMINDER_BEFORE);
            apply(new RoundDeadlineApproaching(
                    poolId,
                    round.number(),
                    round.deadline(),
                    new Decision(
                            Actor.system().userId(),
                            Role.SYSTEM,
                            at,
                            "Round " + round.number() + " closes in 7 days, " + round.deadline()
                                    + " (Copenhagen time)")));
        }
    }

    @DeadlineHandler
    void on(RoundDeadlines.Opening opening) {
        Round round = terms.rounds().get(opening.round() - 1);
        if (status == PoolStatus.PUBLISHED && !openedRounds.contains(round.number())) {
            apply(new RoundOpened(
                    poolId,
                    round.number(),
                    new Decision(
                            Actor.system().userId(),
                            Role.SYSTEM,
                            round.opensAt(),
                            "Round " + round.number() + " opens " + round.opens() + " (Copenhagen time)")));
        }
    }

    @DeadlineHandler
    void on(RoundDeadlines.Closing closing, Clock clock) {
        Round round = terms.rounds().get(closing.round() - 1);
        if (status == PoolStatus.PUBLISHED
                && !closedRounds.contains(round.number())
                && round.deadline().hasPassedAt(clock.instant())) {
            apply(new RoundClosed(
                    poolId,
                    round.number(),
                    new Decision(
                            Actor.system().userId(),
                            Role.SYSTEM,
                            round.deadline().instant(),
                            "Deadline " + round.deadline() + " (Copenhagen time)")));
        }
    }

    /**
     * Applies an amendment of budget and deadlines, or, when the pool needs a second signature, records it as a
     * proposal; true when applied. The programme's share follows in the same unit of work.
     */
    boolean amend(AmendPool command, Instant now, DeadlineManager deadlines) {
        requireStatus("amended", PoolStatus.DRAFT, PoolStatus.ANNOUNCED, PoolStatus.PUBLISHED);
        Money newBudget = command.budget() == null ? budget : command.budget();
        List<Round> amendedRounds = checkAmendment(newBudget, command.deadlineChanges());
        checkAssessmentChange(command.assessment());
        Decision decision = Decision.by(command.actor(), now, command.reason());
        if (!secondSignature) {
            applyAmendment(
                    newBudget,
                    amendedRounds,
                    command.deadlineChanges(),
                    command.assessment(),
                    command.form(),
                    command.information(),
                    decision,
                    null,
                    deadlines);
            return true;
        }
        if (proposedAmendment != null) {
            throw new AmendmentPending("Amendment " + proposedAmendment.number() + " by "
                    + proposedAmendment.proposedBy() + " awaits a second signature; approve or refuse it first");
        }
        apply(new PoolAmendmentProposed(
                poolId,
                amendmentsProposed + 1,
                command.budget(),
                command.deadlineChanges(),
                decision,
                command.assessment(),
                command.form(),
                command.information()));
        return false;
    }

    /** The second signature: another pool manager applies the proposal, checked again against the pool as it is now. */
    ProposedAmendment approve(ApprovePoolAmendment command, Instant now, DeadlineManager deadlines) {
        requireStatus("amended", PoolStatus.DRAFT, PoolStatus.ANNOUNCED, PoolStatus.PUBLISHED);
        ProposedAmendment proposal = proposed(command.amendment());
        if (proposal.proposedBy().equals(command.actor().userId())) {
            throw new FourEyesViolation(command.actor().userId() + " proposed amendment " + proposal.number()
                    + "; a second pool manager must sign it");
        }
        Money newBudget = proposal.budget() == null ? budget : proposal.budget();
        List<Round> amendedRounds = checkAmendment(newBudget, proposal.deadlineChanges());
        checkAssessmentChange(proposal.assessment());
        String reason = command.reason() == null ? proposal.reason() : proposal.reason() + " — " + command.reason();
        applyAmendment(
                newBudget,
                amendedRounds,
                proposal.deadlineChanges(),
                proposal.assessment(),
                proposal.form(),
                proposal.information(),
                Decision.by(command.actor(), now, reason),
                proposal.number(),
                deadlines);
        return proposal;
    }

    @CommandHandler
    void handle(RefusePoolAmendment command, Clock clock) {
        ProposedAmendment proposal = proposed(command.amendment());
        apply(new PoolAmendmentRefused(
                poolId, proposal.number(), Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    private ProposedAmendment proposed(int number) {
        if (proposedAmendment == null || proposedAmendment.number() != number) {
            throw new UnknownAmendment(
                    "Pool " + poolId + " has no amendment " + number + " awaiting a second signature");
        }
        return proposedAmendment;
    }

    /** The rounds after the changes, if the budget still covers the awards and no change breaks a round's rules. */
    private List<Round> checkAmendment(Money newBudget, List<DeadlineChange> changes) {
        Money used = awarded.plus(returnedToState);
        if (used.isGreaterThan(newBudget)) {
            throw new BudgetBelowAwarded("The pool has awarded " + awarded + " kr."
                    + (returnedToState.isZero() ? "" : " and returned " + returnedToState + " kr. to the state")
                    + "; its budget cannot drop to "
                    + newBudget + " kr.");
        }
        List<Round> rounds = new ArrayList<>(terms.rounds());
        for (DeadlineChange change : changes) {
            if (change.round() > rounds.size()) {
                throw new UnknownRound("The pool has no round " + change.round());
            }
            Round round = rounds.get(change.round() - 1);
            if (status == PoolStatus.PUBLISHED && change.deadline().compareTo(round.deadline()) < 0) {
                throw new DeadlineMovedEarlier("Round " + change.round() + " is published with deadline "
                        + round.deadline() + "; it may be extended, not moved earlier to " + change.deadline());
            }
            if (closedRounds.contains(change.round())) {
                throw new DeadlinePassed("Round " + change.round() + " closed at " + round.deadline()
                        + " (Copenhagen time); a closed round's deadline cannot change");
            }
            rounds.set(change.round() - 1, round.withDeadline(change.deadline()));
        }
        checkRoundBudgets(newBudget, rounds);
        return terms.withRounds(rounds).rounds();
    }

    /**
     * New assessment rules may change the criteria only while no application has been assessed on them: an
     * assessment given on the old criteria would no longer fit. The number of assessors may change at any time.
     */
    private void checkAssessmentChange(AssessmentRules rules) {
        if (rules != null
                && rules.criteriaDifferFrom(terms.assessmentRules())
                && applications.values().stream().anyMatch(Application::hasAssessments)) {
            throw new CriteriaInUse("Applications in pool " + poolId + " have been assessed on its criteria; the "
                    + "criteria cannot change now (the number of assessors can)");
        }
    }

    /**
     * The rounds' own budgets as the award checks them: together within the pool's budget, and each at least what
     * its round has awarded. Checked again whenever the pool's budget or rounds change, so an award is never refused
     * by a round budget the pool could not hold.
     */
    private void checkRoundBudgets(Money poolBudget, List<Round> rounds) {
        Money inRounds = Money.ZERO;
        for (Round round : rounds) {
            if (round.budget() == null) {
                continue;
            }
            inRounds = inRounds.plus(round.budget());
            Money usedInRound = usedByRound.getOrDefault(round.number(), Money.ZERO);
            if (usedInRound.isGreaterThan(round.budget())) {
                throw new RoundBudgetsExceedBudget("Round " + round.number() + " has awarded " + usedInRound
                        + " kr.; its budget cannot be " + round.budget() + " kr.");
            }
        }
        if (inRounds.isGreaterThan(poolBudget)) {
            throw new RoundBudgetsExceedBudget("The rounds' budgets add up to " + inRounds + " kr., more than the "
                    + "pool's budget of " + poolBudget + " kr.");
        }
    }

    private void applyAmendment(
            Money newBudget,
            List<Round> amendedRounds,
            List<DeadlineChange> changes,
            AssessmentRules assessment,
            ApplicationForm form,
            PoolInformation information,
            Decision decision,
            Integer amendment,
            DeadlineManager deadlines) {
        apply(new PoolAmended(
                poolId,
                budget,
                newBudget,
                amendedRounds,
                rulesVersion + 1,
                decision,
                amendment,
                assessment,
                form,
                information));
        if (status == PoolStatus.PUBLISHED) {
            for (DeadlineChange change : changes) {
                deadlines.cancelAllWithinScope(RoundDeadlines.closing(change.round()));
                deadlines.cancelAllWithinScope(RoundDeadlines.reminder(change.round()));
                scheduleClosing(deadlines, amendedRounds.get(change.round() - 1), decision.decidedAt());
            }
        }
    }

    @CommandHandler
    void handle(ClosePool command, Clock clock) {
        requireStatus("closed", PoolStatus.DRAFT, PoolStatus.ANNOUNCED, PoolStatus.PUBLISHED);
        apply(new PoolClosed(poolId, Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    @CommandHandler
    void handle(SubmitApplication command, Clock clock, ApplicationIds applicationIds, Uploads uploads) {
        requireStatus("applied to", PoolStatus.PUBLISHED);
        Instant now = clock.instant();
        Round round = openRound(now);
        if (applications.containsKey(command.applicationId())) {
            throw new AlreadyExists("Application " + command.applicationId() + " exists already");
        }
        List<Applicant> parties = Stream.concat(Stream.of(command.applicant()), command.partners().stream())
                .toList();
        for (Applicant party : parties) {
            if (!terms.eligibleKinds().contains(party.kind())) {
                throw new ApplicantNotEligible("The pool is open to " + terms.eligibleKinds() + ", not to "
                        + party.kind() + " (" + party.name() + ")");
            }
        }
        if (!command.actor().actsFor(command.applicant().key())) {
            throw new NotTheApplicant("You act for " + command.actor().organisation() + ", not for "
                    + command.applicant().key());
        }
        if (command.signature() != null
                && !command.signature()
                        .organisation()
                        .equals(command.applicant().key())) {
            throw new NotTheApplicant(
                    "The submission is signed for " + command.signature().organisation() + ", not for "
                            + command.applicant().key());
        }
        for (Applicant party : parties) {
            if (hasActiveApplication(round.number(), party.key())) {
                throw new ActiveApplicationExists(
                        party.name() + " already has an active application in round " + round.number());
            }
        }
        checkRequest(command.amountRequested(), command.budget(), command.activityCategory());
        checkEarmarks(command.budgetLines());
        checkAnswers(command.answers(), command.attachments());
        List<Attachment> attachments =
                uploads.attach(command.attachments(), command.applicant().key(), now);
        applicationIds.claim(command.applicationId(), poolId);
        apply(new ApplicationSubmitted(
                poolId,
                command.applicationId(),
                round.number(),
                command.applicant(),
                command.projectTitle(),
                command.amountRequested(),
                command.budget(),
                command.activityCategory(),
                command.contact(),
                command.actor(),
                now,
                command.signature(),
                command.budgetLines().lines().isEmpty() ? null : command.budgetLines(),
                command.partners(),
                command.answers(),
                terms.applicationForm().isEmpty() ? null : rulesVersion,
                attachments));
    }

    @Override
    public void checkAnswers(Map<String, String> answers, List<String> attached) {
        List<String> problems = terms.applicationForm().problemsWith(answers);
        if (!problems.isEmpty()) {
            throw new AnswersDoNotFitForm(String.join("; ", problems));
        }
        terms.applicationForm().filesAnswered(answers).stream()
                .filter(documentId -> !attached.contains(documentId))
                .findFirst()
                .ifPresent(documentId -> {
                    throw new AnswersDoNotFitForm(
                            "An answer names document " + documentId + ", which the application does not attach");
                });
    }

    @Override
    public void checkEarmarks(BudgetLines lines) {
        terms.earmarks().stream()
                .filter(earmark -> !earmark.keptBy(lines))
                .findFirst()
                .ifPresent(earmark -> {
                    throw new EarmarkNotMet(earmark.brokenBy(lines));
                });
    }

    /** Awards a grant; the grant it opens is created in the same unit of work (see {@link PoolAwards}). */
    Award award(AwardGrant command, Instant now) {
        return award(command, now, false);
    }

    /**
     * Awards a grant; {@code reconsidered}: a rejection changed on reconsideration, awarded within the same budget
     * checks (see {@code PoolAwards#awardOnReconsideration}).
     */
    Award award(AwardGrant command, Instant now, boolean reconsidered) {
        requireStatus("awarded from", PoolStatus.PUBLISHED);
        Application application = application(command.applicationId());
        application.requireAwardable(command.actor(), command.amount(), reconsidered);
        requireAfterDeadline(application, now);
        checkFunds(application, command.amount(), Money.ZERO, Map.of());
        return grant(application, command.amount(), Decision.by(command.actor(), now, command.reason()));
    }

    /**
     * Changes the award on the application on reconsideration (see {@code PoolAwards#changeOnReconsideration}): the
     * new amount is checked as an award is, against the earmarks, and a raise by its difference against what the pool
     * and the round have left.
     */
    AwardChanged change(AwardChange change, Instant now) {
        requireStatus("awarded from", PoolStatus.PUBLISHED);
        Application application = application(change.applicationId());
        Money previous = application.requireAmountChangeable(change.actor(), change.amount());
        checkEarmarksHeld(application, change.amount());
        if (change.amount().isGreaterThan(previous)) {
            checkRemaining(application, change.amount().minus(previous), Money.ZERO, Map.of());
        }
        AwardChanged changed = new AwardChanged(
                poolId,
                application.id(),
                change.reconsiderationId(),
                previous,
                change.amount(),
                Decision.by(change.actor(), now, change.reason()));
        apply(changed);
        return changed;
    }

    /** Records the award of {@code amount} on the application, checked, and says what the grant needs. */
    private Award grant(Application application, Money amount, Decision decision) {
        apply(new GrantAwarded(
                poolId,
                application.id(),
                application.applicant(),
                amount,
                application.scores(),
                rulesVersion,
                decision,
                application.partnership()));
        return new Award(
                poolId,
                programmeId,
                application.id(),
                application.applicant(),
                amount,
                application.budget(),
                terms.grantConditions(),
                terms.projectPeriod(),
                terms.earmarks(),
                decision);
    }

    /**
     * Refuses an award the pool's money rules out: one that cannot hold the earmarks, or more than the pool or the
     * application's round has left once {@code pending} (and {@code pendingByRound}) of the same allocation is
     * awarded before it.
     */
    private void checkFunds(Application application, Money amount, Money pending, Map<Integer, Money> pendingByRound) {
        checkEarmarksHeld(application, amount);
        checkRemaining(application, amount, pending, pendingByRound);
    }

    /** Refuses an award of {@code amount} too small to hold the pool's earmarks. */
    private void checkEarmarksHeld(Application application, Money amount) {
        Money earmarked = terms.earmarks().stream().map(Earmark::minimum).reduce(Money.ZERO, Money::plus);
        if (earmarked.isGreaterThan(amount)) {
            throw new EarmarkNotMet("The pool earmarks " + earmarked + " kr. of each grant; an award of " + amount
                    + " kr. to application " + application.id() + " cannot hold them");
        }
    }

    /**
     * Refuses {@code amount} more than the pool or the application's round has left once {@code pending} (and
     * {@code pendingByRound}) of the same allocation is awarded before it.
     */
    private void checkRemaining(
            Application application, Money amount, Money pending, Map<Integer, Money> pendingByRound) {
        String to = " to application " + application.id();
        String before = pending.isZero() ? "" : " after the allocation's awards before it";
        Money remaining = budget.minus(awarded).minus(returnedToState).minus(pending);
        if (amount.isGreaterThan(remaining)) {
            throw new AwardExceedsBudget(
                    "The pool has " + remaining + " kr. left" + before + "; " + amount + " kr. cannot be awarded" + to);
        }
        Round round = terms.rounds().get(application.round() - 1);
        if (round.budget() != null) {
            Money leftInRound = round.budget()
                    .minus(usedByRound.getOrDefault(round.number(), Money.ZERO))
                    .minus(pendingByRound.getOrDefault(round.number(), Money.ZERO));
            if (amount.isGreaterThan(leftInRound)) {
                throw new AwardExceedsBudget("Round " + round.number() + " has " + leftInRound + " kr. left of its "
                        + "budget of " + round.budget() + " kr." + before + "; " + amount + " kr. cannot be awarded"
                        + to);
            }
        }
    }

    /** Where the pool's terms say awards wait for the deadline, the application's round must have closed. */
    private void requireAfterDeadline(Application application, Instant now) {
        Round round = terms.rounds().get(application.round() - 1);
        if (terms.awardsOnlyAfterDeadline() && !round.deadline().hasPassedAt(now)) {
            throw new AwardsAfterDeadline("Pool " + poolId + " awards only after the deadline of the application's "
                    + "round; round " + round.number() + " closes at " + round.deadline() + " (Copenhagen time), so "
                    + "application " + application.id() + " cannot be awarded yet");
        }
    }

    /** The applicant keys (the lead's, for a joint application) holding a grant from this pool that has not lapsed. */
    Set<String> grantees() {
        Set<String> grantees = new HashSet<>();
        applications.values().stream()
                .filter(Application::holdsAGrant)
                .forEach(application -> grantees.add(application.applicant().key()));
        return grantees;
    }

    /**
     * Proposes an allocation, checked as its awards will be when approved (each application eligible, undecided and
     * assessed as the pool asks, after the deadline where the terms say so, together within the pool's and each
     * round's budget and holding the earmarks) and no more awards than the pool expects grantees; ranked and explained
     * with the priority rule, the earlier pool it names asked for its grantees. Without awards, the pool proposes from
     * its ranking (see {@link #fromRanking}).
     */
    @CommandHandler
    void handle(ProposeAllocation command, Clock clock, EarlierGrantees earlier) {
        requireStatus("allocated from", PoolStatus.PUBLISHED);
        Instant now = clock.instant();
        if (proposedAllocation != null) {
            throw new AllocationPending("Allocation " + proposedAllocation.number() + " by "
                    + proposedAllocation.proposedBy() + " awaits approval; approve or reject it first");
        }
        PriorityRule rule = terms.priority();
        Set<String> earlierGrantees =
                rule == null || rule.earlierPool().equals(poolId) ? Set.of() : earlier.of(rule.earlierPool());
        List<String> leftOut = new ArrayList<>();
        List<AllocatedAward> awards = command.fromRanking()
                ? fromRanking(
                        AllocationRankings.of(terms, applications.values(), List.of(), earlierGrantees, List.of()),
                        leftOut,
                        now)
                : command.awards();
        checkAllocation(awards, null, now);
        apply(new AllocationProposed(
                poolId,
                allocationsProposed + 1,
                awards,
                AllocationRankings.total(awards),
                AllocationRankings.of(terms, applications.values(), awards, earlierGrantees, leftOut),
                rulesVersion,
                Decision.by(command.actor(), now, command.reason())));
    }

    /**
     * The awards the ranking makes: each application in rank order at the amount it asked for, as long as the pool
     * expects more grantees, left out where its award could not be made beside those before it (the budget left is
     * too small, a partner has not confirmed …). {@code leftOut} says why for each one left out above the last award,
     * and how many rank below it.
     */
    private List<AllocatedAward> fromRanking(AllocationRanking ranking, List<String> leftOut, Instant now) {
        ExpectedGrantees expected = terms.expectedGrantees();
        List<AllocatedAward> chosen = new ArrayList<>();
        PendingAwards pending = new PendingAwards();
        Map<Integer, String> refused = new TreeMap<>();
        int lastChosen = 0;
        for (RankedApplication ranked : ranking.applications()) {
            if (expected != null && chosen.size() == expected.maximum()) {
                break;
            }
            AllocatedAward award = new AllocatedAward(ranked.applicationId(), ranked.requested());
            try {
                // The awards chosen before it passed these checks already: only this one is checked after them.
                checkAward(award, null, now, pending);
                chosen.add(award);
                lastChosen = ranked.rank();
            } catch (Refusal refusal) {
                refused.put(
                        ranked.rank(),
                        "Application " + ranked.applicationId() + " ranked " + ranked.rank() + " is left out: "
                                + refusal.getMessage());
            }
        }
        if (chosen.isEmpty()) {
            throw new NothingToAllocate("Pool " + poolId + " has no eligible, assessed and undecided application "
                    + "whose request could be awarded"
                    + (refused.isEmpty() ? "" : ": " + String.join("; ", refused.values())));
        }
        int last = lastChosen;
        refused.forEach((rank, why) -> {
            if (rank < last) {
                leftOut.add(why);
            }
        });
        int below = ranking.applications().size() - last;
        if (below > 0) {
            leftOut.add(below + " application(s) ranked below the last award are not proposed: "
                    + (expected != null && chosen.size() == expected.maximum()
                            ? "the pool expects at most " + expected.maximum() + " grantees"
                            : "what the budget has left holds none of their requests"));
        }
        return chosen;
    }

    /**
     * An approver other than the proposer approves the pending allocation: checked again against the pool as it is now,
     * with the approver as the decider of every award (four eyes on each application); then every award is made, or,
     * when one is refused, none is and the refusal names it.
     */
    List<Award> approve(ApproveAllocation command, Instant now) {
        requireStatus("awarded from", PoolStatus.PUBLISHED);
        ProposedAllocation proposal = allocation(command.allocation());
        if (proposal.proposedBy().equals(command.actor().userId())) {
            throw new FourEyesViolation(command.actor().userId() + " proposed allocation " + proposal.number()
                    + "; an approver other than its proposer approves it");
        }
        checkAllocation(proposal.awards(), command.actor(), now);
        String reason = "Allocation " + proposal.number() + ": " + proposal.reason()
                + (command.reason() == null ? "" : " — " + command.reason());
        Decision decision = Decision.by(command.actor(), now, reason);
        apply(new AllocationApproved(
                poolId, proposal.number(), proposal.awards(), AllocationRankings.total(proposal.awards()), decision));
        List<Award> made = new ArrayList<>();
        for (AllocatedAward award : proposal.awards()) {
            made.add(grant(application(award.applicationId()), award.amount(), decision));
        }
        return made;
    }

    @CommandHandler
    void handle(RejectAllocation command, Clock clock) {
        ProposedAllocation proposal = allocation(command.allocation());
        apply(new AllocationRejected(
                poolId, proposal.number(), Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    private ProposedAllocation allocation(int number) {
        if (proposedAllocation == null || proposedAllocation.number() != number) {
            throw new UnknownAllocation("Pool " + poolId + " has no allocation " + number + " awaiting approval");
        }
        return proposedAllocation;
    }

    /**
     * Refuses the first award of an allocation that could not be made, before any is: {@code decider} null checks them
     * as proposed, else as that person decides them.
     */
    private void checkAllocation(List<AllocatedAward> awards, Actor decider, Instant now) {
        ExpectedGrantees expected = terms.expectedGrantees();
        if (expected != null && awards.size() > expected.maximum()) {
            throw new TooManyGrantees("The pool expects " + expected.minimum() + "–" + expected.maximum()
                    + " grantees; an allocation cannot award " + awards.size());
        }
        PendingAwards pending = new PendingAwards();
        for (AllocatedAward award : awards) {
            checkAward(award, decider, now, pending);
        }
    }

    /** An allocation's awards checked so far: what they take from the pool and from each round. */
    private static final class PendingAwards {
        private Money total = Money.ZERO;
        private final Map<Integer, Money> byRound = new HashMap<>();

        void add(int round, Money amount) {
            total = total.plus(amount);
            byRound.merge(round, amount, Money::plus);
        }
    }

    /**
     * Refuses {@code award} where it could not be made after the {@code pending} awards of the same allocation, and
     * adds it to them where it could.
     */
    private void checkAward(AllocatedAward award, Actor decider, Instant now, PendingAwards pending) {
        Application application = application(award.applicationId());
        if (decider == null) {
            application.requireAwardable(award.amount(), false);
        } else {
            application.requireAwardable(decider, award.amount(), false);
        }
        if (application.rankingScore(terms.assessmentRules()).isEmpty()) {
            AssessmentRules rules = terms.assessmentRules();
            throw new NotAssessed("Application " + application.id() + " is not assessed as the pool asks: "
                    + (!rules.hasCriteria()
                            ? "it has no score"
                            : rules.minimumAssessors() > 1
                                    ? "it has no consensus of its " + rules.minimumAssessors() + " assessors"
                                    : "it has neither one assessment nor a consensus"));
        }
        requireAfterDeadline(application, now);
        checkFunds(application, award.amount(), pending.total, pending.byRound);
        pending.add(application.round(), award.amount());
    }

    /** What a decision letter on the application tells of the pool (see {@link PoolLetters}). */
    LetterFacts letterFacts(ApplicationId applicationId) {
        Application application = application(applicationId);
        return new LetterFacts(
                terms.title(),
                application.applicant(),
                terms.grantConditions(),
                terms.projectPeriod(),
                terms.earmarks());
    }

    private Round openRound(Instant now) {
        Round latestOpened = null;
        for (Round round : terms.rounds()) {
            if (round.isOpenAt(now)) {
                return round;
            }
            if (round.hasOpenedAt(now)) {
                latestOpened = round;
            }
        }
        if (latestOpened == null) {
            throw new RoundNotOpen(
                    "The first round opens " + terms.rounds().get(0).opens() + " (Copenhagen time)");
        }
        throw new DeadlinePassed(
                "Round " + latestOpened.number() + " closed at " + latestOpened.deadline() + " (Copenhagen time)");
    }

    /** Money no longer awarded goes where the pool's terms send it, recorded by its application. */
    void release(ReleaseAward command, Instant now) {
        application(command.applicationId())
                .release(command, now, terms.grantConditions().returnsTo());
    }

    @Override
    public AssessmentRules assessmentRules() {
        return terms.assessmentRules();
    }

    @Override
    public void requireBeforeDeadline(int roundNumber, Instant now) {
        Round round = terms.rounds().get(roundNumber - 1);
        if (round.deadline().hasPassedAt(now)) {
            throw new DeadlinePassed(
                    "Round " + round.number() + " closed at " + round.deadline() + " (Copenhagen time)");
        }
    }

    @Override
    public void checkRequest(Money amount, BudgetByYear budgetByYear, String category) {
        if (terms.category(category).isEmpty()) {
            throw new UnknownActivityCategory("The pool funds "
                    + terms.categories().stream().map(c -> c.code()).toList() + ", not " + category);
        }
        if (!terms.limits().allow(amount)) {
            throw new AmountOutsideLimits("An application asks for "
                    + terms.limits().minimum() + " to " + terms.limits().maximum() + " kr., not " + amount + " kr.");
        }
        for (Integer year : budgetByYear.years().keySet()) {
            if (!terms.projectPeriod().coversYear(year)) {
                throw new BudgetYearOutsidePeriod(
                        "The project period is " + terms.projectPeriod().start() + " to "
                                + terms.projectPeriod().end() + "; the budget names " + year);
            }
        }
    }

    private Application application(ApplicationId applicationId) {
        Application application = applications.get(applicationId);
        if (application == null) {
            throw new UnknownApplication("Pool " + poolId + " has no application " + applicationId);
        }
        return application;
    }

    @Override
    public boolean hasActiveApplication(int round, String applicantKey) {
        return activeApplicantsByRound.contains(activeKey(round, applicantKey));
    }

    @Override
    public void requireStatus(String change, PoolStatus... allowed) {
        if (List.of(allowed).contains(status)) {
            return;
        }
        throw new PoolNotInState("Pool " + poolId + " is " + status + ": it cannot be " + change);
    }

    private static String activeKey(int round, String applicantKey) {
        return round + "/" + applicantKey;
    }

    @EventSourcingHandler
    void on(PoolDrafted event) {
        poolId = event.poolId();
        programmeId = event.programmeId();
        status = PoolStatus.DRAFT;
        budget = event.budget();
        terms = event.terms();
        rulesVersion = 1;
        secondSignature = event.amendmentsNeedSecondSignature();
    }

    @EventSourcingHandler
    void on(PoolAnnounced event) {
        status = PoolStatus.ANNOUNCED;
    }

    @EventSourcingHandler
    void on(PoolPublished event) {
        status = PoolStatus.PUBLISHED;
        if (event.rounds() != null) {
            terms = terms.withRounds(event.rounds());
        }
    }

    @EventSourcingHandler
    void on(PoolAmended event) {
        budget = event.budget();
        terms = event.applyTo(terms);
        rulesVersion = event.rulesVersion();
        if (event.amendment() != null) {
            proposedAmendment = null;
        }
    }

    @EventSourcingHandler
    void on(PoolAmendmentProposed event) {
        amendmentsProposed = event.amendment();
        proposedAmendment = new ProposedAmendment(
                event.amendment(),
                event.budget(),
                event.deadlineChanges(),
                event.decision().decidedBy(),
                event.decision().reason(),
                event.assessment(),
                event.form(),
                event.information());
    }

    @EventSourcingHandler
    void on(PoolAmendmentRefused event) {
        proposedAmendment = null;
    }

    @EventSourcingHandler
    void on(AllocationProposed event) {
        allocationsProposed = event.allocation();
        proposedAllocation = new ProposedAllocation(
                event.allocation(),
                event.awards(),
                event.decision().decidedBy(),
                event.decision().reason());
    }

    @EventSourcingHandler
    void on(AllocationApproved event) {
        proposedAllocation = null;
    }

    @EventSourcingHandler
    void on(AllocationRejected event) {
        proposedAllocation = null;
    }

    @EventSourcingHandler
    void on(PoolClosed event) {
        status = PoolStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        Application submitted = Application.submitted(this, event);
        applications.put(event.applicationId(), submitted);
        submitted.parties().forEach(party -> activeApplicantsByRound.add(activeKey(event.round(), party.key())));
    }

    /** Every other event of an application changes the application, and some the pool too. */
    @EventSourcingHandler
    void on(ApplicationEvent event) {
        Application application = applications.get(event.applicationId());
        if (application == null) {
            return;
        }
        if (event instanceof ApplicationWithdrawn || event instanceof ApplicationRejected) {
            application
                    .parties()
                    .forEach(party -> activeApplicantsByRound.remove(activeKey(application.round(), party.key())));
        }
        application.on(event);
        if (event instanceof PartnershipConfirmed confirmed) {
            activeApplicantsByRound.add(
                    activeKey(application.round(), confirmed.partner().key()));
        } else if (event instanceof GrantAwarded granted) {
            awarded = awarded.plus(granted.amount());
            usedByRound.merge(application.round(), granted.amount(), Money::plus);
        } else if (event instanceof AwardChanged changed) {
            awarded = awarded.plus(changed.amount()).minus(changed.previousAmount());
            usedByRound.merge(application.round(), changed.amount(), Money::plus);
            usedByRound.merge(application.round(), changed.previousAmount(), Money::minus);
        } else if (event instanceof AwardReleased release) {
            awarded = awarded.minus(release.amount());
            if (release.returnsTo() == ReturnsTo.STATE) {
                returnedToState = returnedToState.plus(release.amount());
            } else {
                usedByRound.merge(application.round(), release.amount(), Money::minus);
            }
        }
    }

    @EventSourcingHandler
    void on(RoundOpened event) {
        openedRounds.add(event.round());
    }

    @EventSourcingHandler
    void on(RoundClosed event) {
        closedRounds.add(event.round());
    }
}
