package dk.pulje.query.audit;

import static dk.pulje.shared.common.Role.AUDITOR;

import dk.pulje.query.web.NotFound;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Decision provenance for auditors: a pool's, an application's or a grant's complete history, a page at a time (each
 * page read from the event store from its first sequence on) or exported whole.
 */
@RestController
@Tag(name = "Audit", description = "Complete histories from the event store, for auditors (read-only)")
class ProvenanceController {

    static final int MAX_LIMIT = 1000;
    static final String CSV = "text/csv";
    static final String JSON_LINES = "application/x-ndjson";
    private static final String AFTER = "The sequence number the page begins after: a page's `next` link carries "
            + "the last one it holds; none for the first page";
    private static final String LIMIT = "How many entries a page holds at most (1 to 1000)";

    /** A page of a history in stream order; {@code next} is the path of the following page, null on the last one. */
    record HistoryPage(List<HistoryEntry> items, int limit, String next) {}

    private final Provenance provenance;
    private final HistoryExport export;

    ProvenanceController(Provenance provenance, HistoryExport export) {
        this.provenance = provenance;
        this.export = export;
    }

    @Operation(
            summary = "A pool's complete history, every event with who, role, when, why and its command, a page "
                    + "at a time; the next page is linked by `next` and a `Link: <…>; rel=\"next\"` header")
    @Allowed(AUDITOR)
    @GetMapping("/audit/pools/{poolId}/history")
    ResponseEntity<HistoryPage> poolHistory(
            @PathVariable PoolId poolId,
            @Parameter(description = AFTER) @RequestParam(required = false) @Min(0) Long after,
            @Parameter(description = LIMIT) @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit,
            HttpServletRequest request) {
        return answer(
                provenance.page(poolId, null, first(after), limit).orElseThrow(() -> noPool(poolId)), limit, request);
    }

    @Operation(
            summary = "A grant's complete history: acceptance, payments, reports, budget changes, repayment, "
                    + "closure or lapse, paged as a pool's is")
    @Allowed(AUDITOR)
    @GetMapping("/audit/grants/{grantId}/history")
    ResponseEntity<HistoryPage> grantHistory(
            @PathVariable GrantId grantId,
            @Parameter(description = AFTER) @RequestParam(required = false) @Min(0) Long after,
            @Parameter(description = LIMIT) @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit,
            HttpServletRequest request) {
        return answer(
                provenance
                        .page(grantId, first(after), limit)
                        .orElseThrow(() -> new NotFound("No grant has the id " + grantId.value())),
                limit,
                request);
    }

    @Operation(
            summary = "One application's complete history, paged by the pool's sequence numbers: a page may "
                    + "skip the numbers of the pool's other events")
    @Allowed(AUDITOR)
    @GetMapping("/audit/pools/{poolId}/applications/{applicationId}/history")
    ResponseEntity<HistoryPage> applicationHistory(
            @PathVariable PoolId poolId,
            @PathVariable String applicationId,
            @Parameter(description = AFTER) @RequestParam(required = false) @Min(0) Long after,
            @Parameter(description = LIMIT) @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit,
            HttpServletRequest request) {
        Provenance.Page page =
                provenance.page(poolId, applicationId, first(after), limit).orElseThrow(() -> noPool(poolId));
        if (after == null && page.entries().isEmpty()) {
            throw noApplication(poolId, applicationId);
        }
        return answer(page, limit, request);
    }

    @Operation(
            summary = "A pool's complete history as CSV (comma-separated, UTF-8, header row); text that a "
                    + "spreadsheet would run as a formula is written with a ' before it")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @Allowed(AUDITOR)
    @GetMapping("/audit/pools/{poolId}/history.csv")
    void poolHistoryCsv(@PathVariable PoolId poolId, HttpServletResponse response) throws IOException {
        export.csv(whole(poolId, null), poolId + "-history.csv", response);
    }

    @Operation(summary = "A pool's complete history as JSON lines, one event per line with its payload")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON_LINES, schema = @Schema(type = "string")))
    @Allowed(AUDITOR)
    @GetMapping("/audit/pools/{poolId}/history.jsonl")
    void poolHistoryJsonLines(@PathVariable PoolId poolId, HttpServletResponse response) throws IOException {
        export.jsonLines(whole(poolId, null), poolId + "-history.jsonl", response);
    }

    @Operation(summary = "One application's complete history as CSV, written as the pool's is")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @Allowed(AUDITOR)
    @GetMapping("/audit/pools/{poolId}/applications/{applicationId}/history.csv")
    void applicationHistoryCsv(
            @PathVariable PoolId poolId, @PathVariable String applicationId, HttpServletResponse response)
            throws IOException {
        export.csv(whole(poolId, applicationId), applicationId + "-history.csv", response);
    }

    @Operation(summary = "One application's complete history as JSON lines")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON_LINES, schema = @Schema(type = "string")))
    @Allowed(AUDITOR)
    @GetMapping("/audit/pools/{poolId}/applications/{applicationId}/history.jsonl")
    void applicationHistoryJsonLines(
            @PathVariable PoolId poolId, @PathVariable String applicationId, HttpServletResponse response)
            throws IOException {
        export.jsonLines(whole(poolId, applicationId), applicationId + "-history.jsonl", response);
    }

    /** The history as it is read, its first entry read already: a history with none is 404 before anything is sent. */
    private Iterator<HistoryEntry> whole(PoolId poolId, String applicationId) {
        Iterator<HistoryEntry> history =
                provenance.history(poolId, applicationId).iterator();
        if (!history.hasNext()) {
            throw applicationId == null ? noPool(poolId) : noApplication(poolId, applicationId);
        }
        return history;
    }

    private static long first(Long after) {
        return after == null ? -1 : after;
    }

    private static ResponseEntity<HistoryPage> answer(Provenance.Page page, int limit, HttpServletRequest request) {
        if (page.nextAfter() == null) {
            return ResponseEntity.ok(new HistoryPage(page.entries(), limit, null));
        }
        String next = UriComponentsBuilder.fromPath(request.getRequestURI())
                .queryParam("after", page.nextAfter())
                .queryParam("limit", limit)
                .build()
                .toUriString();
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"")
                .body(new HistoryPage(page.entries(), limit, next));
    }

    private static NotFound noPool(PoolId poolId) {
        return new NotFound("No pool has the id " + poolId);
    }

    private static NotFound noApplication(PoolId poolId, String applicationId) {
        return new NotFound("Pool " + poolId + " has no application " + applicationId);
    }
}
