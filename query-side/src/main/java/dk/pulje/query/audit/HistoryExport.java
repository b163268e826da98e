package dk.pulje.query.audit;

import dk.pulje.query.web.SpreadsheetCsv;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A history written whole for an auditor, as CSV or JSON lines, each entry written to the response before the next
 * event is read: a pool of ten thousand applications is never held in memory. It is written on the request's own
 * thread, where every person it shows is logged as read.
 */
@Component
class HistoryExport {

    private static final String[] CSV_HEADER = {
        "sequence",
        "event",
        "revision",
        "recordedAt",
        "recordedAtCopenhagen",
        "applicationId",
        "decidedBy",
        "role",
        "reason",
        "amount",
        "scores",
        "rulesVersion",
        "correlationId",
        "traceId",
        "eventId"
    };

    private final JsonMapper json;

    HistoryExport(JsonMapper json) {
        this.json = json;
    }

    void csv(Iterator<HistoryEntry> history, String filename, HttpServletResponse response) throws IOException {
        try (Writer out = download(response, filename, ProvenanceController.CSV)) {
            SpreadsheetCsv csv = SpreadsheetCsv.english(out, CSV_HEADER);
            history.forEachRemaining(entry -> row(csv, entry));
        }
    }

    void jsonLines(Iterator<HistoryEntry> history, String filename, HttpServletResponse response) throws IOException {
        try (Writer out = download(response, filename, ProvenanceController.JSON_LINES)) {
            while (history.hasNext()) {
                out.write(json.writeValueAsString(history.next()));
                out.write('\n');
            }
        }
    }

    private static Writer download(HttpServletResponse response, String filename, String mediaType) throws IOException {
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        response.setContentType(mediaType + ";charset=UTF-8");
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    private static void row(SpreadsheetCsv csv, HistoryEntry e) {
        csv.number(e.sequence())
                .text(e.event())
                .text(e.revision())
                .text(e.recordedAt().toString())
                .text(e.recordedAtCopenhagen().toString())
                .text(e.applicationId())
                .text(e.decidedBy())
                .text(e.role())
                .text(e.reason());
        amount(csv, e.amount())
                .text(
                        e.scores() == null
                                ? null
                                : e.scores().stream().map(String::valueOf).collect(Collectors.joining(" ")))
                .number(e.rulesVersion())
                .text(e.correlationId())
                .text(e.traceId())
                .text(e.eventId())
                .endRow();
    }

    /** An amount is Money's plain decimal and written as a number; anything else an event calls amount is text. */
    private static SpreadsheetCsv amount(SpreadsheetCsv csv, String amount) {
        return amount != null && amount.matches("-?\\d{1,20}(\\.\\d{1,2})?")
                ? csv.number(new BigDecimal(amount))
                : csv.text(amount);
    }
}
