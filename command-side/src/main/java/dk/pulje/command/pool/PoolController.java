package dk.pulje.command.pool;

import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.ClosePool;
import dk.pulje.shared.pool.DeadlineChange;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PublishPool;
import dk.pulje.shared.programme.ProgrammeId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Pools", description = "Drafting, publishing, amending and closing grant pools (pool manager)")
class PoolController {

    private final CommandSender commands;

    PoolController(CommandSender commands) {
        this.commands = commands;
    }

    record ReasonRequest(String reason) {
    }

    @Schema(example = """
            {"budget": "26000000.00", "deadlineChanges": [{"round": 1, "deadline": "2030-03-31T12:00:00"}],
             "reason": "Deadline extended after questions at the information meeting"}""")
    record AmendRequest(Money budget, List<DeadlineChange> deadlineChanges, String reason) {
    }

    @Operation(summary = "Draft a pool in a programme; its budget is drawn from the programme's envelope")
    @PostMapping("/programmes/{programmeId}/pools")
    ResponseEntity<Accepted> draft(@PathVariable ProgrammeId programmeId, @RequestBody PoolPlan request,
                                   Actor actor) {
        PoolId id = request.id() == null ? PoolId.random() : request.id();
        return commands.create(new DraftPool(id, programmeId, request.budget(), request.terms(), actor,
                request.reason()), id.toString(), actor, "/pools/" + id);
    }

    @Operation(summary = "Publish a drafted pool")
    @PostMapping("/pools/{poolId}/publication")
    ResponseEntity<Accepted> publish(@PathVariable PoolId poolId, @RequestBody(required = false) ReasonRequest request,
                                     Actor actor) {
        String reason = request == null ? null : request.reason();
        return commands.change(new PublishPool(poolId, actor, reason), poolId.toString(), actor, "/pools/" + poolId);
    }

    @Operation(summary = "Amend a pool's budget or deadlines, with a reason")
    @PostMapping("/pools/{poolId}/amendments")
    ResponseEntity<Accepted> amend(@PathVariable PoolId poolId, @RequestBody AmendRequest request, Actor actor) {
        return commands.change(new AmendPool(poolId, request.budget(), request.deadlineChanges(), actor,
                request.reason()), poolId.toString(), actor, "/pools/" + poolId);
    }

    @Operation(summary = "Close a pool, with a reason")
    @PostMapping("/pools/{poolId}/closure")
    ResponseEntity<Accepted> close(@PathVariable PoolId poolId, @RequestBody ReasonRequest request, Actor actor) {
        return commands.change(new ClosePool(poolId, actor, request.reason()), poolId.toString(), actor,
                "/pools/" + poolId);
    }
}
