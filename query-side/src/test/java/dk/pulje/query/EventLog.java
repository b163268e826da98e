package dk.pulje.query;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.personal.PersonalDataErased;
import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends events to the app's own event store as the command side would: each to its aggregate's stream, at the
 * next sequence number, so projections see exactly what they see in production.
 */
final class EventLog {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    EventLog(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Appends to a programme's stream; answers the global index of the last event, its consistency token. */
    long programme(ProgrammeId programmeId, Object... events) {
        return append("Programme", programmeId.value(), events);
    }

    /** Appends to a pool's stream, which also holds its applications' events. */
    long pool(PoolId poolId, Object... events) {
        return append("Pool", poolId.value(), events);
    }

    /** Appends to a grant's stream. */
    long grant(GrantId grantId, Object... events) {
        return append("Grant", grantId.toString(), events);
    }

    /** Appends to a grant's stream, stamped at {@code at} as an adjustable clock on the command side stamps them. */
    long grantAt(Instant at, GrantId grantId, Object... events) {
        return appendAt(at, "Grant", grantId.toString(), events);
    }

    /** Appends to an application's decision stream (its letters and reconsiderations). */
    long decision(DecisionId decisionId, Object... events) {
        return append("ApplicationDecision", decisionId.toString(), events);
    }

    long subscription(String subscriptionId, Object... events) {
        return append("Subscription", subscriptionId, events);
    }

    long meeting(MeetingId meetingId, Object... events) {
        return append("Meeting", meetingId.value(), events);
    }

    /** Erases a person as the command side does: their key goes, and an event without an aggregate says so. */
    long erasure(String email, Decision decision) {
        String subject = jdbc.queryForObject(
                "SELECT subject FROM personal_data_key WHERE email_hash = ?",
                String.class,
                PersonalDataKeys.emailHash(email));
        jdbc.update("DELETE FROM personal_data_key WHERE subject = ?", subject);
        EventMessage<?> erased = GenericEventMessage.asEventMessage(new PersonalDataErased(subject, decision));
        eventStore.publish(erased);
        return jdbc.queryForObject(
                "SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?",
                Long.class,
                erased.getIdentifier());
    }

    long lastPosition() {
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return last == null ? -1 : last;
    }

    private long append(String aggregateType, String aggregateId, Object... events) {
        return appendAt(null, aggregateType, aggregateId, events);
    }

    /** Stamped now by Axon's clock, or at {@code at}. */
    private long appendAt(Instant at, String aggregateType, String aggregateId, Object... events) {
        long sequence = eventStore
                .lastSequenceNumberFor(aggregateId)
                .map(last -> last + 1)
                .orElse(0L);
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(
                    at == null
                            ? new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence++, event)
                            : new GenericDomainEventMessage<>(
                                    aggregateType,
                                    aggregateId,
                                    sequence++,
                                    event,
                                    MetaData.emptyInstance(),
                                    UUID.randomUUID().toString(),
                                    at));
        }
        eventStore.publish(messages);
        return jdbc.queryForObject(
                "SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?",
                Long.class,
                messages.get(messages.size() - 1).getIdentifier());
    }
}
