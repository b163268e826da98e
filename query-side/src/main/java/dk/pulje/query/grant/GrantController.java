package dk.pulje.query.grant;

import static dk.pulje.query.infra.ProcessingGroups.GRANTS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;

import dk.pulje.query.grant.GrantViews.GrantDetail;
import dk.pulje.query.grant.GrantViews.GrantSummary;
import dk.pulje.query.grant.GrantViews.OverdueReport;
import dk.pulje.query.grant.GrantViews.PaymentView;
import dk.pulje.query.grant.GrantViews.ReportAttachmentView;
import dk.pulje.query.grant.GrantViews.UpcomingDeadline;
import dk.pulje.query.security.Staff;
import dk.pulje.query.security.StaffAndApplicants;
import dk.pulje.query.web.BadParameter;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.NotYours;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.query.web.SpreadsheetCsv;
import dk.pulje.query.web.StoredDownload;
import dk.pulje.shared.grant.GrantStatus;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.security.SignedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Grants after their award: money paid, held and owed, reports, and what falls due soon. */
@RestController
@Tag(name = "Grants", description = "Grants, their payments and reports, overdue reports and upcoming deadlines")
class GrantController {

    private static final int MAX_DAYS_AHEAD = 366;
    private static final String[] CSV_HEADER = {
        "grantId", "applicant", "status", "awarded", "paid", "repaid", "owed", "paymentId", "year", "amount", "paidAt"
    };

    private final GrantQueries queries;
    private final SignedIn signedIn;
    private final Clock clock;
    private final DocumentStore documents;

    GrantController(GrantQueries queries, SignedIn signedIn, Clock clock, DocumentStore documents) {
        this.clock = clock;
        this.documents = documents;
        this.queries = queries;
        this.signedIn = signedIn;
    }

    @Operation(
            summary = "Grants, optionally of one pool and in one status, oldest award first; an applicant sees "
                    + "only its own organisation's")
    @ReadsFrom(GRANTS)
    @StaffAndApplicants
    @GetMapping("/grants")
    List<GrantSummary> grants(
            @RequestParam(required = false) String pool, @RequestParam(required = false) GrantStatus status) {
        return queries.grants(pool, status == null ? null : status.name(), applicantOrNull());
    }

    @Operation(summary = "One grant with its budget lines, reports and payments; an applicant only its own")
    @ReadsFrom(GRANTS)
    @StaffAndApplicants
    @GetMapping("/grants/{grantId}")
    GrantDetail grant(@PathVariable String grantId) {
        return readable(grantId);
    }

    @Operation(
            summary = "The documents attached to a report's latest submission; read as its grant is read (staff, and "
                    + "an applicant its own)")
    @ReadsFrom(GRANTS)
    @StaffAndApplicants
    @GetMapping("/grants/{grantId}/reports/{reportId}/attachments")
    List<ReportAttachmentView> reportAttachments(@PathVariable String grantId, @PathVariable String reportId) {
        readable(grantId);
        return queries.reportAttachments(grantId, reportId);
    }

    @Operation(
            summary = "One document attached to a report, checked against the SHA-256 its submission recorded; read "
                    + "as its grant is read (staff, and an applicant its own)")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    @ReadsFrom(GRANTS)
    @StaffAndApplicants
    @GetMapping("/grants/{grantId}/reports/{reportId}/attachments/{documentId}")
    ResponseEntity<byte[]> reportAttachment(
            @PathVariable String grantId, @PathVariable String reportId, @PathVariable String documentId) {
        readable(grantId);
        ReportAttachmentView attachment = queries.reportAttachment(grantId, reportId, documentId)
                .orElseThrow(() -> new NotFound("Report " + reportId + " has no attachment " + documentId));
        return StoredDownload.of(
                documents,
                attachment.documentId(),
                attachment.sha256(),
                MediaType.parseMediaType(attachment.mediaType()),
                attachment.fileName());
    }

    /** The grant, once the signed-in user may read it: staff any, an applicant its own organisation's. */
    private GrantDetail readable(String grantId) {
        GrantDetail grant = queries.grant(grantId).orElseThrow(() -> new NotFound("No grant has the id " + grantId));
        signedIn.applicantOrganisation()
                .filter(organisation -> !organisation.equals(grant.grant().applicantKey()))
                .ifPresent(organisation -> {
                    throw NotYours.grant("Grant " + grantId + " belongs to another organisation");
                });
        return grant;
    }

    /** An applicant's own organisation, whose grants alone it sees; null for staff, who see them all. */
    private String applicantOrNull() {
        return signedIn.applicantOrganisation().orElse(null);
    }

    @Operation(summary = "Reports past their due date and not yet approved: these grants' payments are held")
    @ReadsFrom(GRANTS)
    @Staff
    @GetMapping("/grants/overdue-reports")
    List<OverdueReport> overdueReports() {
        return queries.overdueReports();
    }

    @Operation(
            summary = "Deadlines in the next days (30 unless ?days= says otherwise): rounds closing, grants to "
                    + "accept or start, reports falling due")
    @ReadsFrom({GRANTS, POOL_OVERVIEW})
    @Staff
    @GetMapping("/deadlines/upcoming")
    List<UpcomingDeadline> upcoming(@RequestParam(defaultValue = "30") int days) {
        if (days < 1 || days > MAX_DAYS_AHEAD) {
            throw new BadParameter("days is 1 to " + MAX_DAYS_AHEAD);
        }
        Instant now = clock.instant();
        return queries.upcoming(now, now.plus(Duration.ofDays(days)));
    }

    @Operation(
            summary = "A pool's grants and their payments as CSV (UTF-8, header row); ?locale=da writes "
                    + "amounts as 1.234,56 with semicolons between fields and a byte order mark first; text that a "
                    + "spreadsheet would run as a formula is written with a ' before it; an applicant gets only its own "
                    + "organisation's")
    @ReadsFrom(GRANTS)
    @StaffAndApplicants
    @GetMapping(value = "/pools/{poolId}/grants.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String poolId, @RequestParam(defaultValue = "en") String locale) {
        if (!locale.equals("en") && !locale.equals("da")) {
            throw new BadParameter("locale is en or da");
        }
        SpreadsheetCsv csv =
                locale.equals("da") ? SpreadsheetCsv.danish(CSV_HEADER) : SpreadsheetCsv.english(CSV_HEADER);
        for (GrantSummary grant : queries.grants(poolId, null, applicantOrNull())) {
            rows(csv, grant, queries.payments(grant.grantId()));
        }
        return csv.download(poolId + "-grants.csv");
    }

    /** One row per payment, and one per grant without payments; money in kroner with two decimals. */
    private static void rows(SpreadsheetCsv csv, GrantSummary grant, List<PaymentView> payments) {
        if (payments.isEmpty()) {
            grantCells(csv, grant)
                    .text(null)
                    .number(null)
                    .number(null)
                    .text(null)
                    .endRow();
        }
        for (PaymentView payment : payments) {
            grantCells(csv, grant)
                    .text(payment.paymentId())
                    .number(payment.year())
                    .number(payment.amount().kroner())
                    .text(payment.paidAt().toString())
                    .endRow();
        }
    }

    private static SpreadsheetCsv grantCells(SpreadsheetCsv csv, GrantSummary grant) {
        return csv.text(grant.grantId())
                .text(grant.applicantName())
                .text(grant.status())
                .number(grant.awarded().kroner())
                .number(grant.paid().kroner())
                .number(grant.repaid().kroner())
                .number(grant.owed().kroner());
    }
}
