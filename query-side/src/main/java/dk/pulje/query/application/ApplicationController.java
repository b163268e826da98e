package dk.pulje.query.application;

import static dk.pulje.query.infra.ProcessingGroups.GRANTS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_DECISIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;

import dk.pulje.query.security.Staff;
import dk.pulje.query.security.StaffAndApplicants;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationPage;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.application.DecisionPage;
import dk.pulje.shared.application.FindApplication;
import dk.pulje.shared.application.FindApplicationAsOf;
import dk.pulje.shared.application.FindApplications;
import dk.pulje.shared.application.FindDecisions;
import dk.pulje.shared.pool.FindPool;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.spring.security.SignedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Applications", description = "A pool's applications and the decisions taken in it (staff and auditors)")
class ApplicationController {

    private static final String AARHUS_AWARDED = """
            {"items": [{"applicationId": "aarhus-ppr-2017", "poolId": "early-preventive-ppr-2017", "round": 1,
                        "status": "AWARDED", "applicantKey": "municipality:751", "applicantName": "Aarhus Kommune",
                        "projectTitle": "Early preventive effort in PPR, Aarhus", "activityCategory": "extra-staff",
                        "amountRequested": "12300000.00", "amountAwarded": "12300000.00", "score": 4,
                        "submittedAt": "2017-10-12T08:30:00Z"}],
             "page": 0, "size": 20, "total": 1}""";

    private static final String PUBLISHED_AND_AWARDED = """
            {"items": [{"poolId": "early-preventive-ppr-2017", "sequence": 1, "kind": "PoolPublished",
                        "applicationId": null, "amount": null, "decidedBy": "manager", "role": "POOL_MANAGER",
                        "decidedAt": "2017-08-28T07:00:00Z", "reason": "Satspuljeaftalen 2017"},
                       {"poolId": "early-preventive-ppr-2017", "sequence": 7, "kind": "GrantAwarded",
                        "applicationId": "aarhus-ppr-2017", "amount": "12300000.00", "decidedBy": "approver",
                        "role": "APPROVER", "decidedAt": "2017-11-20T10:00:00Z",
                        "reason": "Scores 4/5; four extra staff a year as the pool intends"}],
             "page": 0, "size": 20, "total": 2}""";

    private final QueryGateway queries;
    private final SignedIn signedIn;
    private final ApplicationAccess access;

    ApplicationController(QueryGateway queries, SignedIn signedIn, ApplicationAccess access) {
        this.queries = queries;
        this.signedIn = signedIn;
        this.access = access;
    }

    @Operation(
            summary = "A page of a pool's applications, optionally of one status, in the order they came in; an "
                    + "applicant sees only its own organisation's")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = ApplicationPage.class),
                            examples = @ExampleObject(name = "Aarhus awarded", value = AARHUS_AWARDED)))
    @ReadsFrom({POOL_OVERVIEW, POOL_APPLICATIONS, GRANTS})
    @StaffAndApplicants
    @GetMapping("/pools/{poolId}/applications")
    ApplicationPage applications(
            @PathVariable PoolId poolId,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        requireKnown(poolId);
        return queries.query(
                        new FindApplications(
                                poolId, status, signedIn.applicantOrganisation().orElse(null), page, size),
                        ApplicationPage.class)
                .join();
    }

    @Operation(summary = "A page of the decisions taken in a pool, oldest first")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = DecisionPage.class),
                            examples = @ExampleObject(name = "Published and awarded", value = PUBLISHED_AND_AWARDED)))
    @ReadsFrom({POOL_OVERVIEW, POOL_DECISIONS})
    @Staff
    @GetMapping("/pools/{poolId}/decisions")
    DecisionPage decisions(
            @PathVariable PoolId poolId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        requireKnown(poolId);
        return queries.query(new FindDecisions(poolId, page, size), DecisionPage.class)
                .join();
    }

    @Operation(
            summary = "One application, now or as it stood at an instant",
            description = "With asOf (ISO-8601 with offset; encode + as %2B) the application is rebuilt from the "
                    + "event store as it stood then, not read from the read model.")
    @ReadsFrom({POOL_OVERVIEW, POOL_APPLICATIONS, GRANTS})
    @StaffAndApplicants
    @GetMapping("/pools/{poolId}/applications/{applicationId}")
    ApplicationView application(
            @PathVariable PoolId poolId,
            @PathVariable ApplicationId applicationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf) {
        Optional<ApplicationView> application = asOf == null
                ? queries.query(
                                new FindApplication(poolId, applicationId),
                                ResponseTypes.optionalInstanceOf(ApplicationView.class))
                        .join()
                : queries.query(
                                new FindApplicationAsOf(poolId, applicationId, asOf.toInstant()),
                                ResponseTypes.optionalInstanceOf(ApplicationView.class))
                        .join();
        return access.readable(application.orElseThrow(() -> new NotFound(
                "Pool " + poolId + " has no application " + applicationId + (asOf == null ? "" : " at " + asOf))));
    }

    /**
     * A pool without applications and an unknown pool both have empty lists; only the latter is a 404. To an
     * applicant a draft is unknown.
     */
    private void requireKnown(PoolId poolId) {
        if (queries.query(new FindPool(poolId), ResponseTypes.optionalInstanceOf(PoolView.class))
                .join()
                .filter(pool -> pool.status() != PoolStatus.DRAFT
                        || signedIn.applicantOrganisation().isEmpty())
                .isEmpty()) {
            throw new NotFound("No pool has the id " + poolId);
        }
    }
}
