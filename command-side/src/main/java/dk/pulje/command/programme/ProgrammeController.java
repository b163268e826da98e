package dk.pulje.command.programme;

import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.command.web.Creates;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.EstablishProgramme;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.programme.FundInitiativeDirectly;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.Track;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Programmes", description = "Political appropriations whose envelopes pools and initiatives draw from")
class ProgrammeController {

    private final CommandSender commands;

    ProgrammeController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"name": "Socialt udviklings- og investeringsprogram", "envelope": "250000000.00",
             "years": {"2017": "62500000.00", "2018": "62500000.00", "2019": "62500000.00", "2020": "62500000.00"},
             "tracks": [{"code": "development", "name": "Udviklingsspor"}, {"code": "spread", "name": "Udbredelsesspor"},
                        {"code": "data", "name": "Dataspor"}],
             "reason": "Satspuljeaftalen 2017"}""")
    record EstablishRequest(
            @Schema(nullable = true, description = "optional; a new id is made when left out")
            ProgrammeId id,

            String name,
            Money envelope,
            String reason,

            @Schema(nullable = true, description = "optional; the envelope by finance year, adding " + "up to it")
            FinanceYears years,

            @Schema(
                    nullable = true,
                    description = "optional; the programme's tracks, each with " + "its own budget where it has one")
            List<Track> tracks) {}

    @Operation(summary = "Establish a programme with its envelope, yearly envelopes and tracks (pool manager)")
    @Creates
    @Allowed(POOL_MANAGER)
    @PostMapping("/programmes")
    ResponseEntity<Accepted> establish(@RequestBody EstablishRequest request, Actor actor) {
        ProgrammeId id = request.id() == null ? ProgrammeId.random() : request.id();
        return commands.create(
                new EstablishProgramme(
                        id,
                        request.name(),
                        request.envelope(),
                        actor,
                        request.reason(),
                        request.years(),
                        request.tracks()),
                id.toString(),
                actor,
                "/programmes/" + id);
    }

    @Schema(example = """
            {"id": "som-children", "name": "Socialøkonomisk Investeringsmodel (SØM) på børneområdet",
             "amount": "28300000.00", "reason": "Funded directly, not through an application pool"}""")
    record FundDirectlyRequest(
            String id,
            String name,

            @Schema(nullable = true, description = "optional; the programme's track")
            String track,

            Money amount,

            @Schema(
                    nullable = true,
                    description = "optional; the amount by finance year "
                            + "(required where the programme's envelope is split by year)")
            FinanceYears years,

            String reason) {}

    @Operation(summary = "Fund an initiative of a programme directly, not through a pool (pool manager)")
    @Allowed(POOL_MANAGER)
    @PostMapping("/programmes/{programmeId}/initiatives")
    ResponseEntity<Accepted> fundDirectly(
            @PathVariable ProgrammeId programmeId, @RequestBody FundDirectlyRequest request, Actor actor) {
        return commands.change(
                new FundInitiativeDirectly(
                        programmeId,
                        request.id(),
                        request.name(),
                        request.track(),
                        request.amount(),
                        request.years(),
                        actor,
                        request.reason()),
                programmeId.toString(),
                actor,
                "/programmes/" + programmeId);
    }
}
