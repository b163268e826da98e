package dk.pulje.command.pool;

import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.command.document.Uploads;
import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.command.web.Creates;
import dk.pulje.command.web.ReasonRequest;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.AllocatedAward;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.AnnouncePool;
import dk.pulje.shared.pool.ApplicationForm;
import dk.pulje.shared.pool.ApproveAllocation;
import dk.pulje.shared.pool.ApprovePoolAmendment;
import dk.pulje.shared.pool.AssessmentRules;
import dk.pulje.shared.pool.ClosePool;
import dk.pulje.shared.pool.DeadlineChange;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.PlannedDate;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.pool.ProposeAllocation;
import dk.pulje.shared.pool.PublishPool;
import dk.pulje.shared.pool.Question;
import dk.pulje.shared.pool.RefusePoolAmendment;
import dk.pulje.shared.pool.RejectAllocation;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Pools",
        description = "Drafting, publishing, amending and closing grant pools (pool manager); allocating their awards "
                + "under four eyes (pool manager or approver proposes, another approver approves)")
class PoolController {

    private final CommandSender commands;
    private final Uploads uploads;

    PoolController(CommandSender commands, Uploads uploads) {
        this.commands = commands;
        this.uploads = uploads;
    }

    @Schema(name = "PoolAmendmentRequest", example = """
            {"budget": "26000000.00", "deadlineChanges": [{"round": 1, "deadline": "2030-03-31T12:00:00"}],
             "reason": "Deadline extended after questions at the information meeting"}""")
    record AmendRequest(
            @Schema(nullable = true, description = "optional; the new budget")
            Money budget,

            @Schema(nullable = true, description = "optional; new deadlines of rounds")
            List<DeadlineChange> deadlineChanges,

            String reason,

            @Schema(
                    nullable = true,
                    description = "optional; the new assessment rules, criteria and minimum number of assessors, "
                            + "in full; the criteria cannot change once applications have been assessed on them")
            AssessmentRules assessment,

            @Schema(
                    nullable = true,
                    description = "optional; the pool's own questions, in full, as when drafting it ([] takes them "
                            + "all away); applications submitted before keep their answers and the version of the "
                            + "rules they were given under")
            List<Question> questions,

            @Schema(
                    nullable = true,
                    description = "optional; the pool's contact, questions and answers (faq) and guidance documents, "
                            + "in full, as when drafting it ({} takes them all away)")
            InformationPlan information) {}

    @Operation(summary = "Draft a pool in a programme; its budget is drawn from the programme's envelope")
    @Creates
    @Allowed(POOL_MANAGER)
    @PostMapping("/programmes/{programmeId}/pools")
    ResponseEntity<Accepted> draft(@PathVariable ProgrammeId programmeId, @RequestBody PoolPlan request, Actor actor) {
        PoolId id = request.id() == null ? PoolId.random() : request.id();
        return commands.create(
                new DraftPool(
                        id,
                        programmeId,
                        request.budget(),
                        request.terms(uploads),
                        actor,
                        request.reason(),
                        request.secondSignature(),
                        request.track(),
                        request.financeYears()),
                id.toString(),
                actor,
                "/pools/" + id);
    }

    @Schema(example = """
            {"publication": {"earliest": "2017-08-01", "latest": "2017-09-30", "wording": "August or September 2017"},
             "deadline": {"earliest": "2017-10-10", "latest": "2017-10-20", "wording": "mid October 2017"},
             "decision": {"earliest": "2017-10-01", "latest": "2017-12-31", "wording": "fourth quarter of 2017"},
             "reason": "Satspuljeaftalen 2017"}""")
    record AnnouncementRequest(PlannedDate publication, PlannedDate deadline, PlannedDate decision, String reason) {}

    @Operation(summary = "Announce a drafted pool with its planned dates, before its real rounds are published")
    @Allowed(POOL_MANAGER)
    @PostMapping("/pools/{poolId}/announcement")
    ResponseEntity<Accepted> announce(
            @PathVariable PoolId poolId, @RequestBody AnnouncementRequest request, Actor actor) {
        return commands.change(
                new AnnouncePool(
                        poolId,
                        new PoolPlanning(request.publication(), request.deadline(), request.decision()),
                        actor,
                        request.reason()),
                poolId.toString(),
                actor,
                "/pools/" + poolId);
    }

    @Schema(description = "Optional: the real rounds, replacing the drafted ones (an announced pool's, say)")
    record PublicationRequest(
            @Schema(nullable = true) String reason,
            @Schema(nullable = true) List<PoolPlan.RoundPlan> rounds) {}

    @Operation(summary = "Publish a drafted or announced pool, with its real rounds when they differ from the draft")
    @Allowed(POOL_MANAGER)
    @PostMapping("/pools/{poolId}/publication")
    ResponseEntity<Accepted> publish(
            @PathVariable PoolId poolId, @RequestBody(required = false) PublicationRequest request, Actor actor) {
        String reason = request == null ? null : request.reason();
        List<Round> rounds = request == null ? null : PoolPlan.numbered(request.rounds());
        return commands.change(
                new PublishPool(poolId, actor, reason, rounds), poolId.toString(), actor, "/pools/" + poolId);
    }

    @Operation(
            summary = "Amend a pool's budget, deadlines, assessment rules, questions or public information, with a "
                    + "reason; a pool that needs a second signature records the amendment as proposal number n (see "
                    + "its history) until another pool manager signs it")
    @Allowed(POOL_MANAGER)
    @PostMapping("/pools/{poolId}/amendments")
    ResponseEntity<Accepted> amend(@PathVariable PoolId poolId, @RequestBody AmendRequest request, Actor actor) {
        return commands.change(
                new AmendPool(
                        poolId,
                        request.budget(),
                        request.deadlineChanges(),
                        actor,
                        request.reason(),
                        request.assessment(),
                        request.questions() == null ? null : new ApplicationForm(request.questions()),
                        request.information() == null
                                ? null
                                : request.information().resolved(uploads)),
                poolId.toString(),
                actor,
                "/pools/" + poolId);
    }

    record SignatureRequest(String reason) {}

    @Operation(summary = "Sign a proposed amendment as the second pool manager: it takes effect")
    @Allowed(POOL_MANAGER)
    @PostMapping("/pools/{poolId}/amendments/{amendment}/approval")
    ResponseEntity<Accepted> approveAmendment(
            @PathVariable PoolId poolId,
            @PathVariable int amendment,
            @RequestBody(required = false) SignatureRequest request,
            Actor actor) {
        return commands.change(
                new ApprovePoolAmendment(poolId, amendment, actor, request == null ? null : request.reason()),
                poolId.toString(),
                actor,
                "/pools/" + poolId);
    }

    @Operation(summary = "Refuse (or, as its proposer, withdraw) a proposed amendment, with a reason")
    @Allowed(POOL_MANAGER)
    @PostMapping("/pools/{poolId}/amendments/{amendment}/refusal")
    ResponseEntity<Accepted> refuseAmendment(
            @PathVariable PoolId poolId, @PathVariable int amendment, @RequestBody ReasonRequest request, Actor actor) {
        return commands.change(
                new RefusePoolAmendment(poolId, amendment, actor, request.reason()),
                poolId.toString(),
                actor,
                "/pools/" + poolId);
    }

    @Schema(example = """
            {"awards": [{"applicationId": "early-2017-odense", "amount": "2000000.00"},
                        {"applicationId": "early-2017-vejle", "amount": "1500000.00"}],
             "reason": "The highest-ranked applications with priority; the budget holds both"}""")
    record AllocationRequest(
            @Schema(
                    nullable = true,
                    description = "optional; each an applicationId and an amount. Left out or empty, the pool proposes "
                            + "from its ranking: each application in rank order at the amount it asked for, while the "
                            + "budget holds it and the pool expects more grantees")
            List<AllocatedAward> awards,

            String reason) {}

    @Operation(
            summary = "Propose the pool's awards as one allocation, with a reason: checked and ranked (priority rule, "
                    + "weighted score, ties explained in the event) and recorded as allocation number n (see the "
                    + "pool's history); nothing is awarded until an approver other than the proposer approves it")
    @Allowed({POOL_MANAGER, APPROVER})
    @PostMapping("/pools/{poolId}/allocations")
    ResponseEntity<Accepted> proposeAllocation(
            @PathVariable PoolId poolId, @RequestBody AllocationRequest request, Actor actor) {
        return commands.change(
                new ProposeAllocation(poolId, request.awards(), actor, request.reason()),
                poolId.toString(),
                actor,
                "/pools/" + poolId);
    }

    @Operation(
            summary = "Approve a proposed allocation as an approver other than its proposer: all its awards are made "
                    + "and their grants opened, or, when one would be refused, none is and the refusal names it")
    @Allowed(APPROVER)
    @PostMapping("/pools/{poolId}/allocations/{allocation}/approval")
    ResponseEntity<Accepted> approveAllocation(
            @PathVariable PoolId poolId,
            @PathVariable int allocation,
            @RequestBody(required = false) SignatureRequest request,
            Actor actor) {
        return commands.change(
                new ApproveAllocation(poolId, allocation, actor, request == null ? null : request.reason()),
                poolId.toString(),
                actor,
                "/pools/" + poolId);
    }

    @Operation(summary = "Reject (or, as its proposer, withdraw) a proposed allocation, with a reason")
    @Allowed({APPROVER, POOL_MANAGER})
    @PostMapping("/pools/{poolId}/allocations/{allocation}/rejection")
    ResponseEntity<Accepted> rejectAllocation(
            @PathVariable PoolId poolId,
            @PathVariable int allocation,
            @RequestBody ReasonRequest request,
            Actor actor) {
        return commands.change(
                new RejectAllocation(poolId, allocation, actor, request.reason()),
                poolId.toString(),
                actor,
                "/pools/" + poolId);
    }

    @Operation(summary = "Close a pool, with a reason")
    @Allowed(POOL_MANAGER)
    @PostMapping("/pools/{poolId}/closure")
    ResponseEntity<Accepted> close(@PathVariable PoolId poolId, @RequestBody ReasonRequest request, Actor actor) {
        return commands.change(
                new ClosePool(poolId, actor, request.reason()), poolId.toString(), actor, "/pools/" + poolId);
    }
}
