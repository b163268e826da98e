package dk.pulje.query.notification;

import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.ReportOverdue;
import dk.pulje.shared.grant.ReportReminderIssued;
import dk.pulje.shared.meeting.MeetingCancelled;
import dk.pulje.shared.meeting.MeetingChanged;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.RegisteredForMeeting;
import dk.pulje.shared.meeting.RegistrationCancelled;
import dk.pulje.shared.personal.PersonalDataErased;
import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.shared.pool.ActivityCategory;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.pool.RoundDeadlineApproaching;
import dk.pulje.shared.subscription.Subscribed;
import dk.pulje.shared.subscription.Unsubscribed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the e-mails that events call for into the outbox, in the transaction that moves this processing group's
 * token, so none is lost; it keeps the subscriptions, pools, attendees and applications' projects it needs itself,
 * in event order. It is never replayed (a replay would tell people again), and an event older than
 * {@code pulje.notifications.max-age} when it is handled (a new deployment reading an old store) tells no one.
 */
@Component
@ProcessingGroup(ProcessingGroups.NOTIFICATIONS)
class Notifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final EventStore eventStore;
    private final PersonalDataKeys keys;
    private final Clock clock;
    private final Duration maxAge;
    private final String publicUrl;

    Notifier(JdbcTemplate jdbc, Outbox outbox, EventStore eventStore, PersonalDataKeys keys,
             @Value("${pulje.notifications.max-age:2d}") Duration maxAge,
             @Value("${pulje.notifications.public-url:http://localhost:8082}") String publicUrl, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.eventStore = eventStore;
        this.keys = keys;
        this.maxAge = maxAge;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    private record Subscriber(String organisation, ContactPerson recipient, Set<ApplicantKind> kinds,
                              List<String> topics) {

        boolean wants(NotifiedPool pool) {
            return kinds.stream().anyMatch(pool.kinds()::contains) && (topics.isEmpty()
                    || topics.stream().anyMatch(topic -> pool.searchable().contains(topic.toLowerCase(Locale.ROOT))));
        }
    }

    private record NotifiedPool(String title, String searchable, Money budget, Set<ApplicantKind> kinds,
                                List<Round> rounds) {
    }

    @EventHandler
    void on(Subscribed event) {
        jdbc.update("DELETE FROM notification_subscription WHERE organisation = ?", event.organisation());
        jdbc.update("INSERT INTO notification_subscription (organisation, recipient_name, recipient_email, "
                        + "recipient_subject, applicant_kinds, topics) VALUES (?, ?, ?, ?, ?, ?)", event.organisation(),
                event.recipient().name(), event.recipient().isErased() ? "" : event.recipient().email(),
                event.recipient().subject(), event.applicantKinds().stream().map(Enum::name)
                        .collect(Collectors.joining(",")), String.join("\n", event.topics()));
    }

    @EventHandler
    void on(Unsubscribed event) {
        jdbc.update("DELETE FROM notification_subscription WHERE organisation = ?", event.organisation());
    }

    @EventHandler
    void on(PoolDrafted event) {
        String searchable = Stream.concat(Stream.of(event.terms().title(), event.terms().description()),
                        event.terms().categories().stream().map(ActivityCategory::title))
                .filter(text -> text != null).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
        jdbc.update("INSERT INTO notification_pool (pool_id, title, searchable, budget_oere, applicant_kinds, rounds) "
                        + "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM notification_pool WHERE pool_id = ?)",
                event.poolId().value(), event.terms().title(), searchable, event.budget().oere(),
                event.terms().eligibleKinds().stream().map(Enum::name).collect(Collectors.joining(",")),
                JSON.writeValueAsString(event.terms().rounds()), event.poolId().value());
    }

    @EventHandler
    void on(PoolAmended event) {
        jdbc.update("UPDATE notification_pool SET budget_oere = ?, rounds = ? WHERE pool_id = ?",
                event.budget().oere(), JSON.writeValueAsString(event.rounds()), event.poolId().value());
    }

    @EventHandler
    void on(PoolPublished event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (event.rounds() != null) {
            jdbc.update("UPDATE notification_pool SET rounds = ? WHERE pool_id = ?",
                    JSON.writeValueAsString(event.rounds()), event.poolId().value());
        }
        NotifiedPool pool = pool(event.poolId());
        Deadline deadline = pool.rounds().stream().map(Round::deadline).filter(d -> !d.hasPassedAt(at)).findFirst()
                .orElse(pool.rounds().get(pool.rounds().size() - 1).deadline());
        tellSubscribers(pool, eventId, at, subscriber -> new Notice(subscriber.recipient().name(),
                subscriber.recipient().email(), subscriber.recipient().subject(),
                PoolNotices.publishedSubject(pool.title()), PoolNotices.published(pool.title(), pool.budget(),
                pool.kinds(), deadline, publicUrl + "/public/pools", subscriber.organisation())));
    }

    @EventHandler
    void on(RoundDeadlineApproaching event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        NotifiedPool pool = pool(event.poolId());
        tellSubscribers(pool, eventId, at, subscriber -> new Notice(subscriber.recipient().name(),
                subscriber.recipient().email(), subscriber.recipient().subject(),
                PoolNotices.approachingSubject(pool.title()), PoolNotices.approaching(pool.title(), event.round(),
                event.deadline(), publicUrl + "/public/pools", subscriber.organisation())));
    }

    @EventHandler
    void on(RegisteredForMeeting event) {
        if (!event.attendee().isErased()) {
            jdbc.update("INSERT INTO notification_attendee (meeting_id, registration_id, recipient_name, "
                            + "recipient_email, recipient_subject) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                            + "notification_attendee WHERE meeting_id = ? AND registration_id = ?)",
                    event.meetingId().value(), event.registrationId(), event.attendee().name(),
                    event.attendee().email(), event.attendee().subject(), event.meetingId().value(),
                    event.registrationId());
        }
    }

    @EventHandler
    void on(RegistrationCancelled event) {
        jdbc.update("DELETE FROM notification_attendee WHERE meeting_id = ? AND registration_id = ?",
                event.meetingId().value(), event.registrationId());
    }

    @EventHandler
    void on(MeetingChanged event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        tellAttendees(event.meetingId(), eventId, at, MeetingNotices.changedSubject(event.time()),
                MeetingNotices.changed(event.previous(), event.time(), event.decision().reason(),
                        publicUrl + "/public/meetings/" + event.meetingId()));
    }

    @EventHandler
    void on(MeetingCancelled event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        tellAttendees(event.meetingId(), eventId, at, MeetingNotices.cancelledSubject(event.time()),
                MeetingNotices.cancelled(event.time(), event.decision().reason(),
                        publicUrl + "/public/meetings/" + event.meetingId()));
    }

    @EventHandler
    void on(ApplicationSubmitted event, @SequenceNumber long sequence) {
        jdbc.update("INSERT INTO notification_grantee (application_id, pool_id, submission_sequence, project_title) "
                        + "SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM notification_grantee WHERE application_id = ?)",
                event.applicationId().value(), event.poolId().value(), sequence, event.projectTitle(),
                event.applicationId().value());
    }

    @EventHandler
    void on(ReportReminderIssued event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        tellGrantee(event.grantId(), eventId, at, project -> GrantNotices.reminderSubject(event.reportId(),
                event.dueOn()), project -> GrantNotices.reminder(project, event.reportId(), event.dueOn(),
                event.daysBefore(), grantLink(event.grantId())));
    }

    @EventHandler
    void on(ReportOverdue event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        tellGrantee(event.grantId(), eventId, at, project -> GrantNotices.overdueSubject(event.reportId()),
                project -> GrantNotices.overdue(project, event.reportId(), event.dueOn(), grantLink(event.grantId())));
    }

    /**
     * Forgets the erased person's key at once, so that no later e-mail is written to them from a cached key, and
     * keeps nothing of them: neither their subscriptions and registrations nor their name in the outbox.
     */
    @EventHandler
    void on(PersonalDataErased event) {
        keys.forget(event.subject());
        jdbc.update("DELETE FROM notification_subscription WHERE recipient_subject = ?", event.subject());
        jdbc.update("DELETE FROM notification_attendee WHERE recipient_subject = ?", event.subject());
        outbox.erase(event.subject());
    }

    private void tellSubscribers(NotifiedPool pool, String eventId, Instant at, Function<Subscriber, Notice> notice) {
        if (fresh(at)) {
            subscribers().stream().filter(subscriber -> subscriber.wants(pool))
                    .forEach(subscriber -> outbox.add(eventId, notice.apply(subscriber), clock.instant()));
        }
    }

    private void tellAttendees(MeetingId meetingId, String eventId, Instant at, String subject, String body) {
        if (fresh(at)) {
            jdbc.query("SELECT * FROM notification_attendee WHERE meeting_id = ? ORDER BY registration_id", row -> {
                outbox.add(eventId, new Notice(row.getString("recipient_name"), row.getString("recipient_email"),
                        row.getString("recipient_subject"), subject, body), clock.instant());
            }, meetingId.value());
        }
    }

    /**
     * A grant's id is its application's, whose contact person is told: read from the submission, the one event at its
     * place in the pool's stream, where it is sealed, so no one erased is told.
     */
    private void tellGrantee(GrantId grantId, String eventId, Instant at, Function<String, String> subject,
                             Function<String, String> body) {
        if (!fresh(at)) {
            return;
        }
        jdbc.query("SELECT * FROM notification_grantee WHERE application_id = ?", row -> {
            String project = row.getString("project_title");
            contactOf(row.getString("pool_id"), row.getLong("submission_sequence"))
                    .filter(contact -> !contact.isErased())
                    .ifPresent(contact -> outbox.add(eventId, new Notice(contact.name(), contact.email(),
                            contact.subject(), subject.apply(project), body.apply(project)), clock.instant()));
        }, grantId.value());
    }

    private Optional<ContactPerson> contactOf(String poolId, long submissionSequence) {
        return eventStore.readEvents(poolId, submissionSequence).asStream().findFirst()
                .map(DomainEventMessage::getPayload)
                .filter(ApplicationSubmitted.class::isInstance)
                .map(submitted -> ((ApplicationSubmitted) submitted).contact());
    }

    private String grantLink(GrantId grantId) {
        return publicUrl + "/grants/" + grantId.value();
    }

    private boolean fresh(Instant at) {
        return at.isAfter(clock.instant().minus(maxAge));
    }

    private List<Subscriber> subscribers() {
        return jdbc.query("SELECT * FROM notification_subscription WHERE recipient_email <> '' ORDER BY organisation",
                (row, index) -> new Subscriber(row.getString("organisation"), new ContactPerson(
                        row.getString("recipient_name"), row.getString("recipient_email"), null,
                        row.getString("recipient_subject")), kinds(row.getString("applicant_kinds")),
                        row.getString("topics").isBlank() ? List.of()
                                : List.of(row.getString("topics").split("\n"))));
    }

    private NotifiedPool pool(PoolId poolId) {
        return jdbc.queryForObject("SELECT * FROM notification_pool WHERE pool_id = ?", (row, index) ->
                new NotifiedPool(row.getString("title"), row.getString("searchable"),
                        new Money(row.getLong("budget_oere")), kinds(row.getString("applicant_kinds")),
                        List.of(JSON.readValue(row.getString("rounds"), Round[].class))), poolId.value());
    }

    private static Set<ApplicantKind> kinds(String csv) {
        Set<ApplicantKind> kinds = EnumSet.noneOf(ApplicantKind.class);
        Arrays.stream(csv.split(",")).filter(kind -> !kind.isBlank()).map(ApplicantKind::valueOf).forEach(kinds::add);
        return kinds;
    }
}
