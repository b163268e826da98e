package dk.pulje.query.decision;

import dk.pulje.shared.common.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A reconsideration and where it stands: received, upheld, changed (with the amount granted) or forwarded to the
 * complaint body; who asked and why, and who handled it, in which role, when and why.
 */
record ReconsiderationView(
        String reconsiderationId,
        String applicationId,
        String poolId,
        String organisation,

        @Schema(allowableValues = {"RECEIVED", "UPHELD", "CHANGED", "FORWARDED"})
        String status,

        String requestedBy,
        Instant requestedAt,
        String reason,
        @Schema(nullable = true) String handledBy,
        @Schema(nullable = true) String handledRole,
        @Schema(nullable = true) Instant handledAt,
        @Schema(nullable = true) String outcomeReason,
        @Schema(nullable = true) Money amount,
        @Schema(nullable = true) String complaintBody) {}
