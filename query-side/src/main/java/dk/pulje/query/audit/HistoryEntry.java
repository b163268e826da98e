package dk.pulje.query.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One event in a pool's history as an auditor reads it: what happened, to which application, who decided in which
 * role, when (as stored, and in Copenhagen time) and why, the command it came from (correlation id: the causing
 * message; trace id: the request that started it), and for decisions the scores and rules version they rest on.
 */
public record HistoryEntry(
        long sequence,
        String event,
        String revision,
        Instant recordedAt,
        LocalDateTime recordedAtCopenhagen,
        String applicationId,
        String decidedBy,
        String role,
        String reason,
        String amount,
        List<Integer> scores,
        Integer rulesVersion,
        String correlationId,
        String traceId,
        String eventId,
        JsonNode payload) {}
