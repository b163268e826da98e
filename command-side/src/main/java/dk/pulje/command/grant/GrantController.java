package dk.pulje.command.grant;

import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.FINANCE_OFFICER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.command.web.Creates;
import dk.pulje.command.web.ReasonRequest;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.AcceptGrant;
import dk.pulje.shared.grant.ApproveBudgetChange;
import dk.pulje.shared.grant.ApproveReport;
import dk.pulje.shared.grant.BudgetChange;
import dk.pulje.shared.grant.BudgetChangeKind;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.grant.ClaimRepayment;
import dk.pulje.shared.grant.CloseGrant;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.RecordDisbursement;
import dk.pulje.shared.grant.RecordRepayment;
import dk.pulje.shared.grant.RefuseBudgetChange;
import dk.pulje.shared.grant.RequestBudgetChange;
import dk.pulje.shared.grant.ReturnReport;
import dk.pulje.shared.grant.StartProject;
import dk.pulje.shared.grant.SubmitReport;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The follow-up of a grant: the grantee accepts, starts and reports; staff decide; finance pays and claims. */
@RestController
@RequestMapping("/grants/{grantId}")
@Tag(name = "Grants", description = "Acceptance, payments, reports, budget changes, repayment and closure")
class GrantController {

    private final CommandSender commands;

    GrantController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"budgetLines": {"staff": "10500000.00", "partnership": "1800000.00"}}""")
    record AcceptRequest(BudgetLines budgetLines) {}

    @Schema(example = """
            {"startedOn": "2018-01-02"}""")
    record StartRequest(LocalDate startedOn) {}

    @Schema(example = """
            {"year": 2018, "amount": "1000000.00", "reason": "First half of 2018"}""")
    record DisbursementRequest(
            @Schema(nullable = true, description = "optional; a new id is made when left out")
            String id,

            Integer year,
            Money amount,
            String reason) {}

    @Schema(example = """
            {"summary": "Two of three teams trained; see the attached status", "spentByLine": {"project": "800000.00"}}""")
    record ReportRequest(
            String summary,
            BudgetLines spentByLine,

            @Schema(
                    nullable = true,
                    description = "the documentIds of documents your organisation uploaded (POST /documents) to "
                            + "attach, at most 20")
            List<String> attachments) {}

    @Schema(example = """
            {"kind": "REALLOCATION", "from": "project", "to": "evaluation", "amount": "50000.00",
             "reason": "External evaluation moved in-house"}""")
    record BudgetChangeRequest(
            @Schema(nullable = true, description = "optional; a new id is made when left out")
            String id,

            BudgetChangeKind kind,
            String from,
            String to,
            Money amount,
            String reason) {}

    @Schema(example = """
            {"amount": "120000.00", "reason": "Unspent money in the final accounts"}""")
    record ClaimRequest(
            @Schema(nullable = true, description = "optional; a new id is made when left out")
            String id,

            Money amount,
            String reason) {}

    @Schema(example = """
            {"amount": "120000.00"}""")
    record RepaymentRequest(Money amount) {}

    @Operation(summary = "Accept the grant before its acceptance deadline, with its budget lines (grantee)")
    @Allowed(APPLICANT)
    @PostMapping("/acceptance")
    ResponseEntity<Accepted> accept(
            @PathVariable GrantId grantId, @RequestBody(required = false) AcceptRequest request, Actor actor) {
        BudgetLines lines = request == null ? null : request.budgetLines();
        return send(new AcceptGrant(grantId, lines, actor), grantId, actor, "");
    }

    @Operation(summary = "Report the day the project started (grantee)")
    @Allowed(APPLICANT)
    @PostMapping("/start")
    ResponseEntity<Accepted> start(@PathVariable GrantId grantId, @RequestBody StartRequest request, Actor actor) {
        return send(new StartProject(grantId, request.startedOn(), actor), grantId, actor, "");
    }

    @Operation(summary = "Record a payment of a year's scheduled money (finance officer)")
    @Creates
    @Allowed(FINANCE_OFFICER)
    @PostMapping("/disbursements")
    ResponseEntity<Accepted> disburse(
            @PathVariable GrantId grantId, @RequestBody DisbursementRequest request, Actor actor) {
        String id = request.id() == null ? Identifier.random() : request.id();
        return commands.create(
                new RecordDisbursement(grantId, id, request.year(), request.amount(), actor, request.reason()),
                grantId.toString(),
                actor,
                location(grantId) + "/disbursements/" + id);
    }

    @Operation(summary = "Submit a report the grant owes (grantee)")
    @Allowed(APPLICANT)
    @PostMapping("/reports/{reportId}/submission")
    ResponseEntity<Accepted> submitReport(
            @PathVariable GrantId grantId,
            @PathVariable String reportId,
            @RequestBody ReportRequest request,
            Actor actor) {
        return send(
                new SubmitReport(
                        grantId, reportId, request.summary(), request.spentByLine(), actor, request.attachments()),
                grantId,
                actor,
                "/reports/" + reportId);
    }

    @Operation(summary = "Approve a submitted report (pool manager)")
    @Allowed(POOL_MANAGER)
    @PostMapping("/reports/{reportId}/approval")
    ResponseEntity<Accepted> approveReport(
            @PathVariable GrantId grantId,
            @PathVariable String reportId,
            @RequestBody(required = false) ReasonRequest request,
            Actor actor) {
        return send(
                new ApproveReport(grantId, reportId, actor, reason(request)), grantId, actor, "/reports/" + reportId);
    }

    @Operation(summary = "Return a submitted report for revision, with a reason (pool manager)")
    @Allowed(POOL_MANAGER)
    @PostMapping("/reports/{reportId}/return")
    ResponseEntity<Accepted> returnReport(
            @PathVariable GrantId grantId,
            @PathVariable String reportId,
            @RequestBody ReasonRequest request,
            Actor actor) {
        return send(
                new ReturnReport(grantId, reportId, actor, request.reason()), grantId, actor, "/reports/" + reportId);
    }

    @Operation(summary = "Move money between budget lines or carry a year's money over, with a reason (grantee)")
    @Creates
    @Allowed(APPLICANT)
    @PostMapping("/budget-changes")
    ResponseEntity<Accepted> changeBudget(
            @PathVariable GrantId grantId, @RequestBody BudgetChangeRequest request, Actor actor) {
        String id = request.id() == null ? Identifier.random() : request.id();
        BudgetChange change = new BudgetChange(request.kind(), request.from(), request.to(), request.amount());
        return commands.create(
                new RequestBudgetChange(grantId, id, change, actor, request.reason()),
                grantId.toString(),
                actor,
                location(grantId) + "/budget-changes/" + id);
    }

    @Operation(summary = "Approve a requested budget change, with a reason (pool manager)")
    @Allowed(POOL_MANAGER)
    @PostMapping("/budget-changes/{changeId}/approval")
    ResponseEntity<Accepted> approveChange(
            @PathVariable GrantId grantId,
            @PathVariable String changeId,
            @RequestBody ReasonRequest request,
            Actor actor) {
        return send(
                new ApproveBudgetChange(grantId, changeId, actor, request.reason()),
                grantId,
                actor,
                "/budget-changes/" + changeId);
    }

    @Operation(summary = "Refuse a requested budget change, with a reason (pool manager)")
    @Allowed(POOL_MANAGER)
    @PostMapping("/budget-changes/{changeId}/refusal")
    ResponseEntity<Accepted> refuseChange(
            @PathVariable GrantId grantId,
            @PathVariable String changeId,
            @RequestBody ReasonRequest request,
            Actor actor) {
        return send(
                new RefuseBudgetChange(grantId, changeId, actor, request.reason()),
                grantId,
                actor,
                "/budget-changes/" + changeId);
    }

    @Operation(summary = "Claim money back; claims under 500 kr. are waived by rule (finance officer)")
    @Creates
    @Allowed(FINANCE_OFFICER)
    @PostMapping("/repayment-claims")
    ResponseEntity<Accepted> claim(@PathVariable GrantId grantId, @RequestBody ClaimRequest request, Actor actor) {
        String id = request.id() == null ? Identifier.random() : request.id();
        return commands.create(
                new ClaimRepayment(grantId, id, request.amount(), actor, request.reason()),
                grantId.toString(),
                actor,
                location(grantId) + "/repayment-claims/" + id);
    }

    @Operation(summary = "Record money paid back on a claim (finance officer)")
    @Allowed(FINANCE_OFFICER)
    @PostMapping("/repayment-claims/{claimId}/payments")
    ResponseEntity<Accepted> repay(
            @PathVariable GrantId grantId,
            @PathVariable String claimId,
            @RequestBody RepaymentRequest request,
            Actor actor) {
        return send(
                new RecordRepayment(grantId, claimId, request.amount(), actor),
                grantId,
                actor,
                "/repayment-claims/" + claimId);
    }

    @Operation(summary = "Close the grant: final report and accounts approved, nothing owed (pool manager)")
    @Allowed(POOL_MANAGER)
    @PostMapping("/closure")
    ResponseEntity<Accepted> close(
            @PathVariable GrantId grantId, @RequestBody(required = false) ReasonRequest request, Actor actor) {
        return send(new CloseGrant(grantId, actor, reason(request)), grantId, actor, "");
    }

    private ResponseEntity<Accepted> send(Object command, GrantId grantId, Actor actor, String subPath) {
        return commands.change(command, grantId.toString(), actor, location(grantId) + subPath);
    }

    private static String reason(ReasonRequest request) {
        return request == null ? null : request.reason();
    }

    private static String location(GrantId grantId) {
        return "/grants/" + grantId.value();
    }
}
