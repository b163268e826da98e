package dk.pulje.query.system;

import static dk.pulje.query.infra.ProcessingGroups.ALLOCATIONS;
import static dk.pulje.query.infra.ProcessingGroups.ASSESSMENTS;
import static dk.pulje.query.infra.ProcessingGroups.DECISIONS;
import static dk.pulje.query.infra.ProcessingGroups.DECISION_FIGURES;
import static dk.pulje.query.infra.ProcessingGroups.GRANTS;
import static dk.pulje.query.infra.ProcessingGroups.MEETINGS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_DECISIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;
import static dk.pulje.query.infra.ProcessingGroups.PROGRAMME_OVERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.query.audit.ReadModelChecksums;
import dk.pulje.query.infra.ProjectionProgress;
import dk.pulje.shared.testing.TestPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command side killed with SIGKILL under a steady load of commands, then started again: every command that
 * was answered 2xx is in the event store, none twice, and, once the restarted process has loaded the rest of the seed
 * pools (the kill may cut their loading short), the read models equal the same read models rebuilt from scratch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
class CrashRecoveryIT {

    private static final List<String> PROJECTIONS = List.of(
            PROGRAMME_OVERVIEW,
            POOL_OVERVIEW,
            POOL_APPLICATIONS,
            POOL_DECISIONS,
            ASSESSMENTS,
            ALLOCATIONS,
            DECISION_FIGURES,
            GRANTS,
            MEETINGS,
            DECISIONS);
    private static final String DATABASE = TestPostgres.freshDatabase("crash");
    private static volatile AppProcess commandSide;

    @LocalServerPort
    int queryPort;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    ReadModelChecksums checksums;

    @DynamicPropertySource
    static void sameDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() {
        if (commandSide != null) {
            commandSide.close();
        }
    }

    @Test
    void a_command_side_killed_under_load_loses_no_acknowledged_command_and_duplicates_none() throws Exception {
        commandSide = AppProcess.commandSide(DATABASE, "crash");
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            for (int i = 0; running.get() && i < 5_000; i++) {
                String id = "crash-" + i;
                sent.incrementAndGet();
                try {
                    HttpResponse<String> answer = commandSide.post(
                            "/programmes",
                            "manager",
                            "{\"id\": \"" + id + "\", \"name\": \"Crash " + i + "\", \"envelope\": \"1000.00\"}");
                    if (answer.statusCode() / 100 == 2) {
                        acknowledged.add(id);
                    }
                } catch (Exception cutOff) {
                    // The process is gone or still starting: this request stays unanswered; pause, then go on.
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        });
        load.start();
        await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= 40);
        commandSide.kill();
        int beforeRestart = acknowledged.size();
        commandSide = AppProcess.commandSide(DATABASE, "crash-restarted");
        await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= beforeRestart + 40);
        running.set(false);
        load.join();
        // The first process may have been killed while it loaded the seed pools: the second goes on with them.
        commandSide.awaitReady();

        List<String> stored = jdbc.queryForList(
                "SELECT aggregateIdentifier FROM DomainEventEntry WHERE payloadType = "
                        + "'dk.pulje.shared.programme.ProgrammeEstablished' AND aggregateIdentifier LIKE 'crash-%'",
                String.class);
        assertThat(stored).as("every acknowledged command is stored").containsAll(acknowledged);
        assertThat(stored).as("none twice").doesNotHaveDuplicates();
        System.out.printf(
                "crash: sent %d, acknowledged %d, stored %d, duplicates 0%n",
                sent.get(), acknowledged.size(), stored.size());

        long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        await().atMost(Duration.ofMinutes(1)).until(() -> progress.hasProcessed(PROJECTIONS, head));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM programme_overview WHERE programme_id LIKE 'crash-%'", Long.class))
                .isEqualTo(stored.size());
        Map<String, String> before = checksums.checksums();
        HttpResponse<String> replay = DemoHttp.post(queryPort, "/admin/projections/replay", "auditor", "{}");
        assertThat(replay.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2))
                .pollDelay(Duration.ofSeconds(1))
                .until(() -> progress.hasProcessed(PROJECTIONS, head)
                        && checksums.checksums().equals(before));
    }
}
