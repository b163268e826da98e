package dk.pulje.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each read-model table belongs to the slice whose projection writes it; a class of another slice names it in SQL
 * only where docs/architecture.md lists that class as a reader of a shared read model, and every class listed there
 * does read it.
 */
class ReadModelOwnershipTest {

    private static final Path ROOT = Path.of("..");
    private static final Path SOURCES = Path.of("src/main/java/dk/pulje/query");
    private static final Pattern CREATED = Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?(\\w+)");
    private static final Pattern SHARED =
            Pattern.compile("^\\| `(\\w+)` \\| `(\\w+)` \\| (.+) \\|$", Pattern.MULTILINE);
    private static final Pattern NAMED = Pattern.compile("`(\\w+)`");

    @Test
    void a_slice_reads_another_slices_table_only_where_it_is_documented_as_a_shared_read_model() throws IOException {
        Map<String, Map<String, String>> readers = readersByTable();
        Map<String, Shared> documented = documented();
        assertThat(readers).as("tables the code names").hasSizeGreaterThan(15);
        assertThat(readers.keySet()).as("documented shared read models exist").containsAll(documented.keySet());

        for (Map.Entry<String, Map<String, String>> table : readers.entrySet()) {
            Map<String, String> slicesByClass = table.getValue();
            Shared shared = documented.get(table.getKey());
            if (shared == null) {
                assertThat(new TreeSet<>(slicesByClass.values()))
                        .as(table.getKey() + " is read by one slice only, unless documented as shared: "
                                + slicesByClass)
                        .hasSize(1);
                continue;
            }
            assertThat(slicesByClass.values())
                    .as(table.getKey() + " is written in its owner's slice")
                    .contains(shared.owner());
            Set<String> outside = slicesByClass.entrySet().stream()
                    .filter(entry -> !entry.getValue().equals(shared.owner()))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(outside)
                    .as("the classes outside " + shared.owner() + " that read " + table.getKey())
                    .isEqualTo(shared.readers());
        }
    }

    /** Table → (class → slice) of every main class that names the table in SQL. */
    private static Map<String, Map<String, String>> readersByTable() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/query"))) {
            for (Path migration : migrations.toList()) {
                Matcher created = CREATED.matcher(Files.readString(migration));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase());
                }
            }
        }
        Map<String, Map<String, String>> readers = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            sources = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            String code = Files.readString(source);
            String slice = SOURCES.relativize(source).getName(0).toString();
            String name = source.getFileName().toString().replace(".java", "");
            for (String table : tables) {
                if (Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+" + table + "\\b|\"" + table + "\"")
                        .matcher(code)
                        .find()) {
                    readers.computeIfAbsent(table, t -> new TreeMap<>()).put(name, slice);
                }
            }
        }
        return readers;
    }

    private record Shared(String owner, Set<String> readers) {}

    private static Map<String, Shared> documented() throws IOException {
        String architecture = Files.readString(ROOT.resolve("docs/architecture.md"));
        String section = architecture.substring(architecture.indexOf("## Read models: each owned by one slice"));
        Map<String, Shared> shared = new TreeMap<>();
        Matcher row = SHARED.matcher(section.substring(0, section.indexOf("\n## ", 1)));
        while (row.find()) {
            Set<String> readers = new TreeSet<>();
            Matcher named = NAMED.matcher(row.group(3));
            while (named.find()) {
                readers.add(named.group(1));
            }
            shared.put(row.group(1), new Shared(row.group(2), readers));
        }
        assertThat(shared).as("the shared read models in docs/architecture.md").isNotEmpty();
        return shared;
    }
}
