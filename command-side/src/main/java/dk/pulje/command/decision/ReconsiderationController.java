package dk.pulje.command.decision;

import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.command.web.Creates;
import dk.pulje.command.web.ReasonRequest;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.decision.ChangeDecision;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.decision.ForwardComplaint;
import dk.pulje.shared.decision.RequestReconsideration;
import dk.pulje.shared.decision.UpholdDecision;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pools/{poolId}/applications/{applicationId}/reconsiderations")
@Tag(name = "Reconsiderations", description = "Asking for a decision to be reconsidered, and handling the request")
class ReconsiderationController {

    private final CommandSender commands;

    ReconsiderationController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"reason": "The assessment overlooked our partnership with the PPR of two neighbouring municipalities"}""")
    record ReconsiderationRequest(
            @Schema(nullable = true, description = "optional; a new id is made when left out")
            String id,

            String reason) {}

    @Schema(example = """
            {"amount": "1500000.00", "reason": "The partnership meets the pool's priority; the budget holds it"}""")
    record ChangeRequest(Money amount, String reason) {}

    @Operation(
            summary = "Ask for the decision on your application to be reconsidered, within the period its letter "
                    + "states (applicant)")
    @Creates
    @Allowed(APPLICANT)
    @PostMapping
    ResponseEntity<Accepted> request(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody ReconsiderationRequest request,
            Actor actor) {
        String id = request.id() == null ? Identifier.random() : request.id();
        DecisionId decision = DecisionId.of(applicationId);
        return commands.create(
                new RequestReconsideration(decision, id, actor, request.reason()),
                decision.toString(),
                actor,
                location(poolId, id));
    }

    @Operation(summary = "Reconsider the decision and let it stand, with the reason (approver)")
    @Allowed(APPROVER)
    @PostMapping("/{reconsiderationId}/upheld")
    ResponseEntity<Accepted> uphold(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @PathVariable String reconsiderationId,
            @RequestBody ReasonRequest request,
            Actor actor) {
        DecisionId decision = DecisionId.of(applicationId);
        return commands.change(
                new UpholdDecision(decision, reconsiderationId, actor, request.reason()),
                decision.toString(),
                actor,
                location(poolId, reconsiderationId));
    }

    @Operation(
            summary = "Reconsider the decision and change it: a rejection to a grant of the amount, or a grant to "
                    + "another amount, within the pool's remaining budget (approver)")
    @Allowed(APPROVER)
    @PostMapping("/{reconsiderationId}/changed")
    ResponseEntity<Accepted> change(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @PathVariable String reconsiderationId,
            @RequestBody ChangeRequest request,
            Actor actor) {
        DecisionId decision = DecisionId.of(applicationId);
        return commands.change(
                new ChangeDecision(decision, reconsiderationId, request.amount(), actor, request.reason()),
                decision.toString(),
                actor,
                location(poolId, reconsiderationId));
    }

    @Operation(summary = "Send an upheld decision's reconsideration on to the complaint body (approver, pool manager)")
    @Allowed({APPROVER, POOL_MANAGER})
    @PostMapping("/{reconsiderationId}/forwarded")
    ResponseEntity<Accepted> forward(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @PathVariable String reconsiderationId,
            @RequestBody(required = false) ReasonRequest request,
            Actor actor) {
        DecisionId decision = DecisionId.of(applicationId);
        return commands.change(
                new ForwardComplaint(decision, reconsiderationId, actor, request == null ? null : request.reason()),
                decision.toString(),
                actor,
                location(poolId, reconsiderationId));
    }

    private static String location(PoolId poolId, String reconsiderationId) {
        return "/pools/" + poolId + "/reconsiderations/" + reconsiderationId;
    }
}
