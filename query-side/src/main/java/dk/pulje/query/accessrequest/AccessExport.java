package dk.pulje.query.accessrequest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Everything about one application as handed out to a requester for access to documents (aktindsigt): every event of
 * its history from the event store (the application's events in its pool's stream, its decision's letters and
 * reconsiderations, its grant's), each with other persons' data redacted, its decision letters and the documents
 * attached to it and its reports. Who exported it is not in it (staff are shown by role); the export log has it.
 */
record AccessExport(
        String exportId,
        Instant exportedAt,
        String exportedByRole,
        String reason,
        AccessRequest.Requester requester,
        Standing standing,
        String poolId,
        String applicationId,
        Redactions redaction,
        List<ExportedEvent> events,
        List<ExportedLetter> letters,
        List<ExportedAttachment> attachments) {

    /** The rule every redaction in the export follows, the text that replaces what it redacts, and how many it made. */
    record Redactions(String marker, List<String> rules, int redactions) {}

    /**
     * One event as recorded: in which stream ({@code application}: the pool's stream, read for this application;
     * {@code decision}; {@code grant}), at which sequence, of which kind (the step of the case it belongs to), when, by
     * whom in which role, and its payload, redacted.
     */
    record ExportedEvent(
            @Schema(allowableValues = {"application", "decision", "grant"})
            String stream,

            long sequence,

            @Schema(allowableValues = {"SUBMISSION", "ASSESSING", "DECISION", "LETTER", "RECONSIDERING", "GRANT"})
            String kind,

            String event,
            Instant recordedAt,
            LocalDateTime recordedAtCopenhagen,
            @Schema(nullable = true) String by,
            @Schema(nullable = true) String role,
            String eventId,
            JsonNode payload) {}

    /**
     * A decision letter: its document id and the SHA-256 its event recorded, and the PDF itself (Base64) where the
     * requester may have it and the store hands it out unaltered; otherwise {@code withheld} says why not.
     */
    record ExportedLetter(
            String documentId,
            String sha256,
            String outcome,
            @Schema(nullable = true) String amount,
            String language,
            Instant issuedAt,
            @Schema(nullable = true) byte[] pdf,
            @Schema(nullable = true) String withheld) {}

    /**
     * A document attached to the application ({@code ApplicationSubmitted}) or to one of its grant's reports
     * ({@code ReportSubmitted}, with the report's id), as the event recorded it, and the document itself (Base64)
     * where the requester may have it and the store hands it out unaltered; otherwise {@code withheld} says why not.
     */
    record ExportedAttachment(
            String documentId,
            String sha256,
            String fileName,
            String mediaType,
            long size,

            @Schema(allowableValues = {"application", "grant"})
            String stream,

            long sequence,
            String event,
            @Schema(nullable = true) String reportId,
            @Schema(nullable = true) byte[] content,
            @Schema(nullable = true) String withheld) {}
}
