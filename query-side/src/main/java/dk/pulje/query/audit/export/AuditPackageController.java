package dk.pulje.query.audit.export;

import static dk.pulje.query.infra.ProcessingGroups.EVENT_CHAIN;
import static dk.pulje.shared.common.Role.AUDITOR;

import dk.pulje.query.web.ReadsFrom;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit")
class AuditPackageController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final AuditPackage auditPackage;

    AuditPackageController(AuditPackage auditPackage) {
        this.auditPackage = auditPackage;
    }

    @Operation(
            summary = "A pool's complete history with its hash-chain links, as one file to check offline",
            description = "One JSON line per event of the pool's stream, every column as stored, with the link it "
                    + "was chained on and its own; then a line with the chain's head. Check it with "
                    + "VerifyAuditPackage (docs/audit.md).")
    @ReadsFrom(EVENT_CHAIN)
    @Allowed(AUDITOR)
    @GetMapping("/audit/pools/{poolId}/package")
    ResponseEntity<byte[]> download(@PathVariable PoolId poolId) {
        return ResponseEntity.ok()
                .contentType(NDJSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(poolId + ".ndjson")
                                .build()
                                .toString())
                .body(auditPackage.of(poolId));
    }

    @ExceptionHandler(NotYetChained.class)
    ResponseEntity<ProblemDetail> notYetChained(NotYetChained e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(URI.create("/problems/projection-behind"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem);
    }
}
