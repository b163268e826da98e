package dk.pulje.spring.time;

import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.spring.security.Allowed;
import dk.pulje.spring.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reads and moves the adjustable clock; exists only when {@code pulje.clock.adjustable=true}. */
@RestController
@Tag(name = "Simulated time", description = "Move the clock forward in demos and end-to-end runs (pool manager)")
class ClockController {

    private final AdjustableClock clock;

    ClockController(AdjustableClock clock) {
        this.clock = clock;
    }

    record ClockView(Instant now) {}

    record MoveRequest(Instant to) {}

    @Operation(summary = "What time Pulje's clock shows")
    @Allowed(POOL_MANAGER)
    @GetMapping("/admin/clock")
    ClockView now() {
        return new ClockView(clock.instant());
    }

    @Operation(summary = "Move the clock forward; on the command side, deadlines that come due meanwhile fire")
    @Allowed(POOL_MANAGER)
    @PostMapping("/admin/clock")
    ClockView move(@RequestBody MoveRequest request) {
        if (request.to() == null) {
            throw new InvalidValue("clock.to", "Say where the clock moves to");
        }
        return new ClockView(clock.moveTo(request.to()));
    }

    @ExceptionHandler(ClockMovedBack.class)
    ProblemDetail movedBack(ClockMovedBack e) {
        return Problems.problem(HttpStatus.CONFLICT, "clock-moved-back", e.getMessage());
    }
}
