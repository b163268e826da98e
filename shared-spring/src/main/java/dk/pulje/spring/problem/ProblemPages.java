package dk.pulje.spring.problem;

import dk.pulje.spring.security.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * The page every problem answer's {@code type} leads to, open to anyone: HTML for a person, JSON for a program
 * ({@code Accept: application/json}). A slug no problem type has is answered 404 {@code /problems/not-found}.
 */
@RestController
@Tag(name = "Problem types", description = "What each problem answer's type means and what to do about it")
public class ProblemPages {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>%1$s – Pulje</title></head>
            <body>
            <main>
            <h1>%1$s</h1>
            <p><code>%2$s</code> · HTTP %3$d · answered by %6$s</p>
            <h2>What it means</h2>
            <p>%4$s</p>
            <h2>What to do</h2>
            <p>%5$s</p>
            </main>
            </body>
            </html>
            """;

    private final ProblemTypes types;

    public ProblemPages(ProblemTypes types) {
        this.types = types;
    }

    @Operation(
            operationId = "problemType",
            summary = "A problem type: its title, status, what it means and what to do (anyone)")
    @Public
    @GetMapping(path = "/problems/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ProblemType problemType(@PathVariable String slug) {
        return types.find(slug)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "No problem type is called '" + slug + "'"));
    }

    @Operation(operationId = "problemType")
    @Public
    @GetMapping(path = "/problems/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    public String page(@PathVariable String slug) {
        ProblemType type = problemType(slug);
        return PAGE.formatted(
                HtmlUtils.htmlEscape(type.title()),
                HtmlUtils.htmlEscape(type.type()),
                type.status(),
                HtmlUtils.htmlEscape(type.meaning()),
                HtmlUtils.htmlEscape(type.action()),
                answeredBy(type));
    }

    private static String answeredBy(ProblemType type) {
        return type.apps().size() > 1
                ? "both APIs"
                : type.answeredBy(ProblemType.App.COMMAND) ? "the command API" : "the query API";
    }
}
