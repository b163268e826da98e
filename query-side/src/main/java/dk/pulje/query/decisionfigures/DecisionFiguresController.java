package dk.pulje.query.decisionfigures;

import static dk.pulje.query.infra.ProcessingGroups.DECISION_FIGURES;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;

import dk.pulje.query.security.Staff;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.shared.pool.DecisionFiguresView;
import dk.pulje.shared.pool.FindDecisionFigures;
import dk.pulje.shared.pool.FindPool;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Decision figures",
        description = "How long a pool's decisions took after the deadline and how its outcomes relate to its "
                + "criteria (staff and auditors)")
class DecisionFiguresController {

    private static final String ONE_ROUND = """
            {"poolId": "early-preventive-2017",
             "time": {"decided": 3, "medianDays": 10.0, "longestDays": 17, "undecidedAfterDeadline": 1},
             "rounds": [{"round": 1, "deadline": "2017-03-24T12:00:00",
                         "time": {"decided": 3, "medianDays": 10.0, "longestDays": 17,
                                  "undecidedAfterDeadline": 1}}],
             "criteria": [{"criterion": "purpose", "granted": 2, "grantedMean": 4.50,
                           "rejected": 1, "rejectedMean": 2.00}]}""";

    private final QueryGateway queries;

    DecisionFiguresController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(
            summary = "Days from each round's deadline to its applications' first decisions (count, median, longest, "
                    + "still undecided after the deadline), and per criterion the mean score of the applications "
                    + "granted and rejected")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = DecisionFiguresView.class),
                            examples = @ExampleObject(name = "One round", value = ONE_ROUND)))
    @ReadsFrom({POOL_OVERVIEW, DECISION_FIGURES})
    @Staff
    @GetMapping("/pools/{poolId}/decision-figures")
    DecisionFiguresView decisionFigures(@PathVariable PoolId poolId) {
        if (queries.query(new FindPool(poolId), ResponseTypes.optionalInstanceOf(PoolView.class))
                .join()
                .isEmpty()) {
            throw new NotFound("No pool has the id " + poolId);
        }
        return queries.query(new FindDecisionFigures(poolId), DecisionFiguresView.class)
                .join();
    }
}
