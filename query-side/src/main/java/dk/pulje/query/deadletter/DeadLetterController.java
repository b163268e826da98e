package dk.pulje.query.deadletter;

import static dk.pulje.shared.common.Role.AUDITOR;

import dk.pulje.query.web.NotFound;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dead letters", description = "Events a projection could not handle, parked per processing group")
class DeadLetterController {

    record Retried(String group, int sequencesProcessed, long sequencesLeft) {}

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "The parked events of every processing group, with their causes")
    @Allowed(AUDITOR)
    @GetMapping("/admin/dead-letters")
    Map<String, List<DeadLetters.Letter>> deadLetters() {
        return deadLetters.all();
    }

    @Operation(summary = "Process a group's parked events again, once their cause is fixed")
    @Allowed(AUDITOR)
    @PostMapping("/admin/dead-letters/{group}/retry")
    Retried retry(@PathVariable String group) {
        int processed = deadLetters
                .retry(group)
                .orElseThrow(() -> new NotFound("No processing group " + group + " has a dead-letter queue"));
        return new Retried(group, processed, deadLetters.count(group));
    }
}
