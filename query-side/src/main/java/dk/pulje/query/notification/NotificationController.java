package dk.pulje.query.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Notifications", description = "The e-mail outbox: what is waiting, sent or given up (auditor)")
class NotificationController {

    private final Outbox outbox;

    NotificationController(Outbox outbox) {
        this.outbox = outbox;
    }

    /** An e-mail as the outbox lists it; the address is shown masked. */
    record Listed(long id, String to, String subject, String status, int attempts, Instant createdAt,
                  Instant sentAt, String lastError) {
    }

    record OutboxView(Map<String, Long> counts, List<Listed> emails) {
    }

    @Operation(summary = "The outbox: counts by status and the newest e-mails (status PENDING, SENT or FAILED)")
    @GetMapping("/admin/notifications")
    OutboxView notifications(@RequestParam(required = false) String status,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return new OutboxView(outbox.countsByStatus(), outbox.list(status, limit).stream()
                .map(entry -> new Listed(entry.id(), masked(entry.email()), entry.subject(), entry.status(),
                        entry.attempts(), entry.createdAt(), entry.sentAt(), entry.lastError()))
                .toList());
    }

    private static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }
}
