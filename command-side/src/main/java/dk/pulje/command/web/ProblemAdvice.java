package dk.pulje.command.web;

import static dk.pulje.spring.web.Problems.causeOfType;
import static dk.pulje.spring.web.Problems.problem;
import static dk.pulje.spring.web.Problems.slugOf;

import dk.pulje.command.shared.Refusal;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.storage.LostDatabase;
import dk.pulje.spring.axon.LostAxonServer;
import dk.pulje.spring.web.Problems;
import java.net.URI;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error is an RFC 9457 problem with a stable {@code type} ({@code /problems/…}, listed in
 * docs/problems.md) and a human {@code detail}. Every one of them is answered before any event is appended.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return problem(status, refusal.slug(), refusal.getMessage());
    }

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalid(InvalidValue invalid) {
        return Problems.invalid(invalid);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        String id = String.valueOf(e.getAggregateIdentifier());
        return problem(
                HttpStatus.NOT_FOUND,
                "not-found",
                id.startsWith("grant:")
                        ? "No grant has the id " + id.substring("grant:".length())
                        : "No programme or pool has the id " + id);
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail exists(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "already-exists", "Something with this id exists already");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrent(ConcurrencyException e) {
        return problem(
                HttpStatus.CONFLICT,
                "concurrent-change",
                "The resource kept changing while this command was tried; read it again and retry");
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("Storage unavailable: {}", e.getMessage());
        return Problems.unavailable(
                "Pulje cannot reach its database right now; send the request again later (with the same "
                        + "Idempotency-Key, it is never applied twice)");
    }

    /**
     * A connection lost while a command was stored shows up wrapped in Axon's or Spring's exceptions; so does Axon
     * Server out of reach while a command is sent through it.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (LostDatabase.causedBy(e)) {
            return unavailable(e);
        }
        if (LostAxonServer.causedBy(e)) {
            log.warn("Axon Server unavailable: {}", e.getMessage());
            return Problems.unavailable(
                    "Pulje cannot reach Axon Server right now; send the request again later (with the same "
                            + "Idempotency-Key, it is never applied twice)");
        }
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong; nothing was changed"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        LimitedBody.BodyTooLarge tooLarge = causeOfType(e, LimitedBody.BodyTooLarge.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", tooLarge.getMessage()));
        }
        return ResponseEntity.badRequest().body(unreadable(e));
    }

    /** An upload over the multipart limits (pulje.documents.max-bytes) that the body limit let through. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "document-too-large",
                        "The upload is larger than a document may be (pulje.documents.max-bytes)"));
    }

    /** A path parameter written as a number its type cannot hold, e.g. an amendment 1e400000000. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail outOfRange = Problems.outOfRange(e);
        return outOfRange != null
                ? ResponseEntity.badRequest().body(outOfRange)
                : super.handleTypeMismatch(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create("/problems/" + slugOf(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        InvalidValue invalid = causeOfType(e, InvalidValue.class);
        DatabindException binding = causeOfType(e, DatabindException.class);
        String field = binding == null
                ? null
                : binding.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."));
        ProblemDetail problem;
        if (invalid != null) {
            problem = Problems.invalid(invalid);
        } else if (binding instanceof UnrecognizedPropertyException unknown) {
            problem = problem(
                    HttpStatus.BAD_REQUEST,
                    "unknown-field",
                    "The field '" + unknown.getPropertyName() + "' is not part of this request");
        } else if (binding != null) {
            problem = problem(
                    HttpStatus.BAD_REQUEST,
                    "wrong-type",
                    "The field '" + field + "' has a value of the wrong type or form");
        } else if (causeOfType(e, StreamReadException.class) != null) {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not well-formed JSON");
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is missing or unreadable");
        }
        if (field != null && !field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
