package dk.pulje.query.application;

import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;

import dk.pulje.query.security.StaffAndApplicants;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.query.web.StoredDownload;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.documents.DocumentStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The documents attached to an application, read exactly as the application is read. */
@RestController
@Tag(name = "Attachments", description = "The documents attached to an application")
class AttachmentController {

    private final AttachmentQueries attachments;
    private final ApplicationAccess access;
    private final DocumentStore documents;

    AttachmentController(AttachmentQueries attachments, ApplicationAccess access, DocumentStore documents) {
        this.attachments = attachments;
        this.access = access;
        this.documents = documents;
    }

    @Operation(
            summary = "The documents attached to an application; read as the application is read (staff, and its "
                    + "applicant and partners)")
    @ReadsFrom(POOL_APPLICATIONS)
    @StaffAndApplicants
    @GetMapping("/pools/{poolId}/applications/{applicationId}/attachments")
    List<AttachmentView> attachments(@PathVariable PoolId poolId, @PathVariable ApplicationId applicationId) {
        access.readable(poolId, applicationId);
        return attachments.attachments(poolId, applicationId);
    }

    @Operation(
            summary = "One attached document, checked against the SHA-256 its application's submission recorded; "
                    + "read as the application is read (staff, and its applicant and partners)")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    @ReadsFrom(POOL_APPLICATIONS)
    @StaffAndApplicants
    @GetMapping("/pools/{poolId}/applications/{applicationId}/attachments/{documentId}")
    ResponseEntity<byte[]> attachment(
            @PathVariable PoolId poolId, @PathVariable ApplicationId applicationId, @PathVariable String documentId) {
        access.readable(poolId, applicationId);
        AttachmentView attachment = attachments
                .attachment(poolId, applicationId, documentId)
                .orElseThrow(() -> new NotFound("Application " + applicationId + " has no attachment " + documentId));
        return StoredDownload.of(
                documents,
                attachment.documentId(),
                attachment.sha256(),
                MediaType.parseMediaType(attachment.mediaType()),
                attachment.fileName());
    }
}
