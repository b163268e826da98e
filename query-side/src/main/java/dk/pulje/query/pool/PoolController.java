package dk.pulje.query.pool;

import static dk.pulje.query.infra.ProcessingGroups.GRANTS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;

import dk.pulje.query.security.ReadersAndApplicants;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.shared.pool.FindPool;
import dk.pulje.shared.pool.FindPoolAsOf;
import dk.pulje.shared.pool.FindPools;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Pools", description = "Pools with their terms, money and applications by status")
class PoolController {

    private static final String EARLY_PREVENTIVE_EFFORT_IN_PPR = """
            {"poolId": "early-preventive-ppr-2017", "programmeId": "satspulje-2017-children-youth",
             "status": "PUBLISHED", "budget": "123100000.00", "awarded": "12300000.00", "remaining": "110800000.00",
             "rulesVersion": 1,
             "terms": {"title": "Early preventive effort in PPR",
                       "description": "12.3 mio. per municipality: 1.8 for the partnership, 10.5 for extra staff.",
                       "eligibleKinds": ["MUNICIPALITY"],
                       "categories": [{"code": "partnership", "title": "Partnership with the agency"},
                                      {"code": "extra-staff", "title": "About four extra staff a year"}],
                       "limits": {"minimum": "12300000.00", "maximum": "12300000.00"},
                       "expectedGrantees": {"minimum": 10, "maximum": 10},
                       "rounds": [{"number": 1, "opens": "2017-08-28T00:00:00", "deadline": "2017-10-16T12:00"}],
                       "projectPeriod": {"start": "2017-12-01", "end": "2020-12-31"},
                       "meetings": [{"date": "2017-06-26", "starts": null, "ends": null, "place": "Odense"}]},
             "applicationsByStatus": {"SUBMITTED": 3, "ELIGIBLE": 4, "NOT_ELIGIBLE": 1, "AWARDED": 1,
                                      "REJECTED": 0, "WITHDRAWN": 1}}""";

    private final QueryGateway queries;

    PoolController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(
            summary = "All pools, newest first; an applicant sees no drafts, and only staff and auditors see an "
                    + "amendment awaiting its second signature (pendingAmendment)")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            array = @ArraySchema(schema = @Schema(implementation = PoolView.class)),
                            examples =
                                    @ExampleObject(
                                            name = "Early preventive effort in PPR",
                                            value = "[" + EARLY_PREVENTIVE_EFFORT_IN_PPR + "]")))
    @ReadsFrom({POOL_OVERVIEW, GRANTS})
    @ReadersAndApplicants
    @GetMapping("/pools")
    List<PoolView> pools() {
        return queries.query(new FindPools(), ResponseTypes.multipleInstancesOf(PoolView.class)).join().stream()
                .map(PoolReaders::shown)
                .flatMap(Optional::stream)
                .toList();
    }

    @Operation(
            summary = "One pool, now or as it stood at an instant",
            description = "With asOf (ISO-8601 with offset, e.g. 2017-10-15T12:00:00%2B02:00 — encode + as %2B) the "
                    + "pool is rebuilt from the event store as it stood then, not read from the read model. A draft "
                    + "is not found for an applicant, and only staff and auditors see pendingAmendment.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = PoolView.class),
                            examples =
                                    @ExampleObject(
                                            name = "Early preventive effort in PPR",
                                            value = EARLY_PREVENTIVE_EFFORT_IN_PPR)))
    @ReadsFrom({POOL_OVERVIEW, GRANTS})
    @ReadersAndApplicants
    @GetMapping("/pools/{poolId}")
    PoolView pool(
            @PathVariable PoolId poolId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf) {
        Optional<PoolView> pool = asOf == null
                ? queries.query(new FindPool(poolId), ResponseTypes.optionalInstanceOf(PoolView.class))
                        .join()
                : queries.query(
                                new FindPoolAsOf(poolId, asOf.toInstant()),
                                ResponseTypes.optionalInstanceOf(PoolView.class))
                        .join();
        return pool.flatMap(PoolReaders::shown)
                .orElseThrow(() -> new NotFound(
                        asOf == null
                                ? "No pool has the id " + poolId
                                : "No pool had the id " + poolId + " at " + asOf));
    }
}
