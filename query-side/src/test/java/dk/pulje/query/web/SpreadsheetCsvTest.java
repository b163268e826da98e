package dk.pulje.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void a_text_a_spreadsheet_would_run_gets_a_quote_before_it_and_is_quoted_and_other_texts_are_left_alone() {
        String written = written(SpreadsheetCsv.english("a", "b", "c", "d", "e", "f", "g")
                .text("=1+2\";=1+2")
                .text("+cmd")
                .text("-2+3")
                .text("@SUM(1)")
                .text("\tx")
                .text("\ry")
                .text("Scores 4/5, both")
                .endRow());

        assertThat(written)
                .isEqualTo(
                        "a,b,c,d,e,f,g\r\n"
                                + "\"'=1+2\"\";=1+2\",\"'+cmd\",\"'-2+3\",\"'@SUM(1)\",\"'\tx\",\"'\ry\",\"Scores 4/5, both\"\r\n");
    }

    /** Excel splits on its region's separator: a Danish Excel opening the English file splits at ';'. */
    @Test
    void a_text_holding_either_separator_is_quoted_so_no_formula_after_it_becomes_a_cell() {
        assertThat(written(SpreadsheetCsv.english("reason")
                        .text("ok;=cmd|' /C calc'!A0;y")
                        .endRow()))
                .isEqualTo("reason\r\n\"ok;=cmd|' /C calc'!A0;y\"\r\n");
        assertThat(written(SpreadsheetCsv.danish("navn").text("Aarhus,=1+2,y").endRow()))
                .isEqualTo("\uFEFFnavn\r\n\"Aarhus,=1+2,y\"\r\n");
    }

    @Test
    void a_number_pulje_writes_stays_a_number_a_negative_one_too() {
        String written = written(SpreadsheetCsv.english("amount", "year", "text")
                .number(new BigDecimal("-1234.5"))
                .number(2018)
                .text("-1234.50")
                .endRow());

        assertThat(written).isEqualTo("amount,year,text\r\n-1234.50,2018,\"'-1234.50\"\r\n");
    }

    @Test
    void the_danish_form_has_semicolons_danish_amounts_and_a_byte_order_mark_and_the_english_none() {
        byte[] danish = SpreadsheetCsv.danish("navn", "beløb")
                .text("Ærø Kommune")
                .number(new BigDecimal("1234.56"))
                .endRow()
                .download("x.csv")
                .getBody();
        byte[] english = SpreadsheetCsv.english("name").download("x.csv").getBody();

        assertThat(danish).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(danish, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFnavn;beløb\r\nÆrø Kommune;1.234,56\r\n");
        assertThat(english).isEqualTo("name\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_empty_cell_is_empty_and_the_download_is_utf_8_text_csv_named_as_asked() {
        var download =
                SpreadsheetCsv.english("a", "b").text("x").number(null).endRow().download("pool-grants.csv");

        assertThat(download.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(download.getHeaders().getContentDisposition())
                .hasToString("attachment; filename=\"pool-grants.csv\"");
        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo("a,b\r\nx,\r\n");
    }

    private static String written(SpreadsheetCsv csv) {
        return new String(csv.download("x.csv").getBody(), StandardCharsets.UTF_8);
    }
}
