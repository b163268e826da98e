package dk.pulje.query.programme;

import static dk.pulje.query.infra.ProcessingGroups.GRANTS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;
import static dk.pulje.query.infra.ProcessingGroups.PROGRAMME_OVERVIEW;

import dk.pulje.query.security.ReadersAndApplicants;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.programme.FindProgramme;
import dk.pulje.shared.programme.FindProgrammes;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.ProgrammeView;
import dk.pulje.spring.security.SignedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Programmes", description = "Appropriations: their envelopes, what their pools hold and have awarded")
class ProgrammeController {

    private static final String SATSPULJE_2017 = """
            {"programmeId": "satspulje-2017-children-youth", "name": "Satspulje 2017 – children and youth",
             "envelope": "196600000.00", "allocated": "196600000.00", "unallocated": "0.00",
             "awarded": "12300000.00", "pools": 3}""";

    private final QueryGateway queries;

    ProgrammeController(QueryGateway queries) {
        this.queries = queries;
    }

    /** Staff and dashboard viewers count every pool, drafts too; applicants, and anyone else, the public ones. */
    private static final Set<Role> SEE_DRAFTS = EnumSet.of(
            Role.POOL_MANAGER, Role.ASSESSOR, Role.APPROVER, Role.FINANCE_OFFICER, Role.AUDITOR, Role.DASHBOARD_VIEWER);

    @Operation(summary = "All programmes, by name; an applicant's pools and allocated count no draft pools")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            array = @ArraySchema(schema = @Schema(implementation = ProgrammeView.class)),
                            examples = @ExampleObject(name = "Satspulje 2017", value = "[" + SATSPULJE_2017 + "]")))
    @ReadsFrom({PROGRAMME_OVERVIEW, POOL_OVERVIEW, GRANTS})
    @ReadersAndApplicants
    @GetMapping("/programmes")
    List<ProgrammeView> programmes() {
        return seesDrafts()
                ? queries.query(new FindProgrammes(), ResponseTypes.multipleInstancesOf(ProgrammeView.class))
                        .join()
                : publicly(null);
    }

    @Operation(summary = "One programme; an applicant's pools and allocated count no draft pools")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgrammeView.class),
                            examples = @ExampleObject(name = "Satspulje 2017", value = SATSPULJE_2017)))
    @ReadsFrom({PROGRAMME_OVERVIEW, POOL_OVERVIEW, GRANTS})
    @ReadersAndApplicants
    @GetMapping("/programmes/{programmeId}")
    ProgrammeView programme(@PathVariable ProgrammeId programmeId) {
        Optional<ProgrammeView> programme = seesDrafts()
                ? queries.query(new FindProgramme(programmeId), ResponseTypes.optionalInstanceOf(ProgrammeView.class))
                        .join()
                : publicly(programmeId).stream().findFirst();
        return programme.orElseThrow(() -> new NotFound("No programme has the id " + programmeId));
    }

    private List<ProgrammeView> publicly(ProgrammeId programmeId) {
        return queries.query(
                        new FindProgrammesPublicly(programmeId), ResponseTypes.multipleInstancesOf(ProgrammeView.class))
                .join();
    }

    /** Read from the authorities, so that a role this version does not know sees the least. */
    private static boolean seesDrafts() {
        Authentication reader = SignedIn.authentication();
        return reader != null
                && reader.isAuthenticated()
                && reader.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authority ->
                                SEE_DRAFTS.stream().anyMatch(role -> authority.equals("ROLE_" + role.name())));
    }
}
