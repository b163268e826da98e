package dk.pulje.spring.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The problem types' one list agrees with docs/problems.md, and has a page for every problem type the apps' code can
 * answer with (a slug written where a problem is made, a refusal is declared, or a filter answers) that names the app.
 */
class ProblemTypesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern DOCUMENTED =
            Pattern.compile("^\\| `/problems/([a-z-]+)` \\| (\\d{3}) \\|", Pattern.MULTILINE);
    /**
     * {@code problem(HttpStatus.X, "slug"}, {@code super("slug", Kind.X}, {@code new NotYours("slug"} and
     * {@code "/problems/slug"}.
     */
    private static final Pattern EMITTED = Pattern.compile("HttpStatus\\.\\w+, \"([a-z-]+)\""
            + "|super\\(\"([a-z-]+)\", Kind\\.|new NotYours\\(\"([a-z-]+)\"|\"/problems/([a-z-]+)\"");

    private final ProblemTypes types = ProblemTypes.load();

    @Test
    void docs_problems_md_lists_every_problem_type_with_its_status_and_no_other() throws IOException {
        Map<String, Integer> documented = new TreeMap<>();
        Matcher row = DOCUMENTED.matcher(Files.readString(ROOT.resolve("docs/problems.md")));
        while (row.find()) {
            documented.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        assertThat(documented)
                .isEqualTo(types.all().stream()
                        .collect(Collectors.toMap(ProblemType::slug, ProblemType::status, (a, b) -> a, TreeMap::new)));
    }

    @Test
    void every_problem_type_the_code_answers_with_has_a_page_that_names_the_app() throws IOException {
        Set<String> shared = emitted("shared-spring");
        for (ProblemType.App app : ProblemType.App.values()) {
            Set<String> emitted = new TreeSet<>(shared);
            emitted.addAll(emitted(app == ProblemType.App.COMMAND ? "command-side" : "query-side"));
            assertThat(emitted).hasSizeGreaterThan(app == ProblemType.App.COMMAND ? 50 : 10);
            assertThat(emitted)
                    .allSatisfy(slug -> assertThat(types.find(slug))
                            .as("a page for /problems/" + slug + " that the " + app + " app answers with")
                            .hasValueSatisfying(
                                    type -> assertThat(type.answeredBy(app)).isTrue()));
        }
    }

    /** One kind of refusal per problem type: a rule two features enforce has one refusal in command/shared. */
    @Test
    void every_problem_type_a_refusal_declares_is_declared_by_one_refusal_only() throws IOException {
        Pattern declared = Pattern.compile("super\\(\"([a-z-]+)\", Kind\\.");
        Map<String, List<String>> refusals = new TreeMap<>();
        for (String module : List.of("command-side", "query-side")) {
            try (Stream<Path> sources = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path source : sources.filter(path -> path.toString().endsWith(".java"))
                        .toList()) {
                    Matcher slug = declared.matcher(Files.readString(source));
                    while (slug.find()) {
                        refusals.computeIfAbsent(slug.group(1), s -> new ArrayList<>())
                                .add(source.getFileName().toString());
                    }
                }
            }
        }
        assertThat(refusals)
                .hasSizeGreaterThan(40)
                .allSatisfy((slug, classes) ->
                        assertThat(classes).as("/problems/" + slug).hasSize(1));
    }

    private static Set<String> emitted(String module) throws IOException {
        Set<String> emitted = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher slug = EMITTED.matcher(Files.readString(source));
                while (slug.find()) {
                    for (int group = 1; group <= slug.groupCount(); group++) {
                        if (slug.group(group) != null) {
                            emitted.add(slug.group(group));
                        }
                    }
                }
            }
        }
        return emitted;
    }

    @Test
    void every_problem_type_says_what_it_means_and_what_to_do() {
        assertThat(types.all()).allSatisfy(type -> {
            assertThat(type.status()).isBetween(400, 599);
            assertThat(type.title()).isNotBlank();
            assertThat(type.meaning()).isNotBlank();
            assertThat(type.action()).isNotBlank();
        });
    }
}
