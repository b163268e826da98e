package dk.pulje.command.programme;

import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.command.web.Creates;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.EstablishProgramme;
import dk.pulje.shared.programme.ProgrammeId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Programmes", description = "Political appropriations whose envelopes pools draw from")
class ProgrammeController {

    private final CommandSender commands;

    ProgrammeController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"name": "Satspulje 2017 – children and youth", "envelope": "196600000.00",
             "reason": "Satspuljeaftalen 2017"}""")
    record EstablishRequest(@Schema(nullable = true, description = "optional; a new id is made when left out")
                            ProgrammeId id,
                            String name, Money envelope, String reason) {
    }

    @Operation(summary = "Establish a programme with its envelope (pool manager)")
    @Creates
    @PostMapping("/programmes")
    ResponseEntity<Accepted> establish(@RequestBody EstablishRequest request, Actor actor) {
        ProgrammeId id = request.id() == null ? ProgrammeId.random() : request.id();
        return commands.create(new EstablishProgramme(id, request.name(), request.envelope(), actor, request.reason()),
                id.toString(), actor, "/programmes/" + id);
    }
}
