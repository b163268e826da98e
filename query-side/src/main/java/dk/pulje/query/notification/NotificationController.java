package dk.pulje.query.notification;

import static dk.pulje.shared.common.Role.AUDITOR;

import com.fasterxml.jackson.annotation.JsonValue;
import dk.pulje.shared.personal.PersonalData;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications", description = "The e-mail outbox: what is waiting, sent or given up (auditor)")
class NotificationController {

    private final Outbox outbox;

    NotificationController(Outbox outbox) {
        this.outbox = outbox;
    }

    /** An e-mail as the outbox lists it; the address is shown masked. */
    record Listed(
            long id,
            Recipient to,
            String subject,
            String status,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            String lastError) {}

    /**
     * To whom an e-mail went, shown as the masked address. Still personal data (with the e-mail's subject and error
     * it tells who was written to about what), so every read is logged under the recipient's subject.
     */
    record Recipient(String subject, String address) implements PersonalData {

        @JsonValue
        String masked() {
            if (isErased()) {
                return null;
            }
            int at = address.indexOf('@');
            return at <= 1
                    ? "***" + address.substring(Math.max(at, 0))
                    : address.charAt(0) + "***" + address.substring(at);
        }

        @Override
        public boolean isErased() {
            return address == null || address.isBlank();
        }
    }

    record OutboxView(Map<String, Long> counts, List<Listed> emails) {}

    @Operation(summary = "The outbox: counts by status and the newest e-mails (status PENDING, SENT or FAILED)")
    @Allowed(AUDITOR)
    @GetMapping("/admin/notifications")
    OutboxView notifications(
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return new OutboxView(
                outbox.countsByStatus(),
                outbox.list(status, limit).stream()
                        .map(entry -> new Listed(
                                entry.id(),
                                new Recipient(entry.personSubject(), entry.email()),
                                entry.subject(),
                                entry.status(),
                                entry.attempts(),
                                entry.createdAt(),
                                entry.sentAt(),
                                entry.lastError()))
                        .toList());
    }
}
