package dk.pulje.query.audit;

import dk.pulje.shared.application.ApplicationEvent;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.pool.PoolId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complete history of a pool and of each of its applications, read from the event store itself (never from
 * the read models) with every event's metadata.
 */
@Component
public class Provenance {

    private final WholeStream stream;
    private final JsonMapper json;

    Provenance(WholeStream stream, JsonMapper json) {
        this.stream = stream;
        this.json = json;
    }

    /** One page of a history, in order, and the sequence the next page begins after while entries follow it. */
    public record Page(List<HistoryEntry> entries, Long nextAfter) {}

    /**
     * Up to {@code limit} entries of the pool's history after the sequence {@code after} (-1 for the first page),
     * {@code applicationId} null for all of them; none when the id names no pool. Only the events of the page (and
     * for one application's page, the pool's events between its entries) are read, whatever the stream's length.
     */
    public Optional<Page> page(PoolId poolId, String applicationId, long after, int limit) {
        if (!stream.isPool(poolId)) {
            return Optional.empty();
        }
        return Optional.of(page(entries(poolId, applicationId, after + 1), limit));
    }

    /**
     * Up to {@code limit} entries of a grant's history (acceptance, payments, reports, budget changes, repayment)
     * after the sequence {@code after}; none when there is no stream with its id.
     */
    public Optional<Page> page(GrantId grantId, long after, int limit) {
        if (stream.lastSequence(grantId.toString()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(page(stream.from(grantId.toString(), after + 1).map(this::entry), limit));
    }

    /**
     * Every entry of the pool's history in order, {@code applicationId} null for all, read as the stream is consumed
     * (an export writes each before the next is read); empty when the id names no pool.
     */
    public Stream<HistoryEntry> history(PoolId poolId, String applicationId) {
        return stream.isPool(poolId) ? entries(poolId, applicationId, 0) : Stream.empty();
    }

    /** Every entry of an application's decision stream (its letters and reconsiderations), in order; none when none. */
    public Stream<HistoryEntry> history(DecisionId decisionId) {
        return stream.from(decisionId.toString(), 0).map(this::entry);
    }

    /** Every entry of a grant's stream, in order; none when the application has no grant. */
    public Stream<HistoryEntry> history(GrantId grantId) {
        return stream.from(grantId.toString(), 0).map(this::entry);
    }

    /** At most {@code limit} entries of the pool's stream from the sequence {@code first} on. */
    public List<HistoryEntry> entries(PoolId poolId, long first, int limit) {
        return stream.from(poolId.value(), first).limit(limit).map(this::entry).toList();
    }

    /** The sequence of the pool's last event; none when it has none. */
    public Optional<Long> lastSequence(PoolId poolId) {
        return stream.lastSequence(poolId.value());
    }

    private Stream<HistoryEntry> entries(PoolId poolId, String applicationId, long first) {
        Stream<? extends DomainEventMessage<?>> events = stream.from(poolId.value(), first);
        return (applicationId == null ? events : events.filter(event -> concerns(event, applicationId)))
                .map(this::entry);
    }

    /** Whether the event is about the application: told by its type without turning it into JSON where it can be. */
    private boolean concerns(DomainEventMessage<?> event, String applicationId) {
        return event.getPayload() instanceof ApplicationEvent about
                ? about.applicationId().value().equals(applicationId)
                : applicationId.equals(text(json.valueToTree(event.getPayload()), "applicationId"));
    }

    /** The first {@code limit} entries, read one past them to tell whether another page follows. */
    private static Page page(Stream<HistoryEntry> entries, int limit) {
        List<HistoryEntry> read = entries.limit(limit + 1L).toList();
        return read.size() > limit
                ? new Page(read.subList(0, limit), read.get(limit - 1).sequence())
                : new Page(read, null);
    }

    private HistoryEntry entry(DomainEventMessage<?> event) {
        JsonNode payload = json.valueToTree(event.getPayload());
        JsonNode decision = payload.has("decision") ? payload.get("decision") : null;
        JsonNode submitter = payload.get("submittedBy");
        return new HistoryEntry(
                event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(),
                revisionOf(event.getPayloadType()),
                event.getTimestamp(),
                LocalDateTime.ofInstant(event.getTimestamp(), Deadline.COPENHAGEN),
                text(payload, "applicationId"),
                decision != null
                        ? text(decision, "decidedBy")
                        : submitter != null
                                ? text(submitter, "userId")
                                : (String) event.getMetaData().get("userId"),
                decision != null
                        ? text(decision, "role")
                        : submitter != null
                                ? text(submitter, "role")
                                : (String) event.getMetaData().get("role"),
                decision == null ? null : text(decision, "reason"),
                amount(payload),
                scores(payload),
                payload.has("rulesVersion") ? payload.get("rulesVersion").asInt() : null,
                (String) event.getMetaData().get("correlationId"),
                (String) event.getMetaData().get("traceId"),
                event.getIdentifier(),
                payload);
    }

    /**
     * The scores a decision rests on (an award's, a rejection's); none for an assessment or a consensus, whose scores
     * are per criterion, each with its justification, and stay in the payload.
     */
    private static List<Integer> scores(JsonNode payload) {
        JsonNode scores = payload.get("scores");
        if (scores == null || !scores.isArray() || !scores.valueStream().allMatch(JsonNode::isInt)) {
            return null;
        }
        return scores.valueStream().map(JsonNode::asInt).toList();
    }

    /** The money a decision is about: an award, a request, a pool's budget, or an allocation's total. */
    private static String amount(JsonNode payload) {
        for (String field : new String[] {"amount", "amountRequested", "budget", "total"}) {
            String amount = text(payload, field);
            if (amount != null) {
                return amount;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
    }

    private static String revisionOf(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }
}
