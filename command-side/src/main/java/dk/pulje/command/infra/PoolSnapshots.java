package dk.pulje.command.infra;

import dk.pulje.shared.personal.PersonalDataKeys;
import dk.pulje.spring.PersonalDataSettings;
import io.micrometer.core.instrument.MeterRegistry;
import javax.crypto.SecretKey;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.context.annotation.Bean;

/**
 * A pool's stream holds every event of every application to it, so a busy pool would be read in full for each
 * command. Once this many events have been read or appended since the last snapshot, a snapshot of the pool is
 * stored after the command commits, and later commands read the snapshot and only the events after it.
 *
 * <p>Snapshots are sealed with an HMAC under a key derived from the personal-data master key, and a snapshot whose
 * seal is missing or wrong is not used (see {@link SnapshotSeal}, {@link AuthenticSnapshots}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class PoolSnapshots {

    @Bean
    SnapshotTriggerDefinition poolSnapshotTrigger(Snapshotter snapshotter, SnapshotSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.poolThreshold());
    }

    /** The key comes from where the personal data keys' comes from: the configuration, never the database. */
    @Bean
    SnapshotSeal snapshotSeal(PersonalDataSettings personalData, Serializer serializer) {
        SecretKey key = PersonalDataKeys.masterKey(personalData.masterKey());
        if (key == null) {
            throw new IllegalStateException("No personal data master key (pulje.personal-data.master-key): snapshots "
                    + "are sealed with a key derived from it");
        }
        return new SnapshotSeal(key, serializer);
    }

    @Bean
    AuthenticSnapshots authenticSnapshots(SnapshotSeal seal, MeterRegistry meters) {
        return new AuthenticSnapshots(seal, meters);
    }

    /** As Axon Spring Boot makes its snapshotter, sealing each snapshot. */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(
            Configuration configuration,
            HandlerDefinition handlerDefinition,
            ParameterResolverFactory parameterResolverFactory,
            EventStore eventStore,
            TransactionManager transactionManager,
            SnapshotterSpanFactory spanFactory,
            SnapshotSeal seal) {
        return new SealedSnapshotter(
                SpringAggregateSnapshotter.builder()
                        .repositoryProvider(configuration::repository)
                        .transactionManager(transactionManager)
                        .eventStore(eventStore)
                        .parameterResolverFactory(parameterResolverFactory)
                        .handlerDefinition(handlerDefinition)
                        .spanFactory(spanFactory),
                seal);
    }
}
