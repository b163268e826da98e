package dk.pulje.query.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV download made to be opened in a spreadsheet, written with Commons CSV (RFC 4180, CRLF between rows).
 * <p>
 * A text cell that a spreadsheet would run as a formula, one that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, is written as OWASP's page on CSV injection advises: a single quote before
 * it and the cell in double quotes, so it shows as the text it is. Numbers Pulje formats itself (sequence numbers,
 * versions, amounts from {@code BigDecimal}) are written as numbers and never prefixed, so they stay numbers a sum
 * can use; only text can carry a formula.
 * <p>
 * The Danish form separates cells with semicolons, writes amounts as {@code 1.234,56} and begins with a UTF-8 byte
 * order mark, without which Excel reads the file as Windows-1252 and garbles æøå. The English form separates with
 * commas, writes {@code 1234.56} and has no mark, which programs that read CSV expect.
 */
public final class SpreadsheetCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVFormat cells;
    private final CSVFormat quoted;
    private final DecimalFormat amounts;
    private final Appendable out;
    private boolean rowStarted;

    private SpreadsheetCsv(Appendable out, boolean danish, String... header) {
        this.out = out;
        cells = CSVFormat.DEFAULT.builder().setDelimiter(danish ? ';' : ',').get();
        quoted = cells.builder().setQuoteMode(QuoteMode.ALL).get();
        amounts = new DecimalFormat(
                danish ? "#,##0.00" : "0.00",
                DecimalFormatSymbols.getInstance(danish ? Locale.forLanguageTag("da-DK") : Locale.ROOT));
        for (String column : header) {
            text(column);
        }
        endRow();
    }

    /** Commas, amounts as 1234.56, no byte order mark. */
    public static SpreadsheetCsv english(String... header) {
        return new SpreadsheetCsv(new StringBuilder(), false, header);
    }

    /** As {@link #english(String...)}, each row written to {@code out} as it ends, for a file too long to hold. */
    public static SpreadsheetCsv english(Appendable out, String... header) {
        return new SpreadsheetCsv(out, false, header);
    }

    /** Semicolons, amounts as 1.234,56, and a UTF-8 byte order mark first so Excel shows æøå. */
    public static SpreadsheetCsv danish(String... header) {
        return new SpreadsheetCsv(new StringBuilder().append(BYTE_ORDER_MARK), true, header);
    }

    /**
     * A text cell; empty when null; neutralised when a spreadsheet would take it for a formula. A cell holding
     * either separator is quoted too: Excel splits a file on its own region's separator, not the file's, and a
     * formula after a separator inside an unquoted cell would become a cell of its own.
     */
    public SpreadsheetCsv text(String value) {
        if (value == null || value.isEmpty()) {
            return cell(cells, value);
        }
        if (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return cell(quoted, "'" + value);
        }
        return cell(value.indexOf(',') >= 0 || value.indexOf(';') >= 0 ? quoted : cells, value);
    }

    /** A number Pulje holds: a {@code BigDecimal} is an amount in kroner with two decimals; empty when null. */
    public SpreadsheetCsv number(Number value) {
        return cell(cells, value instanceof BigDecimal amount ? amounts.format(amount) : value);
    }

    public SpreadsheetCsv endRow() {
        try {
            cells.println(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rowStarted = false;
        return this;
    }

    /** The file held in memory as a download named {@code filename}, UTF-8. */
    public ResponseEntity<byte[]> download(String filename) {
        if (!(out instanceof StringBuilder)) {
            throw new IllegalStateException("The file was written to its own output");
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private SpreadsheetCsv cell(CSVFormat format, Object value) {
        try {
            format.print(value, out, !rowStarted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rowStarted = true;
        return this;
    }
}
