package dk.pulje.spring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem answer from a servlet filter, where no controller advice answers. */
public final class ProblemResponse {

    private ProblemResponse() {}

    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            JsonMapper json,
            HttpStatus status,
            String slug,
            String detail)
            throws IOException {
        ProblemDetail problem = Problems.problem(status, slug, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
