package dk.pulje.query.audit.chain;

import static dk.pulje.query.infra.ProcessingGroups.EVENT_CHAIN;
import static dk.pulje.shared.common.Role.AUDITOR;

import dk.pulje.query.web.ReadsFrom;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit")
class ChainController {

    private static final String INTACT = """
            {"intact": true, "position": 28,
             "head": "2cbdb4df01b4898e8c16830fca22e2949616cd31bca4f8aeeee11aacbc8f9ae5", "anchors": 3}""";
    private static final String ALTERED = """
            {"intact": false, "position": 27, "eventIdentifier": "ac24483f-8301-4d76-b9ae-f7b5becc0d0f",
             "problem": "altered",
             "detail": "event ac24483f-8301-4d76-b9ae-f7b5becc0d0f no longer gives the link it was chained with"}""";

    private final ChainVerification verification;

    ChainController(ChainVerification verification) {
        this.verification = verification;
    }

    @Operation(
            summary = "Recompute the hash chain over the event store: intact, or where it was tampered with",
            description = "Intact: every event up to position (global index) is chained and gives its link, head is "
                    + "the last link, and the chain holds every head anchored outside the database (anchors: how "
                    + "many; absent without an anchor key). Otherwise the first position where an event was altered, "
                    + "inserted or removed, or where the chain was rewritten or cut against an anchor.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = ChainReport.class),
                            examples = {
                                @ExampleObject(name = "Intact", value = INTACT),
                                @ExampleObject(name = "Altered", value = ALTERED)
                            }))
    @ReadsFrom(EVENT_CHAIN)
    @Allowed(AUDITOR)
    @GetMapping("/audit/chain/verify")
    ChainReport verify() {
        return verification.verify();
    }
}
