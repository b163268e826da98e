package dk.pulje.command.grant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.pulje.command.grant.Deadlines.AcceptanceDeadline;
import dk.pulje.command.grant.Deadlines.ReportDeadline;
import dk.pulje.command.grant.Deadlines.ReportReminder;
import dk.pulje.command.grant.Deadlines.StartDeadline;
import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.command.shared.BudgetLinesDoNotAddUp;
import dk.pulje.command.shared.EarmarkNotMet;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.AcceptGrant;
import dk.pulje.shared.grant.ApproveBudgetChange;
import dk.pulje.shared.grant.ApproveReport;
import dk.pulje.shared.grant.BudgetChange;
import dk.pulje.shared.grant.BudgetChangeApproved;
import dk.pulje.shared.grant.BudgetChangeKind;
import dk.pulje.shared.grant.BudgetChangeNoted;
import dk.pulje.shared.grant.BudgetChangeRefused;
import dk.pulje.shared.grant.BudgetChangeRequested;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.grant.ClaimRepayment;
import dk.pulje.shared.grant.CloseGrant;
import dk.pulje.shared.grant.DisbursementRecorded;
import dk.pulje.shared.grant.GrantAccepted;
import dk.pulje.shared.grant.GrantAmountChanged;
import dk.pulje.shared.grant.GrantClosed;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.GrantLapsed;
import dk.pulje.shared.grant.GrantOpened;
import dk.pulje.shared.grant.GrantStatus;
import dk.pulje.shared.grant.ProjectStarted;
import dk.pulje.shared.grant.RecordDisbursement;
import dk.pulje.shared.grant.RecordRepayment;
import dk.pulje.shared.grant.RefuseBudgetChange;
import dk.pulje.shared.grant.RepaymentClaimed;
import dk.pulje.shared.grant.RepaymentReceived;
import dk.pulje.shared.grant.RepaymentWaived;
import dk.pulje.shared.grant.ReportDue;
import dk.pulje.shared.grant.ReportKind;
import dk.pulje.shared.grant.ReportOverdue;
import dk.pulje.shared.grant.ReportReminderIssued;
import dk.pulje.shared.grant.RequestBudgetChange;
import dk.pulje.shared.grant.ReturnReport;
import dk.pulje.shared.grant.StartProject;
import dk.pulje.shared.grant.SubmitReport;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.PoolId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.modelling.command.ForwardNone;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A grant (tilskud) from award to closure. It owns "a disbursement never exceeds what is scheduled and not yet
 * paid", "payments are held while a report is overdue" and "a claim never exceeds what was paid". Its deadlines
 * (acceptance, project start, report reminders and due dates) are persistent; each handler checks the grant's
 * state first, so a deadline that fires late or twice changes nothing it should not.
 */
@Aggregate(cache = "grantCache")
class Grant {

    /** Claims under this amount are waived by rule. */
    static final Money WAIVER_LIMIT = Money.of("500.00");

    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    /** The stream's id as text: a deadline's scope keeps it through serialization ({@code grant:<id>}). */
    @AggregateIdentifier
    private String streamId;

    private GrantId grantId;
    private PoolId poolId;
    private ApplicationId applicationId;
    private Applicant grantee;
    private GrantStatus status;
    private Money amount;
    private Instant acceptBy;
    private Instant startBy;
    private BudgetLines lines;
    private List<Earmark> earmarks = List.of();
    private final Map<Integer, Money> scheduled = new TreeMap<>();
    private final Map<Integer, Money> paidByYear = new TreeMap<>();
    private Money paid = Money.ZERO;

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Report> reports = new LinkedHashMap<>();

    @AggregateMember(eventForwardingMode = ForwardNone.class)
    private final Map<String, PendingBudgetChange> pendingChanges = new HashMap<>();

    private final Set<String> changeIds = new HashSet<>();
    private final MovesWithoutApproval movesWithoutApproval = new MovesWithoutApproval();
    private final Set<String> paymentIds = new HashSet<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, RepaymentClaim> claims = new HashMap<>();

    private final Set<String> claimIds = new HashSet<>();
    private Money claimed = Money.ZERO;
    private Money repaid = Money.ZERO;

    Grant() {}

    GrantId grantId() {
        return grantId;
    }

    PoolId poolId() {
        return poolId;
    }

    ApplicationId applicationId() {
        return applicationId;
    }

    /**
     * A command for a report, budget change or claim the grant does not have is refused as such (Axon finds no entity
     * for it), after the checks that came first when the grant looked it up itself.
     */
    @CommandHandlerInterceptor
    Object toAKnownPart(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (AggregateEntityNotFoundException e) {
            Object payload = command.getPayload();
            if (payload instanceof SubmitReport submission) {
                actingGrantee(submission.actor());
                requireStatus("reported on", GrantStatus.ACCEPTED, GrantStatus.STARTED);
                throw unknownReport(submission.reportId());
            } else if (payload instanceof ApproveReport approval) {
                throw unknownReport(approval.reportId());
            } else if (payload instanceof ReturnReport returned) {
                throw unknownReport(returned.reportId());
            } else if (payload instanceof ApproveBudgetChange approval) {
                throw unknownBudgetChange(approval.changeId());
            } else if (payload instanceof RefuseBudgetChange refusal) {
                throw unknownBudgetChange(refusal.changeId());
            } else if (payload instanceof RecordRepayment repayment) {
                throw unknownClaim(repayment.claimId());
            }
            throw e;
        }
    }

    private UnknownReport unknownReport(String reportId) {
        return new UnknownReport(
                "Grant " + grantId.value() + " owes the reports " + reports.keySet() + ", not " + reportId);
    }

    private UnknownBudgetChange unknownBudgetChange(String changeId) {
        return new UnknownBudgetChange(
                "No budget change " + changeId + " awaits a decision on grant " + grantId.value());
    }

    UnknownClaim unknownClaim(String claimId) {
        return new UnknownClaim("Grant " + grantId.value() + " has no open claim " + claimId);
    }

    @CommandHandler
    Grant(OpenGrant command, DeadlineManager deadlines) {
        apply(new GrantOpened(
                GrantId.of(command.applicationId()),
                command.poolId(),
                command.programmeId(),
                command.applicationId(),
                command.applicant(),
                command.amount(),
                command.paymentSchedule(),
                command.acceptBy(),
                command.startBy(),
                command.reports(),
                command.reminderDays(),
                command.decision(),
                command.earmarks()));
        Instant now = command.decision().decidedAt();
        deadlines.schedule(command.acceptBy(), Deadlines.ACCEPTANCE, new AcceptanceDeadline(command.acceptBy()));
        deadlines.schedule(command.startBy(), Deadlines.PROJECT_START, new StartDeadline(command.startBy()));
        for (ReportDue due : command.reports()) {
            scheduleReport(deadlines, due, command.reminderDays(), now);
        }
    }

    @CommandHandler
    void handle(AcceptGrant command, Clock clock, DeadlineManager deadlines) {
        actingGrantee(command.actor());
        requireStatus("accepted", GrantStatus.AWAITING_ACCEPTANCE);
        Instant now = clock.instant();
        if (!now.isBefore(acceptBy)) {
            throw new AcceptanceDeadlinePassed("The grant had to be accepted by " + copenhagen(acceptBy));
        }
        BudgetLines accepted =
                command.budgetLines() == null || command.budgetLines().lines().isEmpty()
                        ? BudgetLines.single("project", amount)
                        : command.budgetLines();
        if (!accepted.total().equals(amount)) {
            throw new BudgetLinesDoNotAddUp(
                    "The budget lines add up to " + accepted.total() + " kr.; the grant is " + amount + " kr.");
        }
        requireEarmarksKept(accepted);
        apply(new GrantAccepted(grantId, accepted, Decision.by(command.actor(), now, null)));
        deadlines.cancelAllWithinScope(Deadlines.ACCEPTANCE);
    }

    @CommandHandler
    void handle(StartProject command, Clock clock, DeadlineManager deadlines) {
        actingGrantee(command.actor());
        requireStatus("started", GrantStatus.ACCEPTED);
        Instant now = clock.instant();
        if (command.startedOn().isAfter(LocalDate.ofInstant(now, Deadline.COPENHAGEN))) {
            throw new GrantNotInState("A project cannot be reported started on a future day: " + command.startedOn());
        }
        if (command.startedOn().isAfter(LocalDate.ofInstant(startBy, Deadline.COPENHAGEN))) {
            throw new GrantNotInState("The project had to start by " + copenhagen(startBy));
        }
        apply(new ProjectStarted(grantId, command.startedOn(), Decision.by(command.actor(), now, null)));
        deadlines.cancelAllWithinScope(Deadlines.PROJECT_START);
    }

    @CommandHandler
    void handle(RecordDisbursement command, Clock clock) {
        requireStatus("paid", GrantStatus.STARTED);
        if (paymentIds.contains(command.paymentId())) {
            throw new AlreadyExists("Payment " + command.paymentId() + " is recorded already");
        }
        List<String> holding = reports.values().stream()
                .filter(Report::holdsPayments)
                .map(report -> report.due().reportId())
                .toList();
        if (!holding.isEmpty()) {
            throw new PaymentsHeld(
                    "Payments are held until the overdue report(s) " + holding + " are received and approved");
        }
        Money yearScheduled = scheduled.get(command.year());
        if (yearScheduled == null) {
            throw new UnknownScheduleYear(
                    "The payment schedule has the years " + scheduled.keySet() + ", not " + command.year());
        }
        Money yearLeft = yearScheduled.minus(paidByYear.getOrDefault(command.year(), Money.ZERO));
        if (command.amount().isGreaterThan(yearLeft)) {
            throw new DisbursementExceedsSchedule(command.year() + " has " + yearLeft + " kr. scheduled and not paid; "
                    + command.amount() + " kr. cannot be paid (" + amount.minus(paid) + " kr. of the grant is unpaid)");
        }
        apply(new DisbursementRecorded(
                grantId,
                command.paymentId(),
                command.year(),
                command.amount(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    @CommandHandler
    void handle(RequestBudgetChange command, Clock clock) {
        actingGrantee(command.actor());
        requireStatus("changed", GrantStatus.ACCEPTED, GrantStatus.STARTED);
        if (changeIds.contains(command.changeId())) {
            throw new AlreadyExists("Budget change " + command.changeId() + " exists already");
        }
        BudgetChange change = command.change();
        requireRoomFor(change);
        Decision decision = Decision.by(command.actor(), clock.instant(), command.reason());
        if (change.kind() == BudgetChangeKind.REALLOCATION
                && !movesWithoutApproval.needApproval(change, lines.line(change.from()), decision.decidedAt())) {
            apply(new BudgetChangeNoted(grantId, command.changeId(), change, decision));
        } else {
            apply(new BudgetChangeRequested(grantId, command.changeId(), change, decision));
        }
    }

    @CommandHandler
    void handle(ClaimRepayment command, Clock clock) {
        requireStatus("claimed on", GrantStatus.STARTED);
        if (claimIds.contains(command.claimId())) {
            throw new AlreadyExists("Claim " + command.claimId() + " exists already");
        }
        Money claimable = paid.minus(claimed);
        if (command.amount().isGreaterThan(claimable)) {
            throw new RepaymentExceedsOwed(paid + " kr. is paid and " + claimed + " kr. already claimed; "
                    + command.amount() + " kr. cannot be claimed");
        }
        Decision decision = Decision.by(command.actor(), clock.instant(), command.reason());
        if (WAIVER_LIMIT.isGreaterThan(command.amount())) {
            apply(new RepaymentWaived(grantId, command.claimId(), command.amount(), decision));
        } else {
            apply(new RepaymentClaimed(grantId, command.claimId(), command.amount(), decision));
        }
    }

    @CommandHandler
    void handle(CloseGrant command, Clock clock, DeadlineManager deadlines) {
        requireStatus("closed", GrantStatus.STARTED);
        List<String> outstanding = reports.values().stream()
                .filter(report -> report.due().kind() != ReportKind.STATUS && report.state() != Report.State.APPROVED)
                .map(report -> report.due().reportId())
                .toList();
        if (!outstanding.isEmpty()) {
            throw new NotReadyToClose("The reports " + outstanding + " are not approved yet");
        }
        Money owed = claims.values().stream().map(RepaymentClaim::owed).reduce(Money.ZERO, Money::plus);
        if (!owed.isZero()) {
            throw new NotReadyToClose(owed + " kr. is still owed on repayment claims");
        }
        apply(new GrantClosed(
                grantId,
                paid,
                repaid,
                Decision.by(command.actor(), clock.instant(), command.reason()),
                poolId,
                applicationId,
                amount.minus(paid)));
        cancelReportDeadlines(deadlines);
    }

    /**
     * Refuses a change of the grant's amount on reconsideration that the grant cannot follow: a grant that lapsed or
     * closed keeps its amount, none is changed to less than has been paid on it, and accepted budget lines scaled to
     * the new amount still keep the earmarks.
     */
    void requireAmountChangeable(Money newAmount) {
        requireStatus(
                "changed on reconsideration",
                GrantStatus.AWAITING_ACCEPTANCE,
                GrantStatus.ACCEPTED,
                GrantStatus.STARTED);
        if (paid.isGreaterThan(newAmount)) {
            throw new AwardBelowPaid(paid + " kr. of grant " + grantId.value()
                    + " is paid; its amount cannot change to " + newAmount + " kr.");
        }
        if (lines != null) {
            requireEarmarksKept(GrantPlan.rescaled(lines, newAmount));
        }
    }

    /**
     * Follows the pool's change of the award (see {@link ReconsideredAwards}): the amount, the payment schedule's
     * unpaid rest and the accepted budget lines change with it.
     */
    void amountChanged(AwardChanged change) {
        apply(new GrantAmountChanged(
                grantId,
                poolId,
                applicationId,
                change.reconsiderationId(),
                amount,
                change.amount(),
                GrantPlan.rescheduled(scheduled, paidByYear, change.amount()),
                lines == null ? null : GrantPlan.rescaled(lines, change.amount()),
                change.decision()));
    }

    @DeadlineHandler
    void on(AcceptanceDeadline deadline, DeadlineManager deadlines) {
        if (status == GrantStatus.AWAITING_ACCEPTANCE) {
            lapse("Not accepted by " + copenhagen(deadline.acceptBy()), deadline.acceptBy(), deadlines);
        }
    }

    @DeadlineHandler
    void on(StartDeadline deadline, DeadlineManager deadlines) {
        if (status == GrantStatus.ACCEPTED) {
            lapse("The project did not start by " + copenhagen(deadline.startBy()), deadline.startBy(), deadlines);
        }
    }

    @DeadlineHandler
    void on(ReportReminder reminder, Clock clock) {
        Report report = reports.get(reminder.reportId());
        if (isOpen() && report != null && report.state() == Report.State.DUE) {
            apply(new ReportReminderIssued(
                    grantId,
                    reminder.reportId(),
                    report.due().dueOn(),
                    reminder.daysBefore(),
                    Decision.by(
                            Actor.system(),
                            clock.instant(),
                            "Reminder " + reminder.daysBefore() + " days before the due date")));
        }
    }

    @DeadlineHandler
    void on(ReportDeadline deadline) {
        Report report = reports.get(deadline.reportId());
        if (isOpen() && report != null && report.state() == Report.State.DUE && !report.overdue()) {
            apply(new ReportOverdue(
                    grantId,
                    deadline.reportId(),
                    report.due().dueOn(),
                    Decision.by(
                            Actor.system(),
                            dueInstant(report.due()),
                            "Not submitted by " + report.due().dueOn())));
        }
    }

    private void lapse(String reason, Instant at, DeadlineManager deadlines) {
        apply(new GrantLapsed(
                grantId, poolId, applicationId, amount.minus(paid), Decision.by(Actor.system(), at, reason)));
        deadlines.cancelAllWithinScope(Deadlines.PROJECT_START);
        cancelReportDeadlines(deadlines);
    }

    private void cancelReportDeadlines(DeadlineManager deadlines) {
        for (String reportId : reports.keySet()) {
            deadlines.cancelAllWithinScope(Deadlines.reportReminder(reportId));
            deadlines.cancelAllWithinScope(Deadlines.reportDue(reportId));
        }
    }

    private static void scheduleReport(
            DeadlineManager deadlines, ReportDue due, List<Integer> reminderDays, Instant now) {
        deadlines.schedule(dueInstant(due), Deadlines.reportDue(due.reportId()), new ReportDeadline(due.reportId()));
        for (int days : reminderDays) {
            Instant remindAt = due.dueOn()
                    .minusDays(days)
                    .atTime(REMINDER_TIME)
                    .atZone(Deadline.COPENHAGEN)
                    .toInstant();
            if (remindAt.isAfter(now)) {
                deadlines.schedule(
                        remindAt, Deadlines.reportReminder(due.reportId()), new ReportReminder(due.reportId(), days));
            }
        }
    }

    /** A report due on a day may be submitted all that day: it is overdue from midnight, Copenhagen time. */
    static Instant dueInstant(ReportDue due) {
        return due.dueOn().plusDays(1).atStartOfDay(Deadline.COPENHAGEN).toInstant();
    }

    /** Refuses a report's spending on lines the grant does not have. */
    void requireLinesKnown(Set<String> spentOn) {
        for (String line : spentOn) {
            if (!lines.lines().containsKey(line)) {
                throw new BudgetLineShort(
                        "The grant's budget lines are " + lines.lines().keySet() + ", not " + line);
            }
        }
    }

    /** Refuses a change the grant's lines, earmarks or unpaid schedule cannot hold as they are now. */
    void requireRoomFor(BudgetChange change) {
        if (change.kind() == BudgetChangeKind.REALLOCATION) {
            if (change.amount().isGreaterThan(lines.line(change.from()))) {
                throw new BudgetLineShort("Budget line " + change.from() + " holds " + lines.line(change.from())
                        + " kr.; " + change.amount() + " kr. cannot be moved");
            }
            requireEarmarksKept(lines.moved(change.from(), change.to(), change.amount()));
            return;
        }
        int from = Integer.parseInt(change.from());
        int to = Integer.parseInt(change.to());
        if (!scheduled.containsKey(from) || !scheduled.containsKey(to)) {
            throw new UnknownScheduleYear("The payment schedule has the years " + scheduled.keySet());
        }
        Money unpaid = scheduled.get(from).minus(paidByYear.getOrDefault(from, Money.ZERO));
        if (change.amount().isGreaterThan(unpaid)) {
            throw new BudgetLineShort(
                    from + " has " + unpaid + " kr. unpaid; " + change.amount() + " kr. cannot be carried over");
        }
    }

    private void requireEarmarksKept(BudgetLines budget) {
        earmarks.stream().filter(earmark -> !earmark.keptBy(budget)).findFirst().ifPresent(earmark -> {
            throw new EarmarkNotMet(earmark.brokenBy(budget));
        });
    }

    /** The grantee's applicant key, e.g. {@code municipality:751}. */
    String granteeKey() {
        return grantee.key();
    }

    void actingGrantee(Actor actor) {
        if (!actor.actsFor(grantee.key())) {
            throw new NotTheGrantee("Grant " + grantId.value() + " belongs to another organisation");
        }
    }

    private boolean isOpen() {
        return status != GrantStatus.LAPSED && status != GrantStatus.CLOSED;
    }

    void requireStatus(String change, GrantStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new GrantNotInState("Grant " + grantId.value() + " is " + status + ": it cannot be " + change);
        }
    }

    private static String copenhagen(Instant instant) {
        return instant.atZone(Deadline.COPENHAGEN).toLocalDateTime() + " (Copenhagen time)";
    }

    @EventSourcingHandler
    void on(GrantOpened event) {
        grantId = event.grantId();
        streamId = grantId.toString();
        poolId = event.poolId();
        applicationId = event.applicationId();
        grantee = event.applicant();
        status = GrantStatus.AWAITING_ACCEPTANCE;
        amount = event.amount();
        acceptBy = event.acceptBy();
        startBy = event.startBy();
        scheduled.putAll(event.paymentSchedule().years());
        earmarks = event.earmarks();
        event.reports().forEach(due -> reports.put(due.reportId(), new Report(this, due)));
    }

    @EventSourcingHandler
    void on(GrantAccepted event) {
        status = GrantStatus.ACCEPTED;
        lines = event.budgetLines();
    }

    @EventSourcingHandler
    void on(GrantAmountChanged event) {
        amount = event.amount();
        scheduled.clear();
        scheduled.putAll(event.paymentSchedule().years());
        if (event.budgetLines() != null) {
            lines = event.budgetLines();
        }
    }

    @EventSourcingHandler
    void on(GrantLapsed event) {
        status = GrantStatus.LAPSED;
    }

    @EventSourcingHandler
    void on(ProjectStarted event) {
        status = GrantStatus.STARTED;
    }

    @EventSourcingHandler
    void on(DisbursementRecorded event) {
        paymentIds.add(event.paymentId());
        paidByYear.merge(event.year(), event.amount(), Money::plus);
        paid = paid.plus(event.amount());
    }

    @EventSourcingHandler
    void on(BudgetChangeNoted event) {
        changeIds.add(event.changeId());
        movesWithoutApproval.noted(event.change(), event.decision().decidedAt());
        takeEffect(event.change());
    }

    @EventSourcingHandler
    void on(BudgetChangeRequested event) {
        changeIds.add(event.changeId());
        pendingChanges.put(event.changeId(), new PendingBudgetChange(this, event.changeId(), event.change()));
    }

    @EventSourcingHandler
    void on(BudgetChangeApproved event) {
        pendingChanges.remove(event.changeId());
        takeEffect(event.change());
    }

    @EventSourcingHandler
    void on(BudgetChangeRefused event) {
        pendingChanges.remove(event.changeId());
    }

    private void takeEffect(BudgetChange change) {
        if (change.kind() == BudgetChangeKind.REALLOCATION) {
            lines = lines.moved(change.from(), change.to(), change.amount());
        } else {
            int from = Integer.parseInt(change.from());
            int to = Integer.parseInt(change.to());
            scheduled.put(from, scheduled.get(from).minus(change.amount()));
            scheduled.put(to, scheduled.get(to).plus(change.amount()));
        }
    }

    @EventSourcingHandler
    void on(RepaymentClaimed event) {
        claimIds.add(event.claimId());
        claimed = claimed.plus(event.amount());
        claims.put(event.claimId(), new RepaymentClaim(this, event.claimId(), event.amount()));
    }

    @EventSourcingHandler
    void on(RepaymentWaived event) {
        claimIds.add(event.claimId());
        claimed = claimed.plus(event.amount());
    }

    @EventSourcingHandler
    void on(RepaymentReceived event) {
        repaid = repaid.plus(event.amount());
    }

    @EventSourcingHandler
    void on(GrantClosed event) {
        status = GrantStatus.CLOSED;
    }
}
