package dk.pulje.command.simulation;

import dk.pulje.shared.common.InvalidValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** Reads and moves the adjustable clock; exists only when {@code pulje.clock.adjustable=true}. */
@RestController
@ConditionalOnBooleanProperty("pulje.clock.adjustable")
@Tag(name = "Simulated time", description = "Move the clock forward in demos and end-to-end runs (pool manager)")
class ClockController {

    private final AdjustableClock clock;

    ClockController(AdjustableClock clock) {
        this.clock = clock;
    }

    record ClockView(Instant now) {
    }

    record MoveRequest(Instant to) {
    }

    @Operation(summary = "What time Pulje's clock shows")
    @GetMapping("/admin/clock")
    ClockView now() {
        return new ClockView(clock.instant());
    }

    @Operation(summary = "Move the clock forward; deadlines that come due meanwhile fire")
    @PostMapping("/admin/clock")
    ClockView move(@RequestBody MoveRequest request) {
        if (request.to() == null) {
            throw new InvalidValue("clock.to", "Say where the clock moves to");
        }
        return new ClockView(clock.moveTo(request.to()));
    }
}
