package dk.pulje.query.audit;

import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.SpreadsheetCsv;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.pool.PoolId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Decision provenance for auditors: a pool's or an application's complete history, paged or exported. */
@RestController
@Tag(name = "Audit", description = "Complete histories from the event store, for auditors (read-only)")
class ProvenanceController {

    record HistoryPage(List<HistoryEntry> items, int page, int size, long total) {
    }

    private static final String[] CSV_HEADER = {"sequence", "event", "revision", "recordedAt", "recordedAtCopenhagen",
            "applicationId", "decidedBy", "role", "reason", "amount", "scores", "rulesVersion", "correlationId",
            "traceId", "eventId"};

    private final Provenance provenance;
    private final JsonMapper json;

    ProvenanceController(Provenance provenance, JsonMapper json) {
        this.provenance = provenance;
        this.json = json;
    }

    @Operation(summary = "A pool's complete history, every event with who, role, when, why and its command")
    @GetMapping("/audit/pools/{poolId}/history")
    HistoryPage poolHistory(@PathVariable PoolId poolId, @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return page(history(poolId, null), page, size);
    }

    @Operation(summary = "A grant's complete history: acceptance, payments, reports, budget changes, repayment, "
            + "closure or lapse")
    @GetMapping("/audit/grants/{grantId}/history")
    HistoryPage grantHistory(@PathVariable GrantId grantId, @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        List<HistoryEntry> history = provenance.history(grantId);
        if (history.isEmpty()) {
            throw new NotFound("No grant has the id " + grantId.value());
        }
        return page(history, page, size);
    }

    @Operation(summary = "One application's complete history")
    @GetMapping("/audit/pools/{poolId}/applications/{applicationId}/history")
    HistoryPage applicationHistory(@PathVariable PoolId poolId, @PathVariable String applicationId,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return page(history(poolId, applicationId), page, size);
    }

    @Operation(summary = "A pool's complete history as CSV (comma-separated, UTF-8, header row); text that a "
            + "spreadsheet would run as a formula is written with a ' before it")
    @GetMapping("/audit/pools/{poolId}/history.csv")
    ResponseEntity<byte[]> poolHistoryCsv(@PathVariable PoolId poolId) {
        return csv(history(poolId, null)).download(poolId + "-history.csv");
    }

    @Operation(summary = "A pool's complete history as JSON lines, one event per line with its payload")
    @GetMapping("/audit/pools/{poolId}/history.jsonl")
    ResponseEntity<String> poolHistoryJsonLines(@PathVariable PoolId poolId) {
        return download(poolId + "-history.jsonl", "application/x-ndjson", jsonLines(history(poolId, null)));
    }

    @Operation(summary = "One application's complete history as CSV, written as the pool's is")
    @GetMapping("/audit/pools/{poolId}/applications/{applicationId}/history.csv")
    ResponseEntity<byte[]> applicationHistoryCsv(@PathVariable PoolId poolId, @PathVariable String applicationId) {
        return csv(history(poolId, applicationId)).download(applicationId + "-history.csv");
    }

    @Operation(summary = "One application's complete history as JSON lines")
    @GetMapping("/audit/pools/{poolId}/applications/{applicationId}/history.jsonl")
    ResponseEntity<String> applicationHistoryJsonLines(@PathVariable PoolId poolId,
                                                       @PathVariable String applicationId) {
        return download(applicationId + "-history.jsonl", "application/x-ndjson",
                jsonLines(history(poolId, applicationId)));
    }

    private List<HistoryEntry> history(PoolId poolId, String applicationId) {
        List<HistoryEntry> history = provenance.history(poolId, applicationId);
        if (history.isEmpty()) {
            throw new NotFound(applicationId == null ? "No pool has the id " + poolId
                    : "Pool " + poolId + " has no application " + applicationId);
        }
        return history;
    }

    private static HistoryPage page(List<HistoryEntry> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        return new HistoryPage(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    private String jsonLines(List<HistoryEntry> history) {
        return history.stream().map(json::writeValueAsString).collect(Collectors.joining("\n", "", "\n"));
    }

    private static SpreadsheetCsv csv(List<HistoryEntry> history) {
        SpreadsheetCsv csv = SpreadsheetCsv.english(CSV_HEADER);
        for (HistoryEntry e : history) {
            csv.number(e.sequence()).text(e.event()).text(e.revision()).text(e.recordedAt().toString())
                    .text(e.recordedAtCopenhagen().toString()).text(e.applicationId()).text(e.decidedBy())
                    .text(e.role()).text(e.reason());
            amount(csv, e.amount())
                    .text(e.scores() == null ? null : e.scores().stream().map(String::valueOf)
                            .collect(Collectors.joining(" ")))
                    .number(e.rulesVersion()).text(e.correlationId()).text(e.traceId()).text(e.eventId()).endRow();
        }
        return csv;
    }

    /** An amount is Money's plain decimal and written as a number; anything else an event calls amount is text. */
    private static SpreadsheetCsv amount(SpreadsheetCsv csv, String amount) {
        return amount != null && amount.matches("-?\\d{1,20}(\\.\\d{1,2})?") ? csv.number(new BigDecimal(amount))
                : csv.text(amount);
    }

    private static ResponseEntity<String> download(String filename, String mediaType, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(MediaType.parseMediaType(mediaType + ";charset=UTF-8"))
                .body(body);
    }
}
