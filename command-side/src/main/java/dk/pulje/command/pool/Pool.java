package dk.pulje.command.pool;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.command.grant.GrantPlan;
import dk.pulje.command.grant.OpenGrant;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.ConfirmPartnership;
import dk.pulje.shared.application.ConflictOfInterestDeclared;
import dk.pulje.shared.application.DeclinePartnership;
import dk.pulje.shared.application.PartnershipConfirmed;
import dk.pulje.shared.application.PartnershipDeclined;
import dk.pulje.shared.application.PartnerRemoved;
import dk.pulje.shared.application.RemovePartner;
import dk.pulje.shared.application.DeclareConflictOfInterest;
import dk.pulje.shared.application.ReleaseAward;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.RoundClosed;
import dk.pulje.shared.pool.RoundDeadlineApproaching;
import dk.pulje.shared.pool.RoundOpened;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import java.time.ZonedDateTime;
import dk.pulje.shared.application.AmendApplication;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationAmended;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.RejectApplication;
import dk.pulje.shared.application.ScoreApplication;
import dk.pulje.shared.application.ScreenApplication;
import dk.pulje.shared.application.SubmitApplication;
import dk.pulje.shared.application.WithdrawApplication;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.AnnouncePool;
import dk.pulje.shared.pool.PoolAnnounced;
import dk.pulje.shared.pool.ApprovePoolAmendment;
import dk.pulje.shared.pool.PoolAmendmentProposed;
import dk.pulje.shared.pool.PoolAmendmentRefused;
import dk.pulje.shared.pool.RefusePoolAmendment;
import dk.pulje.shared.pool.ClosePool;
import dk.pulje.shared.pool.DeadlineChange;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PublishPool;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.programme.ProgrammeId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dk.pulje.shared.application.ApplicationStatus.ELIGIBLE;
import static dk.pulje.shared.application.ApplicationStatus.NOT_ELIGIBLE;
import static dk.pulje.shared.application.ApplicationStatus.SUBMITTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A grant pool and the applications made to it. The pool owns "awards never exceed the budget" and "one active
 * application per applicant per round" (a joint application's lead and the partners that confirmed), so both hold
 * under concurrent commands: every change to a pool is
 * appended at the next version of this one stream. A pool with many applications is loaded from a snapshot
 * (its fields, as JSON) and the events after it. The revision names the fields' shape: a snapshot of another
 * shape is passed over and the pool is read from its events.
 */
@Aggregate(snapshotTriggerDefinition = "poolSnapshotTrigger", snapshotFilter = "poolSnapshotFilter",
        cache = "poolCache")
@Revision("8")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Pool {

    @AggregateIdentifier
    private PoolId poolId;
    private ProgrammeId programmeId;
    private PoolStatus status;
    private Money budget;
    private Money awarded = Money.ZERO;
    /** What is awarded to each round's applications, for the rounds with a budget of their own. */
    private Map<Integer, Money> awardedByRound = new HashMap<>();
    private PoolTerms terms;
    private int rulesVersion;
    // Not final: a snapshot is read back into these fields, and Jackson 3 does not write final fields.
    private Map<ApplicationId, Application> applications = new HashMap<>();
    private Set<String> activeApplicantsByRound = new HashSet<>();
    private Set<ApplicationId> released = new HashSet<>();
    private Set<Integer> openedRounds = new HashSet<>();
    private Set<Integer> closedRounds = new HashSet<>();
    /** "applicationId/userId" of every declared conflict of interest. */
    private Set<String> conflicts = new HashSet<>();
    private boolean secondSignature;
    private int amendmentsProposed;
    private ProposedAmendment proposedAmendment;

    Pool() {
    }

    Pool(DraftPool command, Instant now) {
        apply(new PoolDrafted(command.poolId(), command.programmeId(), command.budget(), command.terms(),
                Decision.by(command.actor(), now, command.reason()), command.amendmentsNeedSecondSignature()));
    }

    PoolId poolId() {
        return poolId;
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
        apply(new PoolAnnounced(poolId, command.planned(), Decision.by(command.actor(), clock.instant(),
                command.reason())));
    }

    @CommandHandler
    void handle(PublishPool command, Clock clock, DeadlineManager deadlines) {
        requireStatus("published", PoolStatus.DRAFT, PoolStatus.ANNOUNCED);
        Instant now = clock.instant();
        List<Round> rounds = command.rounds() == null ? terms.rounds() : terms.withRounds(command.rounds()).rounds();
        Round last = rounds.get(rounds.size() - 1);
        if (last.deadline().hasPassedAt(now)) {
            throw new DeadlinePassed("Every round's deadline has passed; the last was " + last.deadline()
                    + " (Copenhagen time). Amend the rounds before publishing.");
        }
        apply(new PoolPublished(poolId, rulesVersion, Decision.by(command.actor(), now, command.reason()),
                command.rounds() == null ? null : rounds));
        for (Round round : terms.rounds()) {
            if (round.number() > 1 && !round.hasOpenedAt(now)) {
                deadlines.schedule(round.opensAt(), RoundDeadlines.opening(round.number()),
                        new RoundDeadlines.Opening(round.number()));
            }
            if (!round.deadline().hasPassedAt(now)) {
                scheduleClosing(deadlines, round, now);
            }
        }
    }

    /** The round's closing, and the reminder a week before it when that is still to come. */
    private static void scheduleClosing(DeadlineManager deadlines, Round round, Instant now) {
        deadlines.schedule(round.deadline().instant(), RoundDeadlines.closing(round.number()),
                new RoundDeadlines.Closing(round.number()));
        Instant reminder = round.deadline().instant().minus(RoundDeadlines.REMINDER_BEFORE);
        if (reminder.isAfter(now)) {
            deadlines.schedule(reminder, RoundDeadlines.reminder(round.number()),
                    new RoundDeadlines.Reminder(round.number()));
        }
    }

    @DeadlineHandler
    void on(RoundDeadlines.Reminder reminder) {
        Round round = terms.rounds().get(reminder.round() - 1);
        if (status == PoolStatus.PUBLISHED && !closedRounds.contains(round.number())) {
            Instant at = round.deadline().instant().minus(RoundDeadlines.REMINDER_BEFORE);
            apply(new RoundDeadlineApproaching(poolId, round.number(), round.deadline(), new Decision(
                    Actor.system().userId(), Role.SYSTEM, at, "Round " + round.number() + " closes in 7 days, "
                    + round.deadline() + " (Copenhagen time)")));
        }
    }

    @DeadlineHandler
    void on(RoundDeadlines.Opening opening) {
        Round round = terms.rounds().get(opening.round() - 1);
        if (status == PoolStatus.PUBLISHED && !openedRounds.contains(round.number())) {
            apply(new RoundOpened(poolId, round.number(), new Decision(Actor.system().userId(), Role.SYSTEM,
                    round.opensAt(), "Round " + round.number() + " opens " + round.opens() + " (Copenhagen time)")));
        }
    }

    @DeadlineHandler
    void on(RoundDeadlines.Closing closing, Clock clock) {
        Round round = terms.rounds().get(closing.round() - 1);
        if (status == PoolStatus.PUBLISHED && !closedRounds.contains(round.number())
                && round.deadline().hasPassedAt(clock.instant())) {
            apply(new RoundClosed(poolId, round.number(), new Decision(Actor.system().userId(), Role.SYSTEM,
                    round.deadline().instant(), "Deadline " + round.deadline() + " (Copenhagen time)")));
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
        Decision decision = Decision.by(command.actor(), now, command.reason());
        if (!secondSignature) {
            applyAmendment(newBudget, amendedRounds, command.deadlineChanges(), decision, null, deadlines);
            return true;
        }
        if (proposedAmendment != null) {
            throw new AmendmentPending("Amendment " + proposedAmendment.number() + " by "
                    + proposedAmendment.proposedBy() + " awaits a second signature; approve or refuse it first");
        }
        apply(new PoolAmendmentProposed(poolId, amendmentsProposed + 1, command.budget(), command.deadlineChanges(),
                decision));
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
        String reason = command.reason() == null ? proposal.reason() : proposal.reason() + " — " + command.reason();
        applyAmendment(newBudget, amendedRounds, proposal.deadlineChanges(), Decision.by(command.actor(), now, reason),
                proposal.number(), deadlines);
        return proposal;
    }

    @CommandHandler
    void handle(RefusePoolAmendment command, Clock clock) {
        ProposedAmendment proposal = proposed(command.amendment());
        apply(new PoolAmendmentRefused(poolId, proposal.number(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    private ProposedAmendment proposed(int number) {
        if (proposedAmendment == null || proposedAmendment.number() != number) {
            throw new UnknownAmendment("Pool " + poolId + " has no amendment " + number + " awaiting a second signature");
        }
        return proposedAmendment;
    }

    /** The rounds after the changes, if the budget still covers the awards and no change breaks a round's rules. */
    private List<Round> checkAmendment(Money newBudget, List<DeadlineChange> changes) {
        if (awarded.isGreaterThan(newBudget)) {
            throw new BudgetBelowAwarded("The pool has awarded " + awarded + " kr.; its budget cannot drop to "
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
        return terms.withRounds(rounds).rounds();
    }

    private void applyAmendment(Money newBudget, List<Round> amendedRounds, List<DeadlineChange> changes,
                                Decision decision, Integer amendment, DeadlineManager deadlines) {
        apply(new PoolAmended(poolId, budget, newBudget, amendedRounds, rulesVersion + 1, decision, amendment));
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
    void handle(SubmitApplication command, Clock clock, ApplicationIds applicationIds) {
        requireStatus("applied to", PoolStatus.PUBLISHED);
        Instant now = clock.instant();
        Round round = openRound(now);
        if (applications.containsKey(command.applicationId())) {
            throw new AlreadyExists("Application " + command.applicationId() + " exists already");
        }
        List<Applicant> parties = Stream.concat(Stream.of(command.applicant()), command.partners().stream()).toList();
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
        if (command.signature() != null && !command.signature().organisation().equals(command.applicant().key())) {
            throw new NotTheApplicant("The submission is signed for " + command.signature().organisation()
                    + ", not for " + command.applicant().key());
        }
        for (Applicant party : parties) {
            if (activeApplicantsByRound.contains(activeKey(round.number(), party.key()))) {
                throw new ActiveApplicationExists(party.name() + " already has an active application in round "
                        + round.number());
            }
        }
        checkRequest(command.amountRequested(), command.budget(), command.activityCategory());
        checkEarmarks(command.budgetLines());
        applicationIds.claim(command.applicationId(), poolId);
        apply(new ApplicationSubmitted(poolId, command.applicationId(), round.number(), command.applicant(),
                command.projectTitle(), command.amountRequested(), command.budget(), command.activityCategory(),
                command.contact(), command.actor(), now, command.signature(),
                command.budgetLines().lines().isEmpty() ? null : command.budgetLines(), command.partners()));
    }

    private void checkEarmarks(BudgetLines lines) {
        terms.earmarks().stream().filter(earmark -> !earmark.keptBy(lines)).findFirst().ifPresent(earmark -> {
            throw new EarmarkNotMet(earmark.brokenBy(lines));
        });
    }

    @CommandHandler
    void handle(AmendApplication command, Clock clock) {
        Application application = applicationActedOnByItsApplicant(command.applicationId(), command.actor());
        application.requireStatus("amended", SUBMITTED);
        Instant now = clock.instant();
        requireBeforeDeadline(application, now);
        checkRequest(command.amountRequested(), command.budget(), command.activityCategory());
        BudgetLines lines = command.budgetLines().lines().isEmpty() ? application.budgetLines()
                : command.budgetLines();
        if (!lines.lines().isEmpty() && !lines.total().equals(command.amountRequested())) {
            throw new BudgetLinesDoNotAddUp("The application's budget lines add up to " + lines.total()
                    + " kr., not the " + command.amountRequested() + " kr. now asked for; amend them with it");
        }
        checkEarmarks(lines);
        apply(new ApplicationAmended(poolId, application.id(), command.amountRequested(), command.budget(),
                command.activityCategory(), Decision.by(command.actor(), now, command.reason()),
                lines.lines().isEmpty() ? null : lines));
    }

    @CommandHandler
    void handle(WithdrawApplication command, Clock clock) {
        Application application = applicationActedOnByItsApplicant(command.applicationId(), command.actor());
        application.requireStatus("withdrawn", SUBMITTED, ELIGIBLE, NOT_ELIGIBLE);
        Instant now = clock.instant();
        requireBeforeDeadline(application, now);
        apply(new ApplicationWithdrawn(poolId, application.id(), Decision.by(command.actor(), now, command.reason())));
    }

    /**
     * A named partner confirms its part, which makes the application its active one in the round; a partner that has
     * meanwhile applied elsewhere in the round cannot.
     */
    @CommandHandler
    void handle(ConfirmPartnership command, Clock clock) {
        Application application = application(command.applicationId());
        Applicant partner = undecidedPartner(application, command.actor(), "confirmed");
        if (activeApplicantsByRound.contains(activeKey(application.round(), partner.key()))) {
            throw new ActiveApplicationExists(partner.name() + " already has an active application in round "
                    + application.round() + "; it cannot also be a partner of application " + application.id());
        }
        apply(new PartnershipConfirmed(poolId, application.id(), partner,
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    /** A named partner declines its part and leaves the partnership; the application goes on without it. */
    @CommandHandler
    void handle(DeclinePartnership command, Clock clock) {
        Application application = application(command.applicationId());
        Applicant partner = undecidedPartner(application, command.actor(), "declined");
        apply(new PartnershipDeclined(poolId, application.id(), partner,
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    /** The partner the actor signs in for, named in the application and yet to decide on its part. */
    private Applicant undecidedPartner(Application application, Actor actor, String change) {
        Applicant partner = actor.role() != Role.APPLICANT ? null
                : application.partner(actor.organisation()).orElse(null);
        if (partner == null) {
            throw new NotAPartner("Application " + application.id() + " does not name "
                    + (actor.organisation() == null ? actor.userId() : actor.organisation()) + " as a partner");
        }
        application.requireStatus("partnership " + change, SUBMITTED, ELIGIBLE, NOT_ELIGIBLE);
        requireUndecided(application, partner);
        return partner;
    }

    private static void requireUndecided(Application application, Applicant partner) {
        if (application.hasDecided(partner)) {
            throw new PartnershipAlreadyDecided(partner.name() + " has already " + application.decisionOf(partner)
                    + " in application " + application.id());
        }
    }

    /**
     * The lead removes a partner that has not confirmed, with a reason, while the application is undecided (after the
     * round's deadline too): a partner that never answers, or cannot confirm, no longer holds up the award. A partner
     * that confirmed agreed to the partnership and holds its place in the round with it: the lead cannot remove it.
     */
    @CommandHandler
    void handle(RemovePartner command, Clock clock) {
        Application application = application(command.applicationId());
        Actor actor = command.actor();
        if (actor.role() != Role.APPLICANT || !actor.actsFor(application.applicant().key())) {
            throw new NotTheApplicant("Only the lead of application " + application.id() + ", "
                    + application.applicant().name() + ", removes its partners");
        }
        application.requireStatus("changed", SUBMITTED, ELIGIBLE, NOT_ELIGIBLE);
        Applicant partner = application.partner(command.partner()).orElseThrow(() -> new UnknownPartner(
                "Application " + application.id() + " names no partner " + command.partner()));
        if (application.confirmed().contains(partner.key())) {
            throw new PartnerHasConfirmed(partner.name() + " confirmed its part in application " + application.id()
                    + " and stays a partner; only withdrawing the application ends the partnership");
        }
        requireUndecided(application, partner);
        apply(new PartnerRemoved(poolId, application.id(), partner,
                Decision.by(actor, clock.instant(), command.reason())));
    }

    @CommandHandler
    void handle(ScreenApplication command, Clock clock) {
        requireStatus("assessed", PoolStatus.PUBLISHED);
        Application application = withoutConflict(command.applicationId(), command.actor());
        application.requireStatus("screened", SUBMITTED, ELIGIBLE, NOT_ELIGIBLE);
        apply(new ApplicationScreened(poolId, application.id(), command.eligible(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    @CommandHandler
    void handle(ScoreApplication command, Clock clock) {
        requireStatus("assessed", PoolStatus.PUBLISHED);
        Application application = withoutConflict(command.applicationId(), command.actor());
        application.requireStatus("scored", ELIGIBLE);
        apply(new ApplicationScored(poolId, application.id(), command.score(),
                Decision.by(command.actor(), clock.instant(), command.justification())));
    }

    /** Awards a grant; the grant it opens is created in the same unit of work (see {@code Granting}). */
    OpenGrant award(AwardGrant command, Instant now) {
        requireStatus("awarded from", PoolStatus.PUBLISHED);
        Application application = decidedBySomeoneElse(command.applicationId(), command.actor());
        application.requireStatus("awarded", ELIGIBLE);
        List<Applicant> awaiting = application.awaitingConfirmation();
        if (!awaiting.isEmpty()) {
            throw new PartnersNotConfirmed("Application " + application.id() + " awaits the confirmation of "
                    + awaiting.stream().map(Applicant::name).toList() + "; a joint application is awarded once every "
                    + "partner has confirmed or declined its part");
        }
        if (command.amount().isGreaterThan(application.amountRequested())) {
            throw new AwardExceedsRequest("The application asked for " + application.amountRequested()
                    + " kr.; " + command.amount() + " kr. cannot be awarded");
        }
        Money earmarked = terms.earmarks().stream().map(Earmark::minimum).reduce(Money.ZERO, Money::plus);
        if (earmarked.isGreaterThan(command.amount())) {
            throw new EarmarkNotMet("The pool earmarks " + earmarked + " kr. of each grant; an award of "
                    + command.amount() + " kr. cannot hold them");
        }
        Money remaining = budget.minus(awarded);
        if (command.amount().isGreaterThan(remaining)) {
            throw new AwardExceedsBudget("The pool has " + remaining + " kr. left; " + command.amount()
                    + " kr. cannot be awarded");
        }
        Round round = terms.rounds().get(application.round() - 1);
        if (round.budget() != null) {
            Money leftInRound = round.budget().minus(awardedByRound.getOrDefault(round.number(), Money.ZERO));
            if (command.amount().isGreaterThan(leftInRound)) {
                throw new AwardExceedsBudget("Round " + round.number() + " has " + leftInRound + " kr. left of its "
                        + "budget of " + round.budget() + " kr.; " + command.amount() + " kr. cannot be awarded");
            }
        }
        Decision decision = Decision.by(command.actor(), now, command.reason());
        apply(new GrantAwarded(poolId, application.id(), application.applicant(), command.amount(),
                List.copyOf(application.scores()), rulesVersion, decision, application.partnership()));
        GrantConditions conditions = terms.grantConditions();
        ZonedDateTime awardedAt = now.atZone(Deadline.COPENHAGEN);
        return new OpenGrant(poolId, programmeId, application.id(), application.applicant(), command.amount(),
                GrantPlan.paymentSchedule(application.budget(), command.amount()),
                awardedAt.plusDays(conditions.acceptanceDays()).toInstant(),
                awardedAt.plusMonths(conditions.startWithinMonths()).toInstant(),
                GrantPlan.reports(terms.projectPeriod()), conditions.reminderDays(), decision, terms.earmarks());
    }

    /** A lapsed grant's money returns to the pool; asked once per lapse, and a second ask changes nothing. */
    @CommandHandler
    void handle(ReleaseAward command, Clock clock) {
        Application application = application(command.applicationId());
        if (application.status() != ApplicationStatus.AWARDED || released.contains(application.id())) {
            return;
        }
        apply(new AwardReleased(poolId, application.id(), command.amount(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    @CommandHandler
    void handle(RejectApplication command, Clock clock) {
        requireStatus("decided in", PoolStatus.PUBLISHED, PoolStatus.CLOSED);
        Application application = decidedBySomeoneElse(command.applicationId(), command.actor());
        application.requireStatus("rejected", SUBMITTED, ELIGIBLE, NOT_ELIGIBLE);
        apply(new ApplicationRejected(poolId, application.id(), List.copyOf(application.scores()), rulesVersion,
                Decision.by(command.actor(), clock.instant(), command.reason())));
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
            throw new RoundNotOpen("The first round opens " + terms.rounds().get(0).opens() + " (Copenhagen time)");
        }
        throw new DeadlinePassed("Round " + latestOpened.number() + " closed at " + latestOpened.deadline()
                + " (Copenhagen time)");
    }

    private void requireBeforeDeadline(Application application, Instant now) {
        Round round = terms.rounds().get(application.round() - 1);
        if (round.deadline().hasPassedAt(now)) {
            throw new DeadlinePassed("Round " + round.number() + " closed at " + round.deadline()
                    + " (Copenhagen time)");
        }
    }

    private void checkRequest(Money amount, BudgetByYear budgetByYear, String category) {
        if (terms.category(category).isEmpty()) {
            throw new UnknownActivityCategory("The pool funds " + terms.categories().stream()
                    .map(c -> c.code()).toList() + ", not " + category);
        }
        if (!terms.limits().allow(amount)) {
            throw new AmountOutsideLimits("An application asks for " + terms.limits().minimum() + " to "
                    + terms.limits().maximum() + " kr., not " + amount + " kr.");
        }
        for (Integer year : budgetByYear.years().keySet()) {
            if (!terms.projectPeriod().coversYear(year)) {
                throw new BudgetYearOutsidePeriod("The project period is " + terms.projectPeriod().start() + " to "
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

    private Application applicationActedOnByItsApplicant(ApplicationId applicationId, Actor actor) {
        Application application = application(applicationId);
        if (!actor.actsFor(application.applicant().key())) {
            throw new NotTheApplicant("Application " + applicationId + " belongs to another organisation");
        }
        return application;
    }

    @CommandHandler
    void handle(DeclareConflictOfInterest command, Clock clock) {
        Application application = application(command.applicationId());
        if (!conflicts.contains(conflictKey(application.id(), command.actor().userId()))) {
            apply(new ConflictOfInterestDeclared(poolId, application.id(),
                    Decision.by(command.actor(), clock.instant(), command.reason())));
        }
    }

    private Application withoutConflict(ApplicationId applicationId, Actor actor) {
        Application application = application(applicationId);
        if (conflicts.contains(conflictKey(applicationId, actor.userId()))) {
            throw new ConflictOfInterest(actor.userId() + " declared a conflict of interest in application "
                    + applicationId);
        }
        return application;
    }

    private static String conflictKey(ApplicationId applicationId, String userId) {
        return applicationId + "/" + userId;
    }

    private Application decidedBySomeoneElse(ApplicationId applicationId, Actor actor) {
        Application application = withoutConflict(applicationId, actor);
        if (application.assessors().contains(actor.userId())) {
            throw new FourEyesViolation(actor.userId() + " assessed application " + applicationId
                    + " and cannot also decide it");
        }
        return application;
    }

    private void requireStatus(String change, PoolStatus... allowed) {
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
        terms = terms.withRounds(event.rounds());
        rulesVersion = event.rulesVersion();
        if (event.amendment() != null) {
            proposedAmendment = null;
        }
    }

    @EventSourcingHandler
    void on(PoolAmendmentProposed event) {
        amendmentsProposed = event.amendment();
        proposedAmendment = new ProposedAmendment(event.amendment(), event.budget(), event.deadlineChanges(),
                event.decision().decidedBy(), event.decision().reason());
    }

    @EventSourcingHandler
    void on(PoolAmendmentRefused event) {
        proposedAmendment = null;
    }

    @EventSourcingHandler
    void on(PoolClosed event) {
        status = PoolStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        Application submitted = Application.submitted(event.applicationId(), event.round(), event.applicant(),
                event.amountRequested(), event.budget(), event.budgetLines(), event.partners());
        applications.put(event.applicationId(), submitted);
        submitted.parties().forEach(party -> activeApplicantsByRound.add(activeKey(event.round(), party.key())));
    }

    @EventSourcingHandler
    void on(ApplicationAmended event) {
        applications.computeIfPresent(event.applicationId(), (id, a) -> a.withRequest(event.amountRequested(),
                event.budget(), event.budgetLines()));
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawn event) {
        end(event.applicationId(), ApplicationStatus.WITHDRAWN);
    }

    @EventSourcingHandler
    void on(ApplicationScreened event) {
        applications.computeIfPresent(event.applicationId(), (id, a) ->
                a.assessedBy(event.decision().decidedBy(), event.eligible() ? ELIGIBLE : NOT_ELIGIBLE, null));
    }

    @EventSourcingHandler
    void on(ApplicationScored event) {
        applications.computeIfPresent(event.applicationId(), (id, a) ->
                a.assessedBy(event.decision().decidedBy(), a.status(), event.score()));
    }

    @EventSourcingHandler
    void on(GrantAwarded event) {
        Application application = applications.computeIfPresent(event.applicationId(),
                (id, a) -> a.withStatus(ApplicationStatus.AWARDED));
        awarded = awarded.plus(event.amount());
        if (application != null) {
            awardedByRound.merge(application.round(), event.amount(), Money::plus);
        }
    }

    @EventSourcingHandler
    void on(AwardReleased event) {
        released.add(event.applicationId());
        awarded = awarded.minus(event.amount());
        Application application = applications.get(event.applicationId());
        if (application != null) {
            awardedByRound.merge(application.round(), event.amount(), Money::minus);
        }
    }

    @EventSourcingHandler
    void on(PartnershipConfirmed event) {
        Application confirmed = applications.computeIfPresent(event.applicationId(),
                (id, a) -> a.confirmedBy(event.partner()));
        activeApplicantsByRound.add(activeKey(confirmed.round(), event.partner().key()));
    }

    @EventSourcingHandler
    void on(PartnershipDeclined event) {
        applications.computeIfPresent(event.applicationId(), (id, a) -> a.declinedBy(event.partner()));
    }

    @EventSourcingHandler
    void on(PartnerRemoved event) {
        applications.computeIfPresent(event.applicationId(), (id, a) -> a.withoutPartner(event.partner()));
    }

    @EventSourcingHandler
    void on(ConflictOfInterestDeclared event) {
        conflicts.add(conflictKey(event.applicationId(), event.decision().decidedBy()));
    }

    @EventSourcingHandler
    void on(RoundOpened event) {
        openedRounds.add(event.round());
    }

    @EventSourcingHandler
    void on(RoundClosed event) {
        closedRounds.add(event.round());
    }

    @EventSourcingHandler
    void on(ApplicationRejected event) {
        end(event.applicationId(), ApplicationStatus.REJECTED);
    }

    private void end(ApplicationId applicationId, ApplicationStatus endStatus) {
        Application ended = applications.computeIfPresent(applicationId, (id, a) -> a.withStatus(endStatus));
        ended.parties().forEach(party -> activeApplicantsByRound.remove(activeKey(ended.round(), party.key())));
    }
}
