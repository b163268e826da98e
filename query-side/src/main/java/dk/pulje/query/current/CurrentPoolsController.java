package dk.pulje.query.current;

import static dk.pulje.query.infra.ProcessingGroups.MEETINGS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;

import dk.pulje.query.current.CurrentPools.CurrentPool;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.query.web.StoredDownload;
import dk.pulje.shared.pool.GuidanceDocument;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.security.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public list of current pools, for anyone, without signing in (like the dashboard and the applicant portal, it
 * reads the features and nothing reads it): see {@link CurrentPools}.
 */
@RestController
@Tag(name = "Public", description = "What anyone may read without signing in")
class CurrentPoolsController {

    private final CurrentPools pools;
    private final DocumentStore documents;

    CurrentPoolsController(CurrentPools pools, DocumentStore documents) {
        this.pools = pools;
        this.documents = documents;
    }

    @Operation(
            summary = "Pools announced or open for applications, soonest deadline first (no sign-in); title, "
                    + "description, categories, earmarks and meeting material in the language Accept-Language asks for where "
                    + "the pool has a translation into it, else as published; where money no longer awarded goes; whom "
                    + "to contact, questions and answers (faq) and guidance documents, each with the public URL "
                    + "(href) it is downloaded from")
    @ReadsFrom({POOL_OVERVIEW, MEETINGS})
    @Public
    @GetMapping("/public/pools")
    List<CurrentPool> currentPools(Locale locale) {
        return pools.all(locale);
    }

    @Operation(
            summary = "A guidance document of a pool that is announced, published or closed (no sign-in), checked "
                    + "against the SHA-256 the pool's terms recorded; only a document the pool publishes as guidance")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    @ReadsFrom(POOL_OVERVIEW)
    @Public
    @GetMapping("/public/pools/{poolId}/guidance/{documentId}")
    ResponseEntity<byte[]> guidance(@PathVariable PoolId poolId, @PathVariable String documentId) {
        GuidanceDocument guidance = pools.guidance(poolId, documentId)
                .orElseThrow(() -> new NotFound("Pool " + poolId + " publishes no guidance document " + documentId));
        return StoredDownload.of(
                documents,
                guidance.documentId(),
                guidance.sha256(),
                MediaType.parseMediaType(guidance.mediaType()),
                guidance.fileName());
    }
}
