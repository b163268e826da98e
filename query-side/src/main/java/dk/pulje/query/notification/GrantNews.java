package dk.pulje.query.notification;

import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.Rows;
import dk.pulje.query.web.Formats;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.decision.DecisionLetterIssued;
import dk.pulje.shared.decision.DecisionOutcome;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.ReportOverdue;
import dk.pulje.shared.grant.ReportReminderIssued;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Tells an application's contact person that it was received (a receipt, at its submission), that its decision letter
 * is ready (with where to download it), and, once it is a grant, that a report falls due soon, or is overdue. It keeps where each application's
 * submission stands in its pool's stream, and its project, but not the contact person.
 */
@Component
@ProcessingGroup(ProcessingGroups.NOTIFICATIONS)
class GrantNews {

    private final ProjectionJdbc jdbc;
    private final EventStore eventStore;
    private final Telling telling;

    GrantNews(ProjectionJdbc jdbc, EventStore eventStore, Telling telling) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.telling = telling;
    }

    private record Grantee(String poolId, long submissionSequence, String project) {}

    @EventHandler
    void on(
            ApplicationSubmitted event,
            @SequenceNumber long sequence,
            @MessageIdentifier String eventId,
            @Timestamp Instant at) {
        if (telling.fresh(at) && !event.contact().isErased()) {
            telling.tell(
                    eventId,
                    event.contact(),
                    GrantNotices.receipt(
                            event.projectTitle(),
                            event.applicationId().value(),
                            event.submittedAt(),
                            event.amountRequested(),
                            event.signature() == null
                                    ? event.submittedBy().userId()
                                    : event.signature().signedBy(),
                            event.applicant().name(),
                            event.attachments(),
                            telling.link("/portal/applications")),
                    Formats.DANISH);
        }
        Rows.insertIfAbsent(
                jdbc,
                "notification_grantee",
                new MapSqlParameterSource(
                                "application_id", event.applicationId().value())
                        .addValue("pool_id", event.poolId().value())
                        .addValue("submission_sequence", sequence)
                        .addValue("project_title", event.projectTitle()),
                "application_id");
    }

    @EventHandler
    void on(ReportReminderIssued event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        tellGrantee(
                event.grantId(),
                eventId,
                at,
                project -> GrantNotices.reminder(
                        project, event.reportId(), event.dueOn(), event.daysBefore(), grantLink(event.grantId())));
    }

    @EventHandler
    void on(ReportOverdue event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        tellGrantee(
                event.grantId(),
                eventId,
                at,
                project -> GrantNotices.overdue(project, event.reportId(), event.dueOn(), grantLink(event.grantId())));
    }

    @EventHandler
    void on(DecisionLetterIssued event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        String letters = "/pools/" + event.poolId().value() + "/applications/"
                + event.applicationId().value();
        tellGrantee(
                GrantId.of(event.applicationId()),
                eventId,
                at,
                project -> GrantNotices.decision(
                        project,
                        event.outcome() == DecisionOutcome.GRANT,
                        event.amount(),
                        event.reconsiderationBy(),
                        event.complaintBody(),
                        telling.link(letters + "/letters/" + event.documentId())));
    }

    /**
     * A grant's id is its application's, whose contact person is told: read from the submission, the one event at its
     * place in the pool's stream, where it is sealed, so no one erased is told. A contact person gives no language:
     * they are written to in Danish.
     */
    private void tellGrantee(GrantId grantId, String eventId, Instant at, Function<String, Letter> letter) {
        if (!telling.fresh(at)) {
            return;
        }
        List<Grantee> grantees = jdbc.query(
                "SELECT * FROM notification_grantee WHERE application_id = " + ":application_id",
                new MapSqlParameterSource("application_id", grantId.value()),
                (row, index) -> new Grantee(
                        row.getString("pool_id"), row.getLong("submission_sequence"), row.getString("project_title")));
        for (Grantee grantee : grantees) {
            contactOf(grantee)
                    .filter(contact -> !contact.isErased())
                    .ifPresent(
                            contact -> telling.tell(eventId, contact, letter.apply(grantee.project()), Formats.DANISH));
        }
    }

    private Optional<ContactPerson> contactOf(Grantee grantee) {
        return eventStore
                .readEvents(grantee.poolId(), grantee.submissionSequence())
                .asStream()
                .findFirst()
                .map(DomainEventMessage::getPayload)
                .filter(ApplicationSubmitted.class::isInstance)
                .map(submitted -> ((ApplicationSubmitted) submitted).contact());
    }

    private String grantLink(GrantId grantId) {
        return telling.link("/grants/" + grantId.value());
    }
}
