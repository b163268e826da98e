package dk.pulje.query.application;

import static dk.pulje.shared.application.ApplicationStatus.AWARDED;
import static dk.pulje.shared.application.ApplicationStatus.ELIGIBLE;
import static dk.pulje.shared.application.ApplicationStatus.NOT_ELIGIBLE;
import static dk.pulje.shared.application.ApplicationStatus.REJECTED;
import static dk.pulje.shared.application.ApplicationStatus.SUBMITTED;
import static dk.pulje.shared.application.ApplicationStatus.WITHDRAWN;

import dk.pulje.query.infra.Changes;
import dk.pulje.query.infra.JsonColumns;
import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationAmended;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.PartnerRemoved;
import dk.pulje.shared.application.PartnershipConfirmed;
import dk.pulje.shared.application.PartnershipDeclined;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * One row per application, as staff list them, and one per document attached to it. The contact person is personal data and is not kept here: staff
 * who need it will get it from a read model made for that, which can also forget it.
 */
@Component
@ProcessingGroup(ProcessingGroups.POOL_APPLICATIONS)
class PoolApplicationsProjection implements ReadModel {

    private final ProjectionJdbc jdbc;

    PoolApplicationsProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Table> tables() {
        return List.of(
                new Table("pool_application", "pool_id, application_id"),
                new Table("application_attachment", "application_id, document_id"));
    }

    @EventHandler
    void on(ApplicationSubmitted event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "pool_application",
                application(event.poolId(), event.applicationId(), sequence)
                        .addValue("round_number", event.round())
                        .addValue("status", SUBMITTED.name())
                        .addValue("applicant_key", event.applicant().key())
                        .addValue("applicant_name", event.applicant().name())
                        .addValue("project_title", event.projectTitle())
                        .addValue("activity_category", event.activityCategory())
                        .addValue("requested_oere", event.amountRequested().oere())
                        .addValue("budget_lines", JsonColumns.write(event.budgetLines()))
                        .addValue("answers", JsonColumns.writeAnswers(event.answers()))
                        .addValue("form_version", event.formVersion())
                        .addValue(
                                "partners",
                                event.partners().stream().map(Applicant::name).collect(Collectors.joining("\n")))
                        .addValue(
                                "partner_keys",
                                event.partners().isEmpty()
                                        ? ""
                                        : event.partners().stream()
                                                .map(Applicant::key)
                                                .collect(Collectors.joining("|", "|", "|")))
                        .addValue("submitted_at", Rows.timestamp(event.submittedAt()))
                        .addValue("released_oere", 0L)
                        .addValue("confirmed_partner_keys", "")
                        .addValue("declined_partner_keys", "")
                        .addValue("removed_partner_keys", ""),
                "pool_id",
                "application_id");
        for (int position = 0; position < event.attachments().size(); position++) {
            Attachment attachment = event.attachments().get(position);
            Rows.insertIfAbsent(
                    jdbc,
                    "application_attachment",
                    new MapSqlParameterSource(
                                    "application_id", event.applicationId().value())
                            .addValue("document_id", attachment.documentId())
                            .addValue("pool_id", event.poolId().value())
                            .addValue("place", position)
                            .addValue("file_name", attachment.fileName())
                            .addValue("media_type", attachment.mediaType())
                            .addValue("size_bytes", attachment.size())
                            .addValue("sha256", attachment.sha256()),
                    "application_id",
                    "document_id");
        }
    }

    @EventHandler
    void on(ApplicationAmended event, @SequenceNumber long sequence) {
        Changes request = Changes.set("requested_oere", event.amountRequested().oere())
                .and("activity_category", event.activityCategory());
        if (event.answers() != null) {
            request = request.and("answers", JsonColumns.writeAnswers(event.answers()))
                    .and("form_version", event.formVersion());
        }
        change(
                event.poolId(),
                event.applicationId(),
                sequence,
                event.budgetLines() == null
                        ? request
                        : request.and("budget_lines", JsonColumns.write(event.budgetLines())));
    }

    @EventHandler
    void on(ApplicationWithdrawn event, @SequenceNumber long sequence) {
        changeStatus(event.poolId(), event.applicationId(), sequence, WITHDRAWN);
    }

    @EventHandler
    void on(ApplicationScreened event, @SequenceNumber long sequence) {
        changeStatus(event.poolId(), event.applicationId(), sequence, event.eligible() ? ELIGIBLE : NOT_ELIGIBLE);
    }

    /** The view has room for one score: the latest. */
    @EventHandler
    void on(ApplicationScored event, @SequenceNumber long sequence) {
        change(event.poolId(), event.applicationId(), sequence, Changes.set("score", event.score()));
    }

    @EventHandler
    void on(GrantAwarded event, @SequenceNumber long sequence) {
        change(
                event.poolId(),
                event.applicationId(),
                sequence,
                Changes.set("status", AWARDED.name())
                        .and("awarded_oere", event.amount().oere()));
    }

    /** The award as changed on reconsideration. */
    @EventHandler
    void on(AwardChanged event, @SequenceNumber long sequence) {
        change(
                event.poolId(),
                event.applicationId(),
                sequence,
                Changes.set("awarded_oere", event.amount().oere()));
    }

    /** What of the award is no longer awarded (lapsed, unpaid at closure, repaid). */
    @EventHandler
    void on(AwardReleased event, @SequenceNumber long sequence) {
        change(
                event.poolId(),
                event.applicationId(),
                sequence,
                Changes.add("released_oere", event.amount().oere()));
    }

    @EventHandler
    void on(PartnershipConfirmed event, @SequenceNumber long sequence) {
        addPartnerKey(event.poolId(), event.applicationId(), sequence, "confirmed_partner_keys", event.partner());
    }

    @EventHandler
    void on(PartnershipDeclined event, @SequenceNumber long sequence) {
        addPartnerKey(event.poolId(), event.applicationId(), sequence, "declined_partner_keys", event.partner());
    }

    @EventHandler
    void on(PartnerRemoved event, @SequenceNumber long sequence) {
        addPartnerKey(event.poolId(), event.applicationId(), sequence, "removed_partner_keys", event.partner());
    }

    @EventHandler
    void on(ApplicationRejected event, @SequenceNumber long sequence) {
        changeStatus(event.poolId(), event.applicationId(), sequence, REJECTED);
    }

    /** Partner keys are kept as {@code |key|key|}, so one is found with {@code LIKE '%|key|%'}. */
    private void addPartnerKey(
            PoolId poolId, ApplicationId applicationId, long sequence, String column, Applicant partner) {
        change(poolId, applicationId, sequence, Changes.append(column, "|" + partner.key() + "|"));
    }

    private void changeStatus(PoolId poolId, ApplicationId applicationId, long sequence, ApplicationStatus status) {
        change(poolId, applicationId, sequence, Changes.set("status", status.name()));
    }

    private void change(PoolId poolId, ApplicationId applicationId, long sequence, Changes changes) {
        Rows.updateOnce(
                jdbc,
                "pool_application",
                Map.of("pool_id", poolId.value(), "application_id", applicationId.value()),
                sequence,
                changes);
    }

    private static MapSqlParameterSource application(PoolId poolId, ApplicationId applicationId, long sequence) {
        return new MapSqlParameterSource("pool_id", poolId.value())
                .addValue("application_id", applicationId.value())
                .addValue("last_sequence", sequence);
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }
}
