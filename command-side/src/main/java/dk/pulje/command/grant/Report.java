package dk.pulje.command.grant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.pulje.command.document.Uploads;
import dk.pulje.command.grant.Deadlines.ReportDeadline;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.grant.ApproveReport;
import dk.pulje.shared.grant.GrantStatus;
import dk.pulje.shared.grant.ReportApproved;
import dk.pulje.shared.grant.ReportDue;
import dk.pulje.shared.grant.ReportOverdue;
import dk.pulje.shared.grant.ReportReturned;
import dk.pulje.shared.grant.ReportSubmitted;
import dk.pulje.shared.grant.ReturnReport;
import dk.pulje.shared.grant.SubmitReport;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * A report the grant owes: an entity of the {@link Grant}, routed to by its {@code reportId}. It is due, submitted or
 * approved, and remembers whether it went overdue; the grant keeps its due dates' deadlines and holds payments while
 * an overdue report is not approved.
 */
class Report {

    enum State {
        DUE,
        SUBMITTED,
        APPROVED
    }

    /** The grant it belongs to; not part of its state. */
    private final transient Grant grant;

    @EntityId(routingKey = "reportId")
    private final String reportId;

    private final ReportDue due;
    private State state = State.DUE;
    private boolean overdue;

    Report(Grant grant, ReportDue due) {
        this.grant = grant;
        this.reportId = due.reportId();
        this.due = due;
    }

    ReportDue due() {
        return due;
    }

    State state() {
        return state;
    }

    boolean overdue() {
        return overdue;
    }

    /** An overdue report holds payments until it is approved. */
    boolean holdsPayments() {
        return overdue && state != State.APPROVED;
    }

    @CommandHandler
    void handle(SubmitReport command, Clock clock, DeadlineManager deadlines, Uploads uploads) {
        grant.actingGrantee(command.actor());
        grant.requireStatus("reported on", GrantStatus.ACCEPTED, GrantStatus.STARTED);
        if (state != State.DUE) {
            throw new ReportNotInState("Report " + reportId + " is " + state + ": it cannot be submitted again");
        }
        grant.requireLinesKnown(command.spentByLine().lines().keySet());
        Instant now = clock.instant();
        List<Attachment> attachments = uploads.attach(command.attachments(), grant.granteeKey(), now);
        apply(new ReportSubmitted(
                grant.grantId(),
                reportId,
                command.summary(),
                command.spentByLine(),
                Decision.by(command.actor(), now, null),
                attachments));
        deadlines.cancelAllWithinScope(Deadlines.reportReminder(reportId));
        deadlines.cancelAllWithinScope(Deadlines.reportDue(reportId));
    }

    @CommandHandler
    void handle(ApproveReport command, Clock clock) {
        requireSubmitted();
        apply(new ReportApproved(
                grant.grantId(), reportId, Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    @CommandHandler
    void handle(ReturnReport command, Clock clock, DeadlineManager deadlines) {
        requireSubmitted();
        Instant now = clock.instant();
        apply(new ReportReturned(grant.grantId(), reportId, Decision.by(command.actor(), now, command.reason())));
        Instant dueAt = Grant.dueInstant(due);
        if (now.isBefore(dueAt)) {
            deadlines.schedule(dueAt, Deadlines.reportDue(reportId), new ReportDeadline(reportId));
        }
    }

    private void requireSubmitted() {
        if (state != State.SUBMITTED) {
            throw new ReportNotInState("Report " + reportId + " is " + state + ", not SUBMITTED");
        }
    }

    @EventSourcingHandler
    void on(ReportOverdue event) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(ReportSubmitted event) {
        state = State.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ReportApproved event) {
        state = State.APPROVED;
    }

    @EventSourcingHandler
    void on(ReportReturned event) {
        state = State.DUE;
    }

    /** Equal in the same state: Axon's test fixture compares the grant that handled a command with one sourced anew. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Report that
                && reportId.equals(that.reportId)
                && due.equals(that.due)
                && state == that.state
                && overdue == that.overdue;
    }

    @Override
    public int hashCode() {
        return Objects.hash(reportId);
    }
}
