package dk.pulje.query.assessment;

import static dk.pulje.query.infra.ProcessingGroups.ASSESSMENTS;
import static dk.pulje.query.infra.ProcessingGroups.GRANTS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;

import dk.pulje.query.security.Staff;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.application.AssessmentsView;
import dk.pulje.shared.application.FindApplication;
import dk.pulje.shared.application.FindAssessments;
import dk.pulje.shared.application.FindAssessorWorkload;
import dk.pulje.shared.application.RankingView;
import dk.pulje.shared.application.WorkloadView;
import dk.pulje.shared.pool.FindPool;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.spring.security.SignedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Assessments",
        description = "Assessors' independent assessments on the pool's criteria, consensus, ranking and workload "
                + "(staff and auditors)")
class AssessmentController {

    private static final String ONE_OF_TWO_HIDDEN = """
            {"poolId": "early-preventive-2017", "applicationId": "aarhus-2017",
             "assigned": [{"assessor": "assessor", "assignedBy": "manager", "assignedAt": "2017-03-27T08:00:00Z",
                           "assessed": false},
                          {"assessor": "birgit", "assignedBy": "manager", "assignedAt": "2017-03-27T08:00:00Z",
                           "assessed": true}],
             "assessments": [{"assessor": "birgit", "role": "ASSESSOR", "assessedAt": "2017-03-28T10:00:00Z",
                              "rulesVersion": 1, "hidden": true, "scores": null, "weightedScore": null,
                              "reason": null}],
             "consensus": null}""";

    private static final String RANKED = """
            {"poolId": "early-preventive-2017",
             "items": [{"rank": 1, "applicationId": "aarhus-2017", "applicantName": "Aarhus Kommune",
                        "projectTitle": "Early help in PPR", "status": "ELIGIBLE", "weightedScore": 433.34,
                        "priority": {"priority": false, "reason": "Aarhus Kommune has a grant from pool early-2016"}}],
             "awaitingConsensus": 3}""";

    private static final String WORKLOAD = """
            {"poolId": "early-preventive-2017",
             "assessors": [{"assessor": "assessor", "assigned": 12, "assessed": 9, "outstanding": 3},
                           {"assessor": "birgit", "assigned": 12, "assessed": 12, "outstanding": 0}]}""";

    private final QueryGateway queries;
    private final SignedIn signedIn;
    private final Ranking ranking;

    AssessmentController(QueryGateway queries, SignedIn signedIn, Ranking ranking) {
        this.queries = queries;
        this.signedIn = signedIn;
        this.ranking = ranking;
    }

    @Operation(
            summary = "An application's assessors, independent assessments and consensus",
            description = "An assessor who has not yet assessed the application sees that others have, not what they "
                    + "gave (hidden, without scores), and no consensus; other staff roles and auditors see all.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = AssessmentsView.class),
                            examples = @ExampleObject(name = "Before the reader assessed", value = ONE_OF_TWO_HIDDEN)))
    @ReadsFrom({POOL_APPLICATIONS, ASSESSMENTS})
    @Staff
    @GetMapping("/pools/{poolId}/applications/{applicationId}/assessments")
    AssessmentsView assessments(@PathVariable PoolId poolId, @PathVariable ApplicationId applicationId) {
        queries.query(
                        new FindApplication(poolId, applicationId),
                        ResponseTypes.optionalInstanceOf(ApplicationView.class))
                .join()
                .orElseThrow(() -> new NotFound("Pool " + poolId + " has no application " + applicationId));
        Authentication reader = SignedIn.authentication();
        return queries.query(new FindAssessments(poolId, applicationId), AssessmentsView.class)
                .join()
                .as(reader.getName(), signedIn.role(reader));
    }

    @Operation(
            summary = "A pool's applications ranked by weighted consensus score, highest first, with the pool's "
                    + "priority rule shown for each; equal scores share a rank")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = RankingView.class),
                            examples = @ExampleObject(name = "One ranked", value = RANKED)))
    @ReadsFrom({POOL_OVERVIEW, POOL_APPLICATIONS, GRANTS, ASSESSMENTS})
    @Staff
    @GetMapping("/pools/{poolId}/ranking")
    RankingView ranking(@PathVariable PoolId poolId) {
        requireKnown(poolId);
        return ranking.of(poolId);
    }

    @Operation(summary = "A pool's assessors: applications assigned, assessed and still to assess, per assessor")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = WorkloadView.class),
                            examples = @ExampleObject(name = "Two assessors", value = WORKLOAD)))
    @ReadsFrom({POOL_OVERVIEW, ASSESSMENTS})
    @Staff
    @GetMapping("/pools/{poolId}/assessors")
    WorkloadView workload(@PathVariable PoolId poolId) {
        requireKnown(poolId);
        return queries.query(new FindAssessorWorkload(poolId), WorkloadView.class)
                .join();
    }

    private void requireKnown(PoolId poolId) {
        if (queries.query(new FindPool(poolId), ResponseTypes.optionalInstanceOf(PoolView.class))
                .join()
                .isEmpty()) {
            throw new NotFound("No pool has the id " + poolId);
        }
    }
}
