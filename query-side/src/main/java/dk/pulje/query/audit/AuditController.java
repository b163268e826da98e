package dk.pulje.query.audit;

import static dk.pulje.query.infra.ProcessingGroups.GRANTS;
import static dk.pulje.query.infra.ProcessingGroups.MEETINGS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_DECISIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;
import static dk.pulje.query.infra.ProcessingGroups.PROGRAMME_OVERVIEW;
import static dk.pulje.shared.common.Role.AUDITOR;

import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.spring.security.Allowed;
import dk.pulje.spring.security.SignedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Read models",
        description = "Rebuild the read models from the events and check they come out the same (auditor)")
class AuditController {

    private final ReadModelChecksums checksums;
    private final ProjectionReplay replay;
    private final ReplayProgress progress;

    private final CoordinatedReplay replays;

    AuditController(
            ReadModelChecksums checksums, ProjectionReplay replay, ReplayProgress progress, CoordinatedReplay replays) {
        this.checksums = checksums;
        this.replay = replay;
        this.progress = progress;
        this.replays = replays;
    }

    @Operation(
            summary = "How far each projection has come against the head of the event store; during a replay "
                    + "also its speed (events per second) and the time it still needs")
    @Allowed(AUDITOR)
    @GetMapping("/admin/projections/progress")
    List<ReplayProgress.GroupProgress> progress() {
        return progress.progress();
    }

    @Operation(summary = "SHA-256 of every read-model table, over its rows in primary-key order")
    @ReadsFrom({PROGRAMME_OVERVIEW, POOL_OVERVIEW, POOL_APPLICATIONS, POOL_DECISIONS, GRANTS, MEETINGS})
    @Allowed(AUDITOR)
    @GetMapping("/admin/read-models/checksums")
    Map<String, String> checksums() {
        return checksums.checksums();
    }

    @Operation(
            summary = "Rebuild one projection from the events, on every query node: each stops it, one resets it, all"
                    + " start it again and it catches up in the background; the answer is the replay's request")
    @Allowed(AUDITOR)
    @PostMapping("/admin/projections/{group}/replay")
    ResponseEntity<CoordinatedReplay.ReplayRequest> replay(@PathVariable String group) {
        CoordinatedReplay.ReplayRequest request = replays.request(
                        group, SignedIn.authentication().getName())
                .orElseThrow(() -> new NotFound("No projection is called " + group + "; there are " + replay.groups()));
        return ResponseEntity.accepted().body(request);
    }

    @Operation(summary = "Rebuild every projection from the events, on every query node; one request a projection")
    @Allowed(AUDITOR)
    @PostMapping("/admin/projections/replay")
    ResponseEntity<List<CoordinatedReplay.ReplayRequest>> replayAll() {
        String who = SignedIn.authentication().getName();
        return ResponseEntity.accepted()
                .body(replay.groups().stream()
                        .map(group -> replays.request(group, who).orElseThrow())
                        .toList());
    }

    @Operation(
            summary = "The latest replays asked for on any query node, newest first: by whom, when, and their outcome")
    @Allowed(AUDITOR)
    @GetMapping("/admin/projections/replays")
    List<CoordinatedReplay.ReplayRequest> replays() {
        return replays.latest(50);
    }
}
