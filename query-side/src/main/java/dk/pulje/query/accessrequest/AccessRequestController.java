package dk.pulje.query.accessrequest;

import static dk.pulje.shared.common.Role.AUDITOR;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.query.web.BadParameter;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.security.Allowed;
import dk.pulje.spring.security.SignedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access to documents (aktindsigt): agency staff export everything about one application for a requester, with other
 * persons' data redacted, and every export is logged first. Pool managers handle such requests as the agency's
 * caseworkers; auditors may make one too, and alone read the log.
 */
@RestController
@Tag(
        name = "Access to documents",
        description = "Everything about one application exported for a requester (aktindsigt), redacted and logged")
class AccessRequestController {

    private final ApplicationFile file;
    private final AccessExportLog log;
    private final SignedIn signedIn;
    private final JsonMapper json;
    private final Clock clock;

    AccessRequestController(
            ApplicationFile file, AccessExportLog log, SignedIn signedIn, JsonMapper json, Clock clock) {
        this.file = file;
        this.log = log;
        this.signedIn = signedIn;
        this.json = json;
        this.clock = clock;
    }

    @Operation(
            summary = "Everything about one application for a requester of access to documents (aktindsigt), as one "
                    + "JSON document: every event of the application, its decision and its grant from the event "
                    + "store, its decision letters and the documents attached to it and its reports (the documents "
                    + "themselves for the lead applicant only), with other persons' data redacted by the rule the document "
                    + "states; the export is logged (who, for whom, when, why, its SHA-256) before it is handed out. "
                    + "A requester and a reason are required")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AccessExport.class)))
    @Allowed({POOL_MANAGER, AUDITOR})
    @PostMapping(
            value = "/pools/{poolId}/applications/{applicationId}/access-exports",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> export(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestBody(required = false) AccessRequest request) {
        if (request == null) {
            throw new BadParameter("A request for access names its requester and the reason for the export");
        }
        AccessRequest checked = request.checked();
        Authentication staff = SignedIn.authentication();
        String role = signedIn.role(staff).name();
        Instant at = clock.instant();
        AccessExport export =
                file.export(poolId, applicationId, checked, UUID.randomUUID().toString(), at, role);
        byte[] body = json.writeValueAsBytes(export);
        String sha256 = sha256(body);
        log.write(new AccessExportLog.LoggedExport(
                export.exportId(),
                poolId.value(),
                applicationId.value(),
                checked.requester().name(),
                checked.requester().organisation(),
                export.standing().name(),
                checked.reason(),
                staff.getName(),
                role,
                at,
                export.events().size(),
                export.letters().size(),
                export.attachments().size(),
                export.redaction().redactions(),
                sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("access-" + applicationId + "-" + export.exportId() + ".json")
                                .build()
                                .toString())
                .header("Digest", "sha-256=" + sha256)
                .body(body);
    }

    @Operation(
            summary = "The log of exports for access to documents, newest first, optionally of one application: who "
                    + "exported it, in which role, for whom, when, why, and the SHA-256 of what was handed out")
    @Allowed(AUDITOR)
    @GetMapping("/audit/access-exports")
    List<AccessExportLog.LoggedExport> exports(
            @RequestParam(required = false) @Size(max = 64) String applicationId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return log.latest(applicationId, limit);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
