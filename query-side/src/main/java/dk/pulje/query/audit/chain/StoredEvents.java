package dk.pulje.query.audit.chain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events of the event store as stored, for verifying the chain and making audit packages: read from the JDBC
 * store's table ({@link TableEvents}) or from Axon Server's event stream ({@link StreamedEvents}), so both offer them.
 */
public interface StoredEvents {

    /**
     * The events as the event stream delivered them, each at its position in the store. Axon Server's stream tells
     * each event's position; the JDBC store's tells the highest position seen, which for an event committed after a
     * later one is not its own, so there its position is read from the table.
     */
    List<StoredEvent> positioned(Collection<StoredEvent> delivered);

    /** The events at these positions (global indexes); a position with no event is left out. */
    Map<Long, StoredEvent> at(Collection<Long> positions);

    /** The identifiers of the events of one aggregate's stream, in its order; empty when there is no such stream. */
    List<String> identifiersOf(String aggregateIdentifier);

    /** The first event below {@code position} that has no link in the chain, if there is one. */
    Optional<StoredEvent> firstUnchainedBelow(long position);
}
