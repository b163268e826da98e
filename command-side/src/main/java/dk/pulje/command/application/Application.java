package dk.pulje.command.application;

import static dk.pulje.shared.application.ApplicationStatus.ELIGIBLE;
import static dk.pulje.shared.application.ApplicationStatus.NOT_ELIGIBLE;
import static dk.pulje.shared.application.ApplicationStatus.SUBMITTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import dk.pulje.command.shared.BudgetLinesDoNotAddUp;
import dk.pulje.command.shared.FourEyesViolation;
import dk.pulje.shared.application.AmendApplication;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationAmended;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.ApplicationEvent;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.AssessorAssigned;
import dk.pulje.shared.application.AssignAssessor;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.application.ConfirmPartnership;
import dk.pulje.shared.application.ConflictOfInterestDeclared;
import dk.pulje.shared.application.ConsensusRecorded;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.application.DeclareConflictOfInterest;
import dk.pulje.shared.application.DeclinePartnership;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.PartnerRemoved;
import dk.pulje.shared.application.PartnershipConfirmed;
import dk.pulje.shared.application.PartnershipDeclined;
import dk.pulje.shared.application.RecordConsensus;
import dk.pulje.shared.application.RejectApplication;
import dk.pulje.shared.application.ReleaseAward;
import dk.pulje.shared.application.ReleaseCause;
import dk.pulje.shared.application.RemovePartner;
import dk.pulje.shared.application.ScoreApplication;
import dk.pulje.shared.application.ScreenApplication;
import dk.pulje.shared.application.SubmitAssessment;
import dk.pulje.shared.application.WithdrawApplication;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.AssessmentRules;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.ReturnsTo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * An application to a pool: an entity of the Pool aggregate ({@code @AggregateMember}), so its events are appended to
 * the pool's stream and the pool's invariants over all its applications hold. Axon routes each command naming an
 * application ({@code applicationId}) to it; it decides on its own state and asks the pool ({@link PoolRules}) for the
 * pool's state, rounds and terms. The pool keeps the budget, the places in each round and the award.
 *
 * <p>The pool hands each of the application's events to {@link #on(ApplicationEvent)}, found by id, rather than letting
 * Axon offer every event to every application of the pool, which costs a pass over all of them per event.
 *
 * <p>{@code partners} are those named at submission; {@code confirmed} and {@code declined} hold the applicant keys
 * of the partners that have decided on their part, {@code removed} those the lead removed before they confirmed.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Application {

    @JsonBackReference
    private PoolRules pool;

    @EntityId(routingKey = "applicationId")
    private ApplicationId id;

    private int round;
    private Applicant applicant;
    private Money amountRequested;
    private BudgetByYear budget;
    private BudgetLines budgetLines;
    private ApplicationStatus status;
    private Set<String> assessors = new HashSet<>();
    private List<Integer> scores = new ArrayList<>();
    /** The user ids assigned to assess the application, and those of them that have assessed it. */
    private Set<String> assigned = new HashSet<>();

    private Set<String> assessedBy = new HashSet<>();
    private List<Applicant> partners = new ArrayList<>();
    private Set<String> confirmed = new HashSet<>();
    private Set<String> declined = new HashSet<>();
    private Set<String> removed = new HashSet<>();
    /** The user ids that declared a conflict of interest in this application. */
    private Set<String> conflicted = new HashSet<>();
    /** The award as decided, or as changed on reconsideration; releases do not change it. */
    private Money awarded = Money.ZERO;
    /** Awarded and not yet released: what a release may still take. */
    private Money stillAwarded = Money.ZERO;
    /** The once-only releases made (a lapse, a closure); repayments may be many. */
    private Set<ReleaseCause> released = new HashSet<>();

    private Instant submittedAt;
    /** The weighted scores of the independent assessments on the pool's criteria, and of the latest consensus. */
    private List<BigDecimal> assessedScores = new ArrayList<>();

    private BigDecimal consensusScore;
    /** The ids of the documents the submission attached, which a file question's answer may name. */
    private List<String> attached = new ArrayList<>();

    private Application() {}

    /** The application as its submission makes it. */
    public static Application submitted(PoolRules pool, ApplicationSubmitted event) {
        Application application = new Application();
        application.pool = pool;
        application.id = event.applicationId();
        application.round = event.round();
        application.applicant = event.applicant();
        application.amountRequested = event.amountRequested();
        application.budget = event.budget();
        application.budgetLines = event.budgetLines() == null ? BudgetLines.of(null) : event.budgetLines();
        application.status = SUBMITTED;
        application.submittedAt = event.submittedAt();
        application.partners = event.partners() == null ? new ArrayList<>() : new ArrayList<>(event.partners());
        application.attached = new ArrayList<>(
                event.attachments().stream().map(Attachment::documentId).toList());
        return application;
    }

    public ApplicationId id() {
        return id;
    }

    public int round() {
        return round;
    }

    public Applicant applicant() {
        return applicant;
    }

    public BudgetByYear budget() {
        return budget;
    }

    public List<Integer> scores() {
        return List.copyOf(scores);
    }

    public ApplicationStatus status() {
        return status;
    }

    public Money amountRequested() {
        return amountRequested;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /**
     * The score the application is ranked by, once it is assessed as the pool's rules ask: on criteria, the consensus,
     * or where the pool asks for one assessor and one has assessed, that assessment's weighted score; without
     * criteria, the mean of its scores (1 to 5). Empty while it is not assessed so far.
     */
    public Optional<BigDecimal> rankingScore(AssessmentRules rules) {
        if (rules.hasCriteria()) {
            if (consensusScore != null) {
                return Optional.of(consensusScore);
            }
            return rules.minimumAssessors() == 1 && assessedScores.size() == 1
                    ? Optional.of(assessedScores.get(0))
                    : Optional.empty();
        }
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum =
                BigDecimal.valueOf(scores.stream().mapToLong(Integer::longValue).sum());
        return Optional.of(sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
    }

    /** Whether the application holds an award from this pool that has not lapsed. */
    public boolean holdsAGrant() {
        return status == ApplicationStatus.AWARDED && !released.contains(ReleaseCause.LAPSED);
    }

    /** Whether anyone has assessed the application on the pool's criteria. */
    public boolean hasAssessments() {
        return !assessedBy.isEmpty();
    }

    /** The lead and the confirmed partners: every party "one active application per round" holds for. */
    public Stream<Applicant> parties() {
        return Stream.concat(Stream.of(applicant), partners.stream().filter(p -> confirmed.contains(p.key())));
    }

    /** The partners still in the partnership: named, neither declined nor removed. */
    public List<Applicant> partnership() {
        return partners.stream()
                .filter(p -> !declined.contains(p.key()) && !removed.contains(p.key()))
                .toList();
    }

    /**
     * Refuses an award the application itself rules out (the pool checks its budget and earmarks): a decider with a
     * conflict of interest or who assessed it, an application not found eligible, a partnership not settled, an
     * amount beyond the request.
     */
    public void requireAwardable(Actor actor, Money amount) {
        requireAwardable(actor, amount, false);
    }

    /** As {@link #requireAwardable(Actor, Money)}; a rejection changed on reconsideration is awarded from REJECTED. */
    public void requireAwardable(Actor actor, Money amount, boolean reconsidered) {
        decidedBySomeoneElse(actor);
        requireAwardable(amount, reconsidered);
    }

    /**
     * Refuses an award of {@code amount} the application rules out whoever decides it: not found eligible (or, on
     * reconsideration, not rejected), a partnership not settled, an amount beyond the request. An allocation is
     * checked so when proposed, and with its decider when approved.
     */
    public void requireAwardable(Money amount, boolean reconsidered) {
        requireStatus("awarded", reconsidered ? ApplicationStatus.REJECTED : ELIGIBLE);
        List<Applicant> awaiting = awaitingConfirmation();
        if (!awaiting.isEmpty()) {
            throw new PartnersNotConfirmed("Application " + id + " awaits the confirmation of "
                    + awaiting.stream().map(Applicant::name).toList() + "; a joint application is awarded once every "
                    + "partner has confirmed or declined its part");
        }
        requireWithinRequest(amount);
    }

    /**
     * Refuses a change of the award to {@code amount} on reconsideration that the application rules out (the pool
     * checks its budget and earmarks): a decider with a conflict of interest or who assessed it, an application not
     * awarded or whose grant lapsed or closed unpaid, an amount beyond the request or equal to the award. Answers the
     * award as it stands.
     */
    public Money requireAmountChangeable(Actor actor, Money amount) {
        decidedBySomeoneElse(actor);
        requireStatus("changed", ApplicationStatus.AWARDED);
        if (released.contains(ReleaseCause.LAPSED) || released.contains(ReleaseCause.CLOSED_UNPAID)) {
            throw new ApplicationNotInState("The grant on application " + id + " has "
                    + (released.contains(ReleaseCause.LAPSED) ? "lapsed" : "closed") + ": its award cannot change");
        }
        requireWithinRequest(amount);
        if (amount.equals(awarded)) {
            throw new AwardUnchanged("Application " + id + " is awarded " + awarded + " kr. already; a "
                    + "reconsideration that keeps the amount upholds the decision");
        }
        return awarded;
    }

    private void requireWithinRequest(Money amount) {
        if (amount.isGreaterThan(amountRequested)) {
            throw new AwardExceedsRequest("Application " + id + " asked for " + amountRequested + " kr.; " + amount
                    + " kr. cannot be awarded");
        }
    }

    @CommandHandler
    void handle(AmendApplication command, Clock clock) {
        actedOnByItsApplicant(command.actor());
        requireStatus("amended", SUBMITTED);
        Instant now = clock.instant();
        pool.requireBeforeDeadline(round, now);
        pool.checkRequest(command.amountRequested(), command.budget(), command.activityCategory());
        BudgetLines lines = command.budgetLines().lines().isEmpty() ? budgetLines : command.budgetLines();
        if (!lines.lines().isEmpty() && !lines.total().equals(command.amountRequested())) {
            throw new BudgetLinesDoNotAddUp("The application's budget lines add up to " + lines.total()
                    + " kr., not the " + command.amountRequested() + " kr. now asked for; amend them with it");
        }
        pool.checkEarmarks(lines);
        if (command.answers() != null) {
            pool.checkAnswers(command.answers(), attached);
        }
        apply(new ApplicationAmended(
                pool.poolId(),
                id,
                command.amountRequested(),
                command.budget(),
                command.activityCategory(),
                Decision.by(command.actor(), now, command.reason()),
                lines.lines().isEmpty() ? null : lines,
                command.answers(),
                command.answers() == null || command.answers().isEmpty() ? null : pool.rulesVersion()));
    }

    @CommandHandler
    void handle(WithdrawApplication command, Clock clock) {
        actedOnByItsApplicant(command.actor());
        requireStatus("withdrawn", SUBMITTED, ELIGIBLE, NOT_ELIGIBLE);
        Instant now = clock.instant();
        pool.requireBeforeDeadline(round, now);
        apply(new ApplicationWithdrawn(pool.poolId(), id, Decision.by(command.actor(), now, command.reason())));
    }

    /**
     * A named partner confirms its part, which makes the application its active one in the round; a partner that has
     * meanwhile applied elsewhere in the round cannot.
     */
    @CommandHandler
    void handle(ConfirmPartnership command, Clock clock) {
        Applicant partner = undecidedPartner(command.actor(), "confirmed");
        if (pool.hasActiveApplication(round, partner.key())) {
            throw new ActiveApplicationExists(partner.name() + " already has an active application in round " + round
                    + "; it cannot also be a partner of application " + id);
        }
        apply(new PartnershipConfirmed(
                pool.poolId(), id, partner, Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    /** A named partner declines its part and leaves the partnership; the application goes on without it. */
    @CommandHandler
    void handle(DeclinePartnership command, Clock clock) {
        Applicant partner = undecidedPartner(command.actor(), "declined");
        apply(new PartnershipDeclined(
                pool.poolId(), id, partner, Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    /**
     * The lead removes a partner that has not confirmed, with a reason, while the application is undecided (after the
     * round's deadline too): a partner that never answers, or cannot confirm, no longer holds up the award. A partner
     * that confirmed agreed to the partnership and holds its place in the round with it: the lead cannot remove it.
     */
    @CommandHandler
    void handle(RemovePartner command, Clock clock) {
        Actor actor = command.actor();
        if (actor.role() != Role.APPLICANT || !actor.actsFor(applicant.key())) {
            throw new NotTheApplicant(
                    "Only the lead of application " + id + ", " + applicant.name() + ", removes its partners");
        }
        requireStatus("changed", SUBMITTED, ELIGIBLE, NOT_ELIGIBLE);
        Applicant partner = partner(command.partner())
                .orElseThrow(() -> new UnknownPartner("Application " + id + " names no partner " + command.partner()));
        if (confirmed.contains(partner.key())) {
            throw new PartnerHasConfirmed(partner.name() + " confirmed its part in application " + id
                    + " and stays a partner; only withdrawing the application ends the partnership");
        }
        requireUndecided(partner);
        apply(new PartnerRemoved(pool.poolId(), id, partner, Decision.by(actor, clock.instant(), command.reason())));
    }

    @CommandHandler
    void handle(ScreenApplication command, Clock clock) {
        pool.requireStatus("assessed", PoolStatus.PUBLISHED);
        withoutConflict(command.actor());
        requireStatus("screened", SUBMITTED, ELIGIBLE, NOT_ELIGIBLE);
        apply(new ApplicationScreened(
                pool.poolId(),
                id,
                command.eligible(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    @CommandHandler
    void handle(ScoreApplication command, Clock clock) {
        pool.requireStatus("assessed", PoolStatus.PUBLISHED);
        withoutConflict(command.actor());
        requireStatus("scored", ELIGIBLE);
        apply(new ApplicationScored(
                pool.poolId(),
                id,
                command.score(),
                Decision.by(command.actor(), clock.instant(), command.justification())));
    }

    /**
     * The pool manager assigns an assessor; one who declared a conflict of interest in the application cannot be.
     * Assigning one already assigned changes nothing.
     */
    @CommandHandler
    void handle(AssignAssessor command, Clock clock) {
        pool.requireStatus("assessed", PoolStatus.PUBLISHED);
        requireStatus("assigned an assessor", SUBMITTED, ELIGIBLE);
        if (conflicted.contains(command.assessor())) {
            throw new ConflictOfInterest(command.assessor() + " declared a conflict of interest in application " + id
                    + " and cannot be assigned to assess it");
        }
        if (!assigned.contains(command.assessor())) {
            apply(new AssessorAssigned(
                    pool.poolId(),
                    id,
                    command.assessor(),
                    Decision.by(command.actor(), clock.instant(), command.reason())));
        }
    }

    /** An assigned assessor scores every criterion of the pool, once, independently of the others. */
    @CommandHandler
    void handle(SubmitAssessment command, Clock clock) {
        pool.requireStatus("assessed", PoolStatus.PUBLISHED);
        withoutConflict(command.actor());
        AssessmentRules rules = criteria();
        requireStatus("assessed", ELIGIBLE);
        String assessor = command.actor().userId();
        if (!assigned.contains(assessor)) {
            throw new NotAssigned(assessor + " is not assigned to assess application " + id);
        }
        if (assessedBy.contains(assessor)) {
            throw new AlreadyAssessed(assessor + " has assessed application " + id + " already");
        }
        requireFit(rules, command.scores());
        apply(new ApplicationAssessed(
                pool.poolId(),
                id,
                command.scores(),
                rules.weighted(command.scores()),
                pool.rulesVersion(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    /**
     * Once the pool's number of assessors have assessed, the pool manager, or an assessor who assessed it as lead,
     * records their consensus; the weighted score is the pool's weights times the agreed scores.
     */
    @CommandHandler
    void handle(RecordConsensus command, Clock clock) {
        pool.requireStatus("assessed", PoolStatus.PUBLISHED);
        Actor actor = command.actor();
        withoutConflict(actor);
        AssessmentRules rules = criteria();
        requireStatus("assessed", ELIGIBLE);
        if (actor.role() != Role.POOL_MANAGER && !assessedBy.contains(actor.userId())) {
            throw new NotAssigned(actor.userId() + " has not assessed application " + id
                    + "; the pool manager or an assessor who has records the consensus");
        }
        if (assessedBy.size() < rules.minimumAssessors()) {
            throw new TooFewAssessments("Application " + id + " has " + assessedBy.size() + " of the "
                    + rules.minimumAssessors() + " independent assessments the pool asks for before a consensus");
        }
        requireFit(rules, command.scores());
        apply(new ConsensusRecorded(
                pool.poolId(),
                id,
                command.scores(),
                rules.weighted(command.scores()),
                assessedBy.stream().sorted().toList(),
                pool.rulesVersion(),
                Decision.by(actor, clock.instant(), command.reason())));
    }

    private AssessmentRules criteria() {
        AssessmentRules rules = pool.assessmentRules();
        if (!rules.hasCriteria()) {
            throw new NoAssessmentCriteria("Pool " + pool.poolId() + " announced no assessment criteria; its "
                    + "applications are scored from 1 to 5 instead");
        }
        return rules;
    }

    private static void requireFit(AssessmentRules rules, List<CriterionScore> scores) {
        rules.misfit(scores).ifPresent(misfit -> {
            throw new ScoresDoNotFitCriteria(misfit);
        });
    }

    @CommandHandler
    void handle(RejectApplication command, Clock clock) {
        pool.requireStatus("decided in", PoolStatus.PUBLISHED, PoolStatus.CLOSED);
        decidedBySomeoneElse(command.actor());
        requireStatus("rejected", SUBMITTED, ELIGIBLE, NOT_ELIGIBLE);
        apply(new ApplicationRejected(
                pool.poolId(),
                id,
                List.copyOf(scores),
                pool.rulesVersion(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    /**
     * Money awarded here is no longer awarded and goes {@code returnsTo} as the pool's terms say; a lapse or a closure
     * asked twice changes nothing, and no release takes more than is still awarded. Asked by the pool for the grant
     * feature (see {@code PoolAwards}), in the unit of work that records the grant's event.
     */
    public void release(ReleaseAward command, Instant now, ReturnsTo returnsTo) {
        if (status != ApplicationStatus.AWARDED
                || command.amount().isZero()
                || (command.cause() != ReleaseCause.REPAID && released.contains(command.cause()))) {
            return;
        }
        Money amount = command.amount().isGreaterThan(stillAwarded) ? stillAwarded : command.amount();
        apply(new AwardReleased(
                pool.poolId(),
                id,
                amount,
                Decision.by(command.actor(), now, command.reason()),
                command.cause(),
                returnsTo));
    }

    @CommandHandler
    void handle(DeclareConflictOfInterest command, Clock clock) {
        if (!conflicted.contains(command.actor().userId())) {
            apply(new ConflictOfInterestDeclared(
                    pool.poolId(), id, Decision.by(command.actor(), clock.instant(), command.reason())));
        }
    }

    /** The application's own state after one of its events; the pool hands it each event but the submission. */
    public void on(ApplicationEvent event) {
        if (event instanceof ApplicationAmended amended) {
            amountRequested = amended.amountRequested();
            budget = amended.budget();
            // Amendments stored before they carried budget lines kept the lines as they were.
            budgetLines = amended.budgetLines() == null ? budgetLines : amended.budgetLines();
        } else if (event instanceof ApplicationWithdrawn) {
            status = ApplicationStatus.WITHDRAWN;
        } else if (event instanceof ApplicationRejected) {
            status = ApplicationStatus.REJECTED;
        } else if (event instanceof ApplicationScreened screened) {
            assessors.add(screened.decision().decidedBy());
            status = screened.eligible() ? ELIGIBLE : NOT_ELIGIBLE;
        } else if (event instanceof ApplicationScored scored) {
            assessors.add(scored.decision().decidedBy());
            scores.add(scored.score());
        } else if (event instanceof GrantAwarded award) {
            status = ApplicationStatus.AWARDED;
            awarded = award.amount();
            stillAwarded = award.amount();
        } else if (event instanceof AwardChanged changed) {
            awarded = changed.amount();
            stillAwarded = stillAwarded.plus(changed.amount()).minus(changed.previousAmount());
        } else if (event instanceof AwardReleased release) {
            released.add(release.cause());
            stillAwarded = stillAwarded.minus(release.amount());
        } else if (event instanceof PartnershipConfirmed partnership) {
            confirmed.add(partnership.partner().key());
        } else if (event instanceof PartnershipDeclined partnership) {
            declined.add(partnership.partner().key());
        } else if (event instanceof PartnerRemoved removal) {
            removed.add(removal.partner().key());
        } else if (event instanceof ConflictOfInterestDeclared declared) {
            conflicted.add(declared.decision().decidedBy());
        } else if (event instanceof AssessorAssigned assignment) {
            assigned.add(assignment.assessor());
        } else if (event instanceof ApplicationAssessed assessed) {
            assessedBy.add(assessed.decision().decidedBy());
            assessors.add(assessed.decision().decidedBy());
            assessedScores.add(assessed.weightedScore());
        } else if (event instanceof ConsensusRecorded consensus) {
            assessors.add(consensus.decision().decidedBy());
            consensusScore = consensus.weightedScore();
        }
    }

    /** The partners still in the partnership that have not confirmed their part. */
    private List<Applicant> awaitingConfirmation() {
        return partnership().stream().filter(p -> !confirmed.contains(p.key())).toList();
    }

    private Optional<Applicant> partner(String applicantKey) {
        return partners.stream().filter(p -> p.key().equals(applicantKey)).findFirst();
    }

    /** The partner the actor signs in for, named in the application and yet to decide on its part. */
    private Applicant undecidedPartner(Actor actor, String change) {
        Applicant partner = actor.role() != Role.APPLICANT
                ? null
                : partner(actor.organisation()).orElse(null);
        if (partner == null) {
            throw new NotAPartner("Application " + id + " does not name "
                    + (actor.organisation() == null ? actor.userId() : actor.organisation()) + " as a partner");
        }
        requireStatus("partnership " + change, SUBMITTED, ELIGIBLE, NOT_ELIGIBLE);
        requireUndecided(partner);
        return partner;
    }

    /** Refuses a partner whose part is settled: it confirmed or declined, or the lead removed it. */
    private void requireUndecided(Applicant partner) {
        String key = partner.key();
        if (confirmed.contains(key) || declined.contains(key) || removed.contains(key)) {
            String decision = confirmed.contains(key)
                    ? "confirmed its part"
                    : declined.contains(key) ? "declined its part" : "been removed by the lead";
            throw new PartnershipAlreadyDecided(partner.name() + " has already " + decision + " in application " + id);
        }
    }

    private void actedOnByItsApplicant(Actor actor) {
        if (!actor.actsFor(applicant.key())) {
            throw new NotTheApplicant("Application " + id + " belongs to another organisation");
        }
    }

    private void withoutConflict(Actor actor) {
        if (conflicted.contains(actor.userId())) {
            throw new ConflictOfInterest(actor.userId() + " declared a conflict of interest in application " + id);
        }
    }

    private void decidedBySomeoneElse(Actor actor) {
        withoutConflict(actor);
        if (assessors.contains(actor.userId())) {
            throw new FourEyesViolation(actor.userId() + " assessed application " + id + " and cannot also decide it");
        }
    }

    /**
     * Equal in the same state: Axon's test fixture compares the pool that handled a command with the pool sourced from
     * its events, field by field.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Application that
                && round == that.round
                && released.equals(that.released)
                && Objects.equals(awarded, that.awarded)
                && Objects.equals(stillAwarded, that.stillAwarded)
                && Objects.equals(id, that.id)
                && Objects.equals(applicant, that.applicant)
                && Objects.equals(amountRequested, that.amountRequested)
                && Objects.equals(budget, that.budget)
                && Objects.equals(budgetLines, that.budgetLines)
                && status == that.status
                && assessors.equals(that.assessors)
                && scores.equals(that.scores)
                && assigned.equals(that.assigned)
                && assessedBy.equals(that.assessedBy)
                && partners.equals(that.partners)
                && confirmed.equals(that.confirmed)
                && declined.equals(that.declined)
                && removed.equals(that.removed)
                && conflicted.equals(that.conflicted)
                && Objects.equals(submittedAt, that.submittedAt)
                && assessedScores.equals(that.assessedScores)
                && Objects.equals(consensusScore, that.consensusScore);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    private void requireStatus(String change, ApplicationStatus... allowed) {
        if (List.of(allowed).contains(status)) {
            return;
        }
        throw new ApplicationNotInState("Application " + id + " is " + status + ": it cannot be " + change);
    }
}
