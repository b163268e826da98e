package dk.pulje.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.testing.TestPostgres;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query side killed with SIGKILL while it projects a steady load of commands, then started again as a new
 * process: it resumes from its tokens without skipping or applying any event twice (the rows and the programme's
 * allocation equal what the event store holds, to the øre), and its read models equal a rebuild from scratch.
 * {@code pulje.faults.kills} (1; 3 with {@code -Pfaults-heavy}) kill-and-restart cycles.
 */
class QuerySideCrashIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int KILLS = Integer.getInteger("pulje.faults.kills", 1);
    private final String database = TestPostgres.freshDatabase("query_crash");
    private final List<AppProcess> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(AppProcess::close);
    }

    @Test
    void a_query_side_killed_while_projecting_resumes_without_skipping_or_repeating_an_event() throws Exception {
        AppProcess commandSide = started(AppProcess.commandSide(database, "query-crash"));
        AppProcess querySide = started(AppProcess.querySide(database, "query-crash-1"));
        LocalDate today = LocalDate.now();
        commandSide.command(
                "/programmes",
                "manager",
                "{\"id\": \"crash-prog\", \"name\": \"Crash\", \"envelope\": \"100000000.00\"}",
                201);

        List<String> pools = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        Thread load = new Thread(() -> {
            for (int i = 0; running.get() && i < 5_000; i++) {
                String id = "crash-pool-" + i;
                sent.incrementAndGet();
                try {
                    HttpResponse<String> answer =
                            commandSide.post("/programmes/crash-prog/pools", "manager", """
                            {"id": "%s", "title": "Crash %d", "budget": "1000.01", "eligibleKinds": ["MUNICIPALITY"],
                             "categories": [{"code": "c", "title": "C"}],
                             "limits": {"minimum": "1.00", "maximum": "1000.00"},
                             "rounds": [{"opens": "%sT00:00:00", "deadline": "%sT12:00:00"}],
                             "projectPeriod": {"start": "%d-01-01", "end": "%d-12-31"}}""".formatted(
                                            id, i, today, today.plusDays(30), today.getYear(), today.getYear() + 1));
                    if (answer.statusCode() == 201) {
                        pools.add(id);
                    }
                } catch (Exception interrupted) {
                    return;
                }
            }
        });
        load.start();
        long recoveryMillis = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            int target = pools.size() + 30;
            await().atMost(Duration.ofMinutes(1)).until(() -> pools.size() >= target);
            querySide.kill();
            started.remove(querySide);
            long restart = System.nanoTime();
            querySide = started(AppProcess.querySide(database, "query-crash-" + (kill + 1)));
            long head = head();
            AppProcess restarted = querySide;
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> DemoHttp.get(restarted.port(), "/admin/read-models/checksums", "auditor", head)
                                    .statusCode()
                            == 200);
            recoveryMillis = Math.max(recoveryMillis, (System.nanoTime() - restart) / 1_000_000);
        }
        running.set(false);
        load.join();

        long head = head();
        JsonNode before = caughtUp(querySide, head);
        List<String> stored = strings("SELECT aggregateIdentifier FROM DomainEventEntry WHERE payloadType = "
                + "'dk.pulje.shared.pool.PoolDrafted' AND aggregateIdentifier LIKE 'crash-pool-%'");
        assertThat(stored)
                .as("every acknowledged command is stored")
                .containsAll(pools)
                .doesNotHaveDuplicates();
        assertThat(strings("SELECT pool_id FROM pool_overview WHERE pool_id LIKE 'crash-pool-%'"))
                .as("each pool projected once, none skipped")
                .hasSameElementsAs(stored)
                .doesNotHaveDuplicates();
        String allocated = strings("SELECT allocated_oere FROM programme_overview WHERE programme_id = 'crash-prog'")
                .get(0);
        assertThat(Long.parseLong(allocated))
                .as("the allocation adds every pool's 1000.01 kr. once")
                .isEqualTo(Money.of("1000.01").oere() * stored.size());

        assertThat(DemoHttp.post(querySide.port(), "/admin/projections/replay", "auditor", "{}")
                        .statusCode())
                .isEqualTo(202);
        AppProcess replayed = querySide;
        await().atMost(Duration.ofMinutes(2))
                .pollDelay(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(caughtUp(replayed, head)).isEqualTo(before));
        System.out.printf(
                "query side killed %d times: sent %d, acknowledged %d, stored %d, projected %d, duplicates 0, "
                        + "checksums equal after a rebuild, caught up at most %d ms after a restart%n",
                KILLS, sent.get(), pools.size(), stored.size(), stored.size(), recoveryMillis);
    }

    private AppProcess started(AppProcess process) {
        this.started.add(process);
        return process;
    }

    private JsonNode caughtUp(AppProcess querySide, long head) throws Exception {
        HttpResponse<String> answer = DemoHttp.get(querySide.port(), "/admin/read-models/checksums", "auditor", head);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private long head() throws SQLException {
        return Long.parseLong(
                strings("SELECT MAX(globalIndex) FROM DomainEventEntry").get(0));
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
