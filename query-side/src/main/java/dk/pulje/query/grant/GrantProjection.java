package dk.pulje.query.grant;

import dk.pulje.query.infra.Changes;
import dk.pulje.query.infra.JsonColumns;
import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.grant.BudgetChange;
import dk.pulje.shared.grant.BudgetChangeApproved;
import dk.pulje.shared.grant.BudgetChangeKind;
import dk.pulje.shared.grant.BudgetChangeNoted;
import dk.pulje.shared.grant.DisbursementRecorded;
import dk.pulje.shared.grant.GrantAccepted;
import dk.pulje.shared.grant.GrantAmountChanged;
import dk.pulje.shared.grant.GrantClosed;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.GrantLapsed;
import dk.pulje.shared.grant.GrantOpened;
import dk.pulje.shared.grant.GrantStatus;
import dk.pulje.shared.grant.ProjectStarted;
import dk.pulje.shared.grant.RepaymentClaimed;
import dk.pulje.shared.grant.RepaymentReceived;
import dk.pulje.shared.grant.RepaymentWaived;
import dk.pulje.shared.grant.ReportApproved;
import dk.pulje.shared.grant.ReportDue;
import dk.pulje.shared.grant.ReportOverdue;
import dk.pulje.shared.grant.ReportReturned;
import dk.pulje.shared.grant.ReportSubmitted;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Each grant's money and state, its reports and its payments. Rows keep the grant's sequence number of the last
 * event applied to them, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.GRANTS)
class GrantProjection implements ReadModel {

    private final ProjectionJdbc jdbc;

    GrantProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Table> tables() {
        return List.of(
                new Table("grant_overview", "grant_id"),
                new Table("grant_report", "grant_id, report_id"),
                new Table("grant_payment", "grant_id, payment_id"),
                new Table("grant_report_attachment", "grant_id, report_id, aggregate_sequence, document_id"));
    }

    @EventHandler
    void on(GrantOpened event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "grant_overview",
                grant(event.grantId(), sequence)
                        .addValue("pool_id", event.poolId().value())
                        .addValue("programme_id", event.programmeId().value())
                        .addValue("applicant_key", event.applicant().key())
                        .addValue("applicant_name", event.applicant().name())
                        .addValue("status", GrantStatus.AWAITING_ACCEPTANCE.name())
                        .addValue("awarded_oere", event.amount().oere())
                        .addValue("paid_oere", 0L)
                        .addValue("claimed_oere", 0L)
                        .addValue("waived_oere", 0L)
                        .addValue("repaid_oere", 0L)
                        .addValue("released_oere", 0L)
                        .addValue("accept_by", Rows.timestamp(event.acceptBy()))
                        .addValue("start_by", Rows.timestamp(event.startBy()))
                        .addValue("awarded_at", Rows.timestamp(event.decision().decidedAt())),
                "grant_id");
        for (ReportDue due : event.reports()) {
            Rows.insertIfAbsent(
                    jdbc,
                    "grant_report",
                    report(event.grantId(), due.reportId(), sequence)
                            .addValue("kind", due.kind().name())
                            .addValue("due_on", due.dueOn())
                            .addValue("state", "DUE")
                            .addValue("overdue", false),
                    "grant_id",
                    "report_id");
        }
    }

    @EventHandler
    void on(GrantAccepted event, @SequenceNumber long sequence) {
        change(
                event.grantId(),
                sequence,
                Changes.set("status", GrantStatus.ACCEPTED.name())
                        .and("budget_lines", JsonColumns.write(event.budgetLines())));
    }

    /** The amount changed on reconsideration, and the accepted budget lines scaled with it. */
    @EventHandler
    void on(GrantAmountChanged event, @SequenceNumber long sequence) {
        Changes changes = Changes.set("awarded_oere", event.amount().oere());
        change(
                event.grantId(),
                sequence,
                event.budgetLines() == null
                        ? changes
                        : changes.and("budget_lines", JsonColumns.write(event.budgetLines())));
    }

    @EventHandler
    void on(BudgetChangeNoted event, @SequenceNumber long sequence) {
        takeEffect(event.grantId(), event.change(), sequence);
    }

    @EventHandler
    void on(BudgetChangeApproved event, @SequenceNumber long sequence) {
        takeEffect(event.grantId(), event.change(), sequence);
    }

    /** A reallocation moves money between the grant's budget lines; a carry-over moves it between years. */
    private void takeEffect(GrantId grantId, BudgetChange change, long sequence) {
        if (change.kind() != BudgetChangeKind.REALLOCATION) {
            return;
        }
        jdbc
                .queryForList(
                        "SELECT budget_lines FROM grant_overview WHERE grant_id = :grant_id",
                        grant(grantId, sequence),
                        String.class)
                .stream()
                .findFirst()
                .map(JsonColumns::readLines)
                .ifPresent(lines -> change(
                        grantId,
                        sequence,
                        Changes.set(
                                "budget_lines",
                                JsonColumns.write(lines.moved(change.from(), change.to(), change.amount())))));
    }

    @EventHandler
    void on(ProjectStarted event, @SequenceNumber long sequence) {
        status(event.grantId(), sequence, GrantStatus.STARTED);
    }

    @EventHandler
    void on(GrantLapsed event, @SequenceNumber long sequence) {
        change(
                event.grantId(),
                sequence,
                Changes.set("status", GrantStatus.LAPSED.name())
                        .and("released_oere", event.released().oere()));
    }

    /** What was never paid is released at closure, so it no longer shows as unpaid (closures before revision 2: kept). */
    @EventHandler
    void on(GrantClosed event, @SequenceNumber long sequence) {
        if (event.unpaid() == null) {
            status(event.grantId(), sequence, GrantStatus.CLOSED);
            return;
        }
        change(
                event.grantId(),
                sequence,
                Changes.set("status", GrantStatus.CLOSED.name())
                        .and("released_oere", event.unpaid().oere()));
    }

    @EventHandler
    void on(DisbursementRecorded event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "grant_payment",
                new MapSqlParameterSource("grant_id", event.grantId().value())
                        .addValue("payment_id", event.paymentId())
                        .addValue("budget_year", event.year())
                        .addValue("amount_oere", event.amount().oere())
                        .addValue("paid_at", Rows.timestamp(event.decision().decidedAt()))
                        .addValue("paid_by", event.decision().decidedBy()),
                "grant_id",
                "payment_id");
        add(event.grantId(), sequence, "paid_oere", event.amount().oere());
    }

    @EventHandler
    void on(RepaymentClaimed event, @SequenceNumber long sequence) {
        add(event.grantId(), sequence, "claimed_oere", event.amount().oere());
    }

    @EventHandler
    void on(RepaymentWaived event, @SequenceNumber long sequence) {
        add(event.grantId(), sequence, "waived_oere", event.amount().oere());
    }

    @EventHandler
    void on(RepaymentReceived event, @SequenceNumber long sequence) {
        add(event.grantId(), sequence, "repaid_oere", event.amount().oere());
    }

    @EventHandler
    void on(ReportOverdue event, @SequenceNumber long sequence) {
        changeReport(event.grantId(), event.reportId(), sequence, Changes.set("overdue", true));
    }

    @EventHandler
    void on(ReportSubmitted event, @SequenceNumber long sequence) {
        changeReport(
                event.grantId(),
                event.reportId(),
                sequence,
                Changes.set("state", "SUBMITTED").and("spent_by_line", JsonColumns.write(event.spentByLine())));
        for (int place = 0; place < event.attachments().size(); place++) {
            Attachment attachment = event.attachments().get(place);
            Rows.insertIfAbsent(
                    jdbc,
                    "grant_report_attachment",
                    new MapSqlParameterSource("grant_id", event.grantId().value())
                            .addValue("report_id", event.reportId())
                            .addValue("aggregate_sequence", sequence)
                            .addValue("document_id", attachment.documentId())
                            .addValue("place", place)
                            .addValue("file_name", attachment.fileName())
                            .addValue("media_type", attachment.mediaType())
                            .addValue("size_bytes", attachment.size())
                            .addValue("sha256", attachment.sha256()),
                    "grant_id",
                    "report_id",
                    "aggregate_sequence",
                    "document_id");
        }
    }

    @EventHandler
    void on(ReportApproved event, @SequenceNumber long sequence) {
        changeReport(event.grantId(), event.reportId(), sequence, Changes.set("state", "APPROVED"));
    }

    @EventHandler
    void on(ReportReturned event, @SequenceNumber long sequence) {
        changeReport(event.grantId(), event.reportId(), sequence, Changes.set("state", "DUE"));
    }

    private void status(GrantId grantId, long sequence, GrantStatus status) {
        change(grantId, sequence, Changes.set("status", status.name()));
    }

    private void add(GrantId grantId, long sequence, String column, long oere) {
        change(grantId, sequence, Changes.add(column, oere));
    }

    private void change(GrantId grantId, long sequence, Changes changes) {
        Rows.updateOnce(jdbc, "grant_overview", Map.of("grant_id", grantId.value()), sequence, changes);
    }

    private void changeReport(GrantId grantId, String reportId, long sequence, Changes changes) {
        Rows.updateOnce(
                jdbc, "grant_report", Map.of("grant_id", grantId.value(), "report_id", reportId), sequence, changes);
    }

    private static MapSqlParameterSource grant(GrantId grantId, long sequence) {
        return new MapSqlParameterSource("grant_id", grantId.value()).addValue("last_sequence", sequence);
    }

    private static MapSqlParameterSource report(GrantId grantId, String reportId, long sequence) {
        return grant(grantId, sequence).addValue("report_id", reportId);
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }
}
