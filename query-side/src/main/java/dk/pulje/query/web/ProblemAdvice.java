package dk.pulje.query.web;

import static dk.pulje.spring.web.Problems.causeOfType;
import static dk.pulje.spring.web.Problems.problem;
import static dk.pulje.spring.web.Problems.slugOf;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.storage.LostDatabase;
import dk.pulje.spring.axon.LostAxonServer;
import dk.pulje.spring.web.Problems;
import java.net.URI;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error is an RFC 9457 problem with a stable {@code type} ({@code /problems/…}, listed in docs/problems.md)
 * and a human {@code detail}, as on the command side: a parameter that cannot be read is {@code bad-request} on
 * both APIs.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(NotYours.class)
    ProblemDetail notYours(NotYours e) {
        return problem(HttpStatus.FORBIDDEN, e.slug(), e.getMessage());
    }

    @ExceptionHandler(BadParameter.class)
    ProblemDetail badParameter(BadParameter e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage());
    }

    /** A value in a body that cannot exist, e.g. the adjustable clock asked to move to no time at all. */
    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalidValue(InvalidValue e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage());
    }

    @ExceptionHandler(ConsistencyTokenAhead.class)
    ProblemDetail tokenAhead(ConsistencyTokenAhead e) {
        return problem(HttpStatus.BAD_REQUEST, "consistency-token-ahead", e.getMessage());
    }

    @ExceptionHandler(ProjectionBehind.class)
    ResponseEntity<ProblemDetail> behind(ProjectionBehind e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "projection-behind", e.getMessage()));
    }

    /**
     * Queries while the database, or on the {@code axonserver} profile Axon Server (histories, as-of reads, the
     * chain's check), is out of reach are 503 with {@code Retry-After}, not 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (LostDatabase.causedBy(e)) {
            log.warn("Storage unavailable: {}", e.getMessage());
            return Problems.unavailable("Pulje cannot reach its database right now; ask again later");
        }
        if (LostAxonServer.causedBy(e)) {
            log.warn("Axon Server unavailable: {}", e.getMessage());
            return Problems.unavailable("Pulje cannot reach Axon Server right now; ask again later");
        }
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong"));
    }

    /**
     * A path id or parameter of the wrong form, e.g. an unknown status or an id with spaces; a number its type cannot
     * hold, e.g. a page 1e400000000, is out of range.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail outOfRange = Problems.outOfRange(e);
        if (outOfRange != null) {
            return ResponseEntity.badRequest().body(outOfRange);
        }
        InvalidValue invalid = causeOfType(e, InvalidValue.class);
        String detail = "The parameter '" + e.getPropertyName() + "' cannot be '" + e.getValue() + "'"
                + (invalid == null ? "" : ": " + invalid.getMessage());
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "bad-request", detail));
    }

    /** A parameter outside its bounds, e.g. a page size above 200. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .map(result -> "The parameter '" + result.getMethodParameter().getParameterName() + "' "
                        + result.getResolvableErrors().stream()
                                .map(MessageSourceResolvable::getDefaultMessage)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "bad-request", detail));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
            problem.setType(URI.create("/problems/" + slugOf(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
