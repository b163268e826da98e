package dk.pulje.query.allocation;

import static dk.pulje.query.infra.ProcessingGroups.ALLOCATIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;

import dk.pulje.query.security.Staff;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.shared.pool.AllocationView;
import dk.pulje.shared.pool.FindAllocation;
import dk.pulje.shared.pool.FindAllocations;
import dk.pulje.shared.pool.FindPool;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Allocations",
        description = "A pool's allocations: proposed from its ranking, then approved or rejected by another person "
                + "(staff and auditors)")
class AllocationController {

    private static final String APPROVED = """
            {"poolId": "early-preventive-2017", "allocation": 1, "status": "APPROVED", "total": "3600000.00",
             "rulesVersion": 1, "proposedBy": "manager", "proposedAt": "2017-04-01T09:00:00Z",
             "proposalReason": "The ranking of 31 March", "decidedBy": "approver",
             "decidedAt": "2017-04-03T09:00:00Z", "decisionReason": "Approved as proposed",
             "awards": [{"rank": 1, "applicationId": "vejle-2017", "applicantName": "Vejle Kommune",
                         "amount": "1800000.00"},
                        {"rank": 2, "applicationId": "odense-2017", "applicantName": "Odense Kommune",
                         "amount": "1800000.00"}]}""";

    private final QueryGateway queries;

    AllocationController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "A pool's allocations, the first first, each with the awards it proposes in ranking order")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            array = @ArraySchema(schema = @Schema(implementation = AllocationView.class)),
                            examples = @ExampleObject(name = "One approved", value = "[" + APPROVED + "]")))
    @ReadsFrom({POOL_OVERVIEW, ALLOCATIONS})
    @Staff
    @GetMapping("/pools/{poolId}/allocations")
    List<AllocationView> allocations(@PathVariable PoolId poolId) {
        requireKnown(poolId);
        return queries.query(new FindAllocations(poolId), ResponseTypes.multipleInstancesOf(AllocationView.class))
                .join();
    }

    @Operation(summary = "One allocation of a pool by its number: who proposed it, who approved or rejected it, why")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = AllocationView.class),
                            examples = @ExampleObject(name = "Approved", value = APPROVED)))
    @ReadsFrom({POOL_OVERVIEW, ALLOCATIONS})
    @Staff
    @GetMapping("/pools/{poolId}/allocations/{allocation}")
    AllocationView allocation(@PathVariable PoolId poolId, @PathVariable int allocation) {
        requireKnown(poolId);
        return queries.query(
                        new FindAllocation(poolId, allocation), ResponseTypes.optionalInstanceOf(AllocationView.class))
                .join()
                .orElseThrow(() -> new NotFound("Pool " + poolId + " has no allocation " + allocation));
    }

    private void requireKnown(PoolId poolId) {
        if (queries.query(new FindPool(poolId), ResponseTypes.optionalInstanceOf(PoolView.class))
                .join()
                .isEmpty()) {
            throw new NotFound("No pool has the id " + poolId);
        }
    }
}
