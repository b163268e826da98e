package dk.pulje.command.pool;

import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ActivityCategory;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.ClosePool;
import dk.pulje.shared.pool.DeadlineChange;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.ExpectedGrantees;
import dk.pulje.shared.pool.GrantLimits;
import dk.pulje.shared.pool.InformationMeeting;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.ProjectPeriod;
import dk.pulje.shared.pool.PublishPool;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.programme.ProgrammeId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RestController
@Tag(name = "Pools", description = "Drafting, publishing, amending and closing grant pools (pool manager)")
class PoolController {

    private final CommandSender commands;

    PoolController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(description = "A round: opening time and deadline, local date-times in Copenhagen")
    record RoundRequest(LocalDateTime opens, Deadline deadline) {
    }

    @Schema(example = """
            {"title": "Initiatives for an early, preventive and more effective effort",
             "description": "Published 6 February 2017; deadline 24 March 2017 at 12:00.",
             "budget": "24900000.00", "eligibleKinds": ["MUNICIPALITY"],
             "categories": [{"code": "new-methods", "title": "New efforts and methods for early prevention"},
                            {"code": "upskilling", "title": "Upskilling of staff"}],
             "limits": {"minimum": "100000.00", "maximum": "5000000.00"},
             "expectedGrantees": {"minimum": 5, "maximum": 15},
             "rounds": [{"opens": "2030-02-06T00:00:00", "deadline": "2030-03-24T12:00:00"}],
             "projectPeriod": {"start": "2030-06-01", "end": "2032-12-31"},
             "meetings": [], "reason": "Satspulje 2017"}""")
    record DraftRequest(@Schema(description = "optional; a new id is made when left out") PoolId id,
                        String title, String description, Money budget, Set<ApplicantKind> eligibleKinds,
                        List<ActivityCategory> categories, GrantLimits limits, ExpectedGrantees expectedGrantees,
                        List<RoundRequest> rounds, ProjectPeriod projectPeriod, List<InformationMeeting> meetings,
                        String reason) {

        PoolTerms terms() {
            if (rounds == null) {
                throw new InvalidValue("pool.rounds", "A pool has at least one round");
            }
            List<Round> numbered = new ArrayList<>();
            for (RoundRequest round : rounds) {
                numbered.add(new Round(numbered.size() + 1, round.opens(), round.deadline()));
            }
            return new PoolTerms(title, description, eligibleKinds, categories, limits, expectedGrantees, numbered,
                    projectPeriod, meetings);
        }
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
    ResponseEntity<Accepted> draft(@PathVariable ProgrammeId programmeId, @RequestBody DraftRequest request,
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
