package dk.pulje.command.document;

import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.POOL_MANAGER;
import static dk.pulje.spring.web.Problems.problem;

import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.common.Actor;
import dk.pulje.spring.documents.DocumentSettings;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.documents.StoredDocument;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads: applicants', to attach to an application, and pool managers', to publish as a pool's guidance. Each is
 * checked for size, for its type by its content and (where a scanner is set up) for malware before anything is
 * stored; then kept in the document store, and noted as the uploading organisation's (a pool manager's as the
 * agency's, {@link Uploads#AGENCY}). A refused upload stores nothing.
 */
@RestController
@Tag(
        name = "Documents",
        description = "Uploading documents to attach to an application (applicant) or to publish as a pool's "
                + "guidance (pool manager)")
class DocumentController {

    private final DocumentStore documents;
    private final DocumentTypes types;
    private final DocumentScanner scanner;
    private final Uploads uploads;
    private final long maxBytes;
    private final Clock clock;

    DocumentController(
            DocumentStore documents,
            DocumentTypes types,
            DocumentScanner scanner,
            Uploads uploads,
            DocumentSettings settings,
            Clock clock) {
        this.documents = documents;
        this.types = types;
        this.scanner = scanner;
        this.uploads = uploads;
        this.maxBytes = settings.maxBytes().toBytes();
        this.clock = clock;
    }

    /** What was stored: the id to attach it by, its SHA-256, the type read from its content, its size and name. */
    record UploadedDocument(String documentId, String sha256, String mediaType, long size, String fileName) {}

    @Operation(
            summary = "Upload a document to attach to an application (applicant) or to publish as a pool's guidance "
                    + "(pool manager): a PDF, an Office document or a PNG or JPEG image, up to "
                    + "pulje.documents.max-bytes (25 MB), its type read from its content")
    @ApiResponse(
            responseCode = "201",
            description = "Created: the document is stored; attach it to an application, or name it among a pool's "
                    + "guidance documents, by its documentId",
            content = @Content(schema = @Schema(implementation = UploadedDocument.class)))
    @ApiResponse(
            responseCode = "422",
            description = "The malware scanner found malware in the document. type: one of /problems/document-infected",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @Allowed({APPLICANT, POOL_MANAGER})
    @PostMapping("/documents")
    ResponseEntity<UploadedDocument> upload(
            @Parameter(description = "the document, as the part 'file' of a multipart/form-data body")
                    @RequestParam("file")
                    MultipartFile file,
            Actor actor) {
        if (file.isEmpty()) {
            throw new DocumentRefused(
                    HttpStatus.BAD_REQUEST,
                    "bad-request",
                    "Send the document as the part 'file' of a multipart/form-data body");
        }
        if (file.getSize() > maxBytes) {
            throw DocumentRefused.tooLarge(maxBytes);
        }
        byte[] content = bytes(file);
        String fileName = fileName(file.getOriginalFilename());
        String mediaType = types.checked(content, fileName);
        Optional<String> infection = scanner.infection(content);
        if (infection.isPresent()) {
            throw new DocumentRefused(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "document-infected",
                    "The document holds malware (" + infection.get() + ")");
        }
        StoredDocument stored = documents.put(content, mediaType);
        Attachment document = new Attachment(stored.id(), fileName, stored.mediaType(), stored.size(), stored.sha256());
        String organisation = actor.role() == APPLICANT ? actor.organisation() : Uploads.AGENCY;
        uploads.record(new Uploads.Upload(organisation, actor.userId(), clock.instant(), document));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new UploadedDocument(
                        document.documentId(),
                        document.sha256(),
                        document.mediaType(),
                        document.size(),
                        document.fileName()));
    }

    @ExceptionHandler(DocumentRefused.class)
    ResponseEntity<ProblemDetail> refused(DocumentRefused refused) {
        return ResponseEntity.status(refused.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(refused.status(), refused.slug(), refused.getMessage()));
    }

    /** A body that is not multipart (415), or a multipart body that cannot be read (400). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException) {
            return refused(DocumentRefused.tooLarge(maxBytes));
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return refused(new DocumentRefused(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "Send the document as the part 'file' of a multipart/form-data body"));
        }
        return refused(new DocumentRefused(
                HttpStatus.BAD_REQUEST, "bad-request", "The multipart/form-data body cannot be read"));
    }

    @ExceptionHandler(DocumentScanner.Unavailable.class)
    ResponseEntity<ProblemDetail> scannerUnavailable(DocumentScanner.Unavailable unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "scanner-unavailable",
                        "The document could not be scanned for malware; nothing was stored"));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name's last part (some browsers send a whole path), without control characters; shown, never trusted. */
    static String fileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
