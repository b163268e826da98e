package dk.pulje.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The command side as configured snapshots pools sealed, and a pool whose snapshot was edited in the database
 * decides on its events: the seal is checked on the very bytes the store keeps, serialized as the app serializes.
 * Run once per storage profile by the subclasses: each store gives the bytes back its own way.
 */
@TestPropertySource(properties = "pulje.snapshots.pool-threshold=3")
abstract class SealedSnapshotsBehaviour extends CommandApiTestSupport {

    @Autowired
    EventStorageEngine storage;

    @Test
    void a_pool_snapshot_edited_in_the_database_is_refused_and_the_pool_still_refuses_a_second_application()
            throws Exception {
        String programme = "prog-" + UUID.randomUUID();
        String pool = "pool-" + UUID.randomUUID();
        String applications = "/pools/" + pool + "/applications";
        clock.setCopenhagen("2017-02-06T10:00:00");
        post("/programmes", "manager", """
                {"id": "%s", "name": "Satspulje 2017", "envelope": "30000000.00"}""".formatted(programme)).andExpect(status().isCreated());
        post("/programmes/" + programme + "/pools", "manager", CommandApiContract.poolJson(pool, "24900000.00"))
                .andExpect(status().isCreated());
        post("/pools/" + pool + "/publication", "manager", "{}").andExpect(status().isAccepted());
        String app = "aarhus-" + UUID.randomUUID();
        post(applications, "aarhus", CommandApiContract.aarhusApplication(app, "2000000.00"))
                .andExpect(status().isCreated());
        clock.setCopenhagen("2017-03-27T09:00:00");
        post(applications + "/" + app + "/screening", "assessor", "{\"eligible\": true, \"reason\": \"Fits\"}")
                .andExpect(status().isAccepted());
        post(applications + "/" + app + "/scores", "assessor", "{\"score\": 4, \"justification\": \"Clear goals\"}")
                .andExpect(status().isAccepted());

        byte[] metaData = jdbc.queryForObject(
                "SELECT metaData FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", byte[].class, pool);
        assertThat(new String(metaData, StandardCharsets.UTF_8)).contains("\"snapshotHmac\"");
        assertThat(storage.readSnapshot(pool))
                .as("the stored snapshot verifies")
                .isPresent();

        String payload = new String(
                jdbc.queryForObject(
                        "SELECT payload FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", byte[].class, pool),
                StandardCharsets.UTF_8);
        assertThat(payload).contains("municipality:751");
        jdbc.update(
                "UPDATE SnapshotEventEntry SET payload = ? WHERE aggregateIdentifier = ?",
                payload.replace("municipality:751", "municipality:999").getBytes(StandardCharsets.UTF_8),
                pool);

        assertThat(storage.readSnapshot(pool)).isEmpty();
        clock.setCopenhagen("2017-03-01T10:00:00");
        post(applications, "aarhus", CommandApiContract.aarhusApplication("aarhus-" + UUID.randomUUID(), "1000000.00"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/application-already-active"));
        String metrics = mvc.perform(
                        MockMvcRequestBuilders.get("/actuator/prometheus").header("Authorization", basic("auditor")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics).containsPattern("pulje_snapshots_refused_total(\\{[^}]*})? [1-9]");
    }
}
