package dk.pulje.query.audit;

import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

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

    /** Every event of the pool's stream in order, {@code applicationId} null for all; none when it is no pool. */
    public List<HistoryEntry> history(PoolId poolId, String applicationId) {
        List<HistoryEntry> entries = new ArrayList<>();
        stream.ofPool(poolId).forEach(event -> {
            HistoryEntry entry = entry(event);
            if (applicationId == null || applicationId.equals(entry.applicationId())) {
                entries.add(entry);
            }
        });
        return entries;
    }

    /** Every event of a grant's stream, in order: acceptance, payments, reports, budget changes, repayment. */
    public List<HistoryEntry> history(GrantId grantId) {
        return stream.of(grantId.toString()).stream().map(this::entry).toList();
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
                decision != null ? text(decision, "decidedBy") : submitter != null ? text(submitter, "userId")
                        : (String) event.getMetaData().get("userId"),
                decision != null ? text(decision, "role") : submitter != null ? text(submitter, "role")
                        : (String) event.getMetaData().get("role"),
                decision == null ? null : text(decision, "reason"),
                amount(payload),
                payload.has("scores") ? json.treeToValue(payload.get("scores"),
                        json.getTypeFactory().constructCollectionType(List.class, Integer.class)) : null,
                payload.has("rulesVersion") ? payload.get("rulesVersion").asInt() : null,
                (String) event.getMetaData().get("correlationId"),
                (String) event.getMetaData().get("traceId"),
                event.getIdentifier(),
                payload);
    }

    /** The money a decision is about: an award, a request, or a pool's budget. */
    private static String amount(JsonNode payload) {
        for (String field : new String[]{"amount", "amountRequested", "budget"}) {
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
