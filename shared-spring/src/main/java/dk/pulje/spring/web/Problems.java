package dk.pulje.spring.web;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.NumberOutOfRange;
import java.net.URI;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem details as both APIs write them: a stable {@code type} of {@code /problems/{slug}}. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail problem(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        return problem;
    }

    /** 400 for a value that cannot exist, with the {@code code} of the rule it breaks. */
    public static ProblemDetail invalid(InvalidValue invalid) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                invalid instanceof NumberOutOfRange ? "number-out-of-range" : "invalid-value",
                invalid.getMessage());
        problem.setProperty("code", invalid.code());
        return problem;
    }

    /**
     * 400 {@code number-out-of-range} for a path or query parameter written as a number its type cannot hold (a page
     * {@code 1e400000000}), or null for any other parameter that could not be read.
     */
    public static ProblemDetail outOfRange(TypeMismatchException e) {
        if (!(e.getValue() instanceof String text) || e.getRequiredType() == null) {
            return null;
        }
        try {
            NumberOutOfRange.requireFits(text, e.getRequiredType());
            return null;
        } catch (NumberOutOfRange outOfRange) {
            ProblemDetail problem = invalid(outOfRange);
            problem.setDetail(
                    "The parameter '" + e.getPropertyName() + "' is out of range: " + outOfRange.getMessage());
            return problem;
        }
    }

    /** 503 with {@code Retry-After}: the database cannot be reached, or was lost while the request was handled. */
    public static ResponseEntity<ProblemDetail> unavailable(String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", detail));
    }

    /** The slug of a status Spring answers by itself, e.g. {@code method-not-allowed}. */
    public static String slugOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null
                ? "http-" + status.value()
                : known.name().toLowerCase().replace('_', '-');
    }

    public static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
