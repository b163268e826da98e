package dk.pulje.query.decision;

import static dk.pulje.query.infra.ProcessingGroups.DECISIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;

import dk.pulje.query.application.ApplicationAccess;
import dk.pulje.query.security.Staff;
import dk.pulje.query.security.StaffAndApplicants;
import dk.pulje.query.web.BadParameter;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.pool.PoolId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Decision letters and reconsiderations",
        description = "An application's decision letters, and the reconsiderations asked of its decision")
class DecisionController {

    private static final Set<String> STATES = Set.of(
            DecisionsProjection.RECEIVED,
            DecisionsProjection.UPHELD,
            DecisionsProjection.CHANGED,
            DecisionsProjection.FORWARDED);

    private final LetterQueries decisions;
    private final ApplicationAccess access;
    private final LetterDownloads downloads;

    DecisionController(LetterQueries decisions, ApplicationAccess access, LetterDownloads downloads) {
        this.decisions = decisions;
        this.access = access;
        this.downloads = downloads;
    }

    @Operation(
            summary = "An application's decision letters, oldest first; read as the application is read (staff, and "
                    + "its applicant and partners)")
    @ReadsFrom({POOL_APPLICATIONS, DECISIONS})
    @StaffAndApplicants
    @GetMapping("/pools/{poolId}/applications/{applicationId}/letters")
    List<LetterView> letters(@PathVariable PoolId poolId, @PathVariable ApplicationId applicationId) {
        access.readable(poolId, applicationId);
        return decisions.letters(poolId, applicationId);
    }

    @Operation(
            summary = "One decision letter as PDF, checked against the SHA-256 its event recorded; read as the "
                    + "application is read (staff, and its applicant and partners)")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ReadsFrom({POOL_APPLICATIONS, DECISIONS})
    @StaffAndApplicants
    @GetMapping(
            value = "/pools/{poolId}/applications/{applicationId}/letters/{documentId}",
            produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(
            @PathVariable PoolId poolId, @PathVariable ApplicationId applicationId, @PathVariable String documentId) {
        return downloads.letter(poolId, applicationId, documentId);
    }

    @Operation(
            summary = "The reconsiderations asked of an application's decision, with where each stands (staff, and "
                    + "its applicant and partners)")
    @ReadsFrom({POOL_APPLICATIONS, DECISIONS})
    @StaffAndApplicants
    @GetMapping("/pools/{poolId}/applications/{applicationId}/reconsiderations")
    List<ReconsiderationView> applicationReconsiderations(
            @PathVariable PoolId poolId, @PathVariable ApplicationId applicationId) {
        access.readable(poolId, applicationId);
        return decisions.reconsiderations(poolId, applicationId);
    }

    @Operation(
            summary = "A pool's reconsiderations in the order they were asked for, optionally in one state "
                    + "(RECEIVED, UPHELD, CHANGED, FORWARDED)")
    @ReadsFrom(DECISIONS)
    @Staff
    @GetMapping("/pools/{poolId}/reconsiderations")
    List<ReconsiderationView> poolReconsiderations(
            @PathVariable PoolId poolId, @RequestParam(required = false) String status) {
        if (status != null && !STATES.contains(status)) {
            throw new BadParameter(
                    "status is one of " + STATES.stream().sorted().toList());
        }
        return decisions.reconsiderations(poolId, status);
    }
}
