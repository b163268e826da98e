package dk.pulje.command.pool;

import dk.pulje.command.infra.AuthenticSnapshots;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which stored snapshot of a pool may be used: one of the pool's current revision (as Axon checks by default) that
 * carries a valid seal. Axon applies every aggregate's filter to every snapshot read.
 */
@Configuration(proxyBeanMethods = false)
class PoolSnapshotFilters {

    @Bean
    SnapshotFilter poolSnapshotFilter(AuthenticSnapshots authentic) {
        return of(authentic);
    }

    static SnapshotFilter of(SnapshotFilter authentic) {
        SnapshotFilter currentRevision = RevisionSnapshotFilter.builder()
                .type(Pool.class.getSimpleName())
                .revision(Pool.class.getAnnotation(Revision.class).value())
                .build();
        return currentRevision.combine(authentic);
    }
}
