package dk.pulje.command.infra;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A pool's stream holds every event of every application to it, so a busy pool would be read in full for each
 * command. Once this many events have been read or appended since the last snapshot, a snapshot of the pool is
 * stored after the command commits, and later commands read the snapshot and only the events after it.
 */
@Configuration(proxyBeanMethods = false)
class PoolSnapshots {

    @Bean
    SnapshotTriggerDefinition poolSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${pulje.snapshots.pool-threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
