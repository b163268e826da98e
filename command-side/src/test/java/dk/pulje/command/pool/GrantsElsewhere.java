package dk.pulje.command.pool;

import dk.pulje.command.grant.Grant;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;

/** Where a pool's specifications let awards open their grants: a store of its own, the grants' rules are specified in GrantTest. */
final class GrantsElsewhere {

    private GrantsElsewhere() {
    }

    static Repository<Grant> repository() {
        return EventSourcingRepository.builder(Grant.class)
                .eventStore(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build())
                .build();
    }
}
