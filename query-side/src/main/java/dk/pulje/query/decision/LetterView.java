package dk.pulje.query.decision;

import dk.pulje.shared.common.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision letter: its document (downloaded at {@code download}) and the SHA-256 its event recorded, the decision it
 * tells of, and until when a reconsideration may be asked for.
 */
public record LetterView(
        String documentId,
        String sha256,
        @Schema(allowableValues = {"GRANT", "REJECTION"}) String outcome,
        @Schema(nullable = true) Money amount,
        String language,
        Instant issuedAt,
        LocalDate reconsiderationBy,
        String complaintBody,
        String download) {}
