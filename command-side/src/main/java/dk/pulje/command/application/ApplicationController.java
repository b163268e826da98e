package dk.pulje.command.application;

import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.command.web.Creates;
import dk.pulje.command.web.ReasonRequest;
import dk.pulje.shared.application.AmendApplication;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.AssignAssessor;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.application.ConfirmPartnership;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.application.DeclareConflictOfInterest;
import dk.pulje.shared.application.DeclinePartnership;
import dk.pulje.shared.application.RecordConsensus;
import dk.pulje.shared.application.RejectApplication;
import dk.pulje.shared.application.RemovePartner;
import dk.pulje.shared.application.ScoreApplication;
import dk.pulje.shared.application.ScreenApplication;
import dk.pulje.shared.application.Signature;
import dk.pulje.shared.application.SubmitApplication;
import dk.pulje.shared.application.SubmitAssessment;
import dk.pulje.shared.application.WithdrawApplication;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pools/{poolId}/applications")
@Tag(name = "Applications", description = "Submitting, assessing and deciding applications")
class ApplicationController {

    private final CommandSender commands;

    ApplicationController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"applicant": {"kind": "MUNICIPALITY", "municipality": "751"},
             "projectTitle": "Early help through PPR in Aarhus", "amountRequested": "3000000.00",
             "budget": {"2030": "1000000.00", "2031": "2000000.00"}, "activityCategory": "new-methods",
             "contact": {"name": "Kim Jensen", "email": "kim.jensen@example.dk", "phone": "+45 8940 2000"}}""")
    record SubmitRequest(
            @Schema(nullable = true, description = "optional; a new id is made when left out")
            ApplicationId id,

            Applicant applicant,
            String projectTitle,
            Money amountRequested,
            BudgetByYear budget,
            String activityCategory,
            ContactPerson contact,

            @Schema(
                    nullable = true,
                    description = "what the project budgets for each purpose; "
                            + "required where the pool "
                            + "earmarks parts of its grants")
            BudgetLines budgetLines,

            @Schema(
                    nullable = true,
                    description = "for a joint application: the other parties; you, "
                            + "the lead, sign, act "
                            + "and are paid")
            List<Applicant> partners,

            @Schema(
                    nullable = true,
                    description = "answers to the pool's own questions (its application form, listed by GET "
                            + "/pools/{poolId}) by question id; required where the pool asks required questions",
                    example = "{\"staff\": \"12\", \"has-partner\": \"yes\"}")
            Map<String, String> answers,

            @Schema(
                    nullable = true,
                    description = "the documentIds of documents your organisation uploaded (POST /documents) to "
                            + "attach, at most 20")
            List<String> attachments) {}

    @Schema(example = """
            {"amountRequested": "2500000.00", "budget": {"2030": "1000000.00", "2031": "1500000.00"},
             "activityCategory": "new-methods", "reason": "Smaller second year"}""")
    record AmendRequest(
            Money amountRequested,
            BudgetByYear budget,
            String activityCategory,
            BudgetLines budgetLines,
            String reason,

            @Schema(
                    nullable = true,
                    description = "optional; the answers to the pool's own questions, in full, by question id; "
                            + "left out, the answers stay as they are")
            Map<String, String> answers) {}

    @Schema(example = """
            {"eligible": true, "reason": "A municipality; the project fits category new-methods"}""")
    record ScreeningRequest(Boolean eligible, String reason) {}

    @Schema(example = """
            {"score": 4, "justification": "Clear goals and a credible plan for staff"}""")
    record ScoreRequest(Integer score, String justification) {}

    @Schema(example = """
            {"amount": "2000000.00", "reason": "Scores 4/5; awarded in part to reach more municipalities"}""")
    record AwardRequest(Money amount, String reason) {}

    @Operation(summary = "Submit an application while a round is open (applicant)")
    @Creates
    @Allowed(APPLICANT)
    @PostMapping
    ResponseEntity<Accepted> submit(
            @PathVariable PoolId poolId,
            @RequestBody SubmitRequest request,
            Actor actor,
            @Parameter(hidden = true) Signature signature) {
        ApplicationId id = request.id() == null ? ApplicationId.random() : request.id();
        return commands.create(
                new SubmitApplication(
                        poolId,
                        id,
                        request.applicant(),
                        request.projectTitle(),
                        request.amountRequested(),
                        request.budget(),
                        request.activityCategory(),
                        request.contact(),
                        actor,
                        signature,
                        request.budgetLines(),
                        request.partners(),
                        request.answers(),
                        request.attachments()),
                poolId.toString(),
                actor,
                location(poolId, id));
    }

    @Operation(summary = "Amend an application before the deadline (applicant)")
    @Allowed(APPLICANT)
    @PostMapping("/{applicationId}/amendments")
    ResponseEntity<Accepted> amend(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody AmendRequest request,
            Actor actor) {
        return commands.change(
                new AmendApplication(
                        poolId,
                        applicationId,
                        request.amountRequested(),
                        request.budget(),
                        request.activityCategory(),
                        request.budgetLines(),
                        actor,
                        request.reason(),
                        request.answers()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Operation(summary = "Withdraw an application before the deadline (applicant)")
    @Allowed(APPLICANT)
    @PostMapping("/{applicationId}/withdrawal")
    ResponseEntity<Accepted> withdraw(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody(required = false) ReasonRequest request,
            Actor actor) {
        return commands.change(
                new WithdrawApplication(poolId, applicationId, actor, reasonOf(request)),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Operation(
            summary =
                    "Confirm your organisation's part in a joint application that names it as a partner "
                            + "(applicant, for the partner); only then is the application the partner's active one in the round")
    @Allowed(APPLICANT)
    @PostMapping("/{applicationId}/partnership/confirmation")
    ResponseEntity<Accepted> confirmPartnership(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody(required = false) ReasonRequest request,
            Actor actor) {
        return commands.change(
                new ConfirmPartnership(poolId, applicationId, actor, reasonOf(request)),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Operation(
            summary = "Decline your organisation's part in a joint application that names it as a partner, with "
                    + "a reason (applicant, for the partner); the application goes on without it")
    @Allowed(APPLICANT)
    @PostMapping("/{applicationId}/partnership/decline")
    ResponseEntity<Accepted> declinePartnership(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody ReasonRequest request,
            Actor actor) {
        return commands.change(
                new DeclinePartnership(poolId, applicationId, actor, request.reason()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Schema(example = """
            {"partner": "municipality:461", "reason": "No answer to three reminders since 1 March"}""")
    record RemovalRequest(
            @Schema(description = "the partner's key, as the query side's partnerships show it")
            String partner,

            String reason) {}

    @Operation(
            summary = "Remove a partner that has not confirmed its part from your joint application, with a reason "
                    + "(applicant, for the lead), while the application is undecided; the partner is free in the round and "
                    + "the application goes on without it. A partner that confirmed cannot be removed")
    @Allowed(APPLICANT)
    @PostMapping("/{applicationId}/partnership/removal")
    ResponseEntity<Accepted> removePartner(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody RemovalRequest request,
            Actor actor) {
        return commands.change(
                new RemovePartner(poolId, applicationId, request.partner(), actor, request.reason()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Operation(summary = "Screen an application as eligible or not, with a reason (assessor)")
    @Allowed(ASSESSOR)
    @PostMapping("/{applicationId}/screening")
    ResponseEntity<Accepted> screen(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody ScreeningRequest request,
            Actor actor) {
        if (request.eligible() == null) {
            throw new InvalidValue("screening.eligible", "A screening says whether the application is eligible");
        }
        return commands.change(
                new ScreenApplication(poolId, applicationId, request.eligible(), actor, request.reason()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Operation(summary = "Score an eligible application from 1 to 5, with a justification (assessor)")
    @Allowed(ASSESSOR)
    @PostMapping("/{applicationId}/scores")
    ResponseEntity<Accepted> score(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody ScoreRequest request,
            Actor actor) {
        if (request.score() == null) {
            throw new InvalidValue("score.range", "A score is from 1 to 5");
        }
        return commands.change(
                new ScoreApplication(poolId, applicationId, request.score(), actor, request.justification()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Schema(example = """
            {"assessor": "assessor", "reason": "Knows early prevention in PPR; no ties to the applicant"}""")
    record AssignmentRequest(
            @Schema(description = "the user id of the staff member who is to assess the application")
            String assessor,

            @Schema(nullable = true, description = "optional")
            String reason) {}

    @Schema(example = """
            {"scores": [{"criterion": "purpose", "score": 4, "justification": "Reaches children before they are referred"},
                        {"criterion": "feasibility", "score": 3, "justification": "Staffing plan, but no plan B"}],
             "reason": "A sound project; the staffing plan is thin"}""")
    record AssessmentRequest(
            @Schema(description = "a score and a justification for every one of the pool's criteria")
            List<CriterionScore> scores,

            @Schema(nullable = true, description = "optional; an overall remark")
            String reason) {}

    @Schema(example = """
            {"scores": [{"criterion": "purpose", "score": 4, "justification": "Both assessors agree"},
                        {"criterion": "feasibility", "score": 3, "justification": "2 and 4: agreed 3, the plan is credible but thin"}],
             "reason": "Consensus meeting 30 March"}""")
    record ConsensusRequest(
            @Schema(description = "the agreed score for every one of the pool's criteria, each with why")
            List<CriterionScore> scores,

            String reason) {}

    @Operation(
            summary = "Assign a staff member to assess an application independently (pool manager); one who declared "
                    + "a conflict of interest in it cannot be assigned")
    @Allowed(POOL_MANAGER)
    @PostMapping("/{applicationId}/assessors")
    ResponseEntity<Accepted> assignAssessor(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody AssignmentRequest request,
            Actor actor) {
        return commands.change(
                new AssignAssessor(poolId, applicationId, request.assessor(), actor, request.reason()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Operation(
            summary = "Assess an eligible application you are assigned to: score every criterion of the pool, each "
                    + "with a justification (assessor); once only")
    @Allowed(ASSESSOR)
    @PostMapping("/{applicationId}/assessments")
    ResponseEntity<Accepted> assess(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody AssessmentRequest request,
            Actor actor) {
        return commands.change(
                new SubmitAssessment(poolId, applicationId, request.scores(), actor, request.reason()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Operation(
            summary = "Record the assessors' consensus once the pool's number of assessors have assessed: the agreed "
                    + "score per criterion with why, and a reason; the weighted score follows from the pool's weights "
                    + "(pool manager, or an assessor who assessed it as lead)")
    @Allowed({POOL_MANAGER, ASSESSOR})
    @PostMapping("/{applicationId}/consensus")
    ResponseEntity<Accepted> recordConsensus(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody ConsensusRequest request,
            Actor actor) {
        return commands.change(
                new RecordConsensus(poolId, applicationId, request.scores(), actor, request.reason()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Operation(summary = "Award a grant, at most what was asked and what the pool has left (approver)")
    @Allowed(APPROVER)
    @PostMapping("/{applicationId}/award")
    ResponseEntity<Accepted> award(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody AwardRequest request,
            Actor actor) {
        return commands.change(
                new AwardGrant(poolId, applicationId, request.amount(), actor, request.reason()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Operation(
            summary = "Declare a conflict of interest in an application, with a reason; the declarer may then "
                    + "neither assess nor decide it (assessor, approver)")
    @Allowed({ASSESSOR, APPROVER})
    @PostMapping("/{applicationId}/conflict-of-interest")
    ResponseEntity<Accepted> declareConflict(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody ReasonRequest request,
            Actor actor) {
        return commands.change(
                new DeclareConflictOfInterest(poolId, applicationId, actor, request.reason()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    @Operation(summary = "Reject an application, with a reason (approver)")
    @Allowed(APPROVER)
    @PostMapping("/{applicationId}/rejection")
    ResponseEntity<Accepted> reject(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody ReasonRequest request,
            Actor actor) {
        return commands.change(
                new RejectApplication(poolId, applicationId, actor, request.reason()),
                poolId.toString(),
                actor,
                location(poolId, applicationId));
    }

    private static String location(PoolId poolId, ApplicationId applicationId) {
        return "/pools/" + poolId + "/applications/" + applicationId;
    }

    /** The reason of a command whose body, and so its reason, may be left out. */
    private static String reasonOf(ReasonRequest request) {
        return request == null ? null : request.reason();
    }
}
