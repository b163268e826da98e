package dk.pulje.command.personal;

import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.personal.ErasePersonalData;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Personal data", description = "Erasing a person's data everywhere, the log kept intact (pool manager)")
class ErasureController {

    private final CommandSender commands;

    ErasureController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"email": "kim.jensen@odense.dk", "reason": "The person asked to be forgotten (GDPR art. 17), case 2026-114"}""")
    record ErasureRequest(String email, String reason) {}

    @Operation(summary = "Erase a person: their key is destroyed, so every event naming them reads (slettet)")
    @Allowed(POOL_MANAGER)
    @PostMapping("/personal-data/erasures")
    ResponseEntity<Accepted> erase(@RequestBody ErasureRequest request, Actor actor) {
        return commands.change(
                new ErasePersonalData(request.email(), actor, request.reason()),
                "personal-data",
                actor,
                "/personal-data/erasures");
    }
}
