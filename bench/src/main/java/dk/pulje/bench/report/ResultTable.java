package dk.pulje.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The run's one table: printed as text, and written as CSV and JSON with the machine and the settings. */
public final class ResultTable {

    private static final String[] HEADINGS = {"id", "what", "figure", "% of C", "target", "verdict"};

    private final Machine machine;
    private final Map<String, Object> settings;
    private final List<Result> results = new ArrayList<>();

    public ResultTable(Machine machine, Map<String, Object> settings) {
        this.machine = machine;
        this.settings = settings;
    }

    public void add(Result result) {
        results.add(result);
    }

    public void print(PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Result r : results) {
            rows.add(new String[] {
                r.id(),
                r.what(),
                r.figure(),
                percent(r.percentOfCeiling()),
                r.target(),
                r.verdict().name().toLowerCase(Locale.ROOT)
            });
        }
        int[] widths = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        out.println();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < widths.length; i++) {
                line.append(' ').append(pad(rows.get(r)[i], widths[i])).append(" |");
            }
            out.println(line);
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int width : widths) {
                    rule.append('-').append("-".repeat(width)).append("-|");
                }
                out.println(rule);
            }
        }
        out.println();
        for (Result r : results) {
            if (r.note() != null && !r.note().isBlank()) {
                out.println(r.id() + ": " + r.note());
            }
        }
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("id,what,figure,percent_of_c,target,verdict,note\n");
        for (Result r : results) {
            csv.append(String.join(
                            ",",
                            quote(r.id()),
                            quote(r.what()),
                            quote(r.figure()),
                            r.percentOfCeiling() == null
                                    ? ""
                                    : String.format(Locale.ROOT, "%.1f", r.percentOfCeiling()),
                            quote(r.target()),
                            r.verdict().name().toLowerCase(Locale.ROOT),
                            quote(r.note())))
                    .append('\n');
        }
        Files.writeString(dir.resolve("results.csv"), csv);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", Instant.now().toString());
        json.put("machine", machine.asMap());
        json.put("settings", settings);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("what", r.what());
            row.put("figure", r.figure());
            row.put("percentOfCeiling", r.percentOfCeiling());
            row.put("target", r.target());
            row.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
            row.put("values", r.values());
            row.put("note", r.note());
            rows.add(row);
        }
        json.put("results", rows);
        JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValue(dir.resolve("results.json").toFile(), json);
    }

    private static String percent(Double value) {
        if (value == null) {
            return "";
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %%" : "%.0f %%", value);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String quote(String text) {
        return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }
}
