package dk.pulje.command.infra;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Aggregates kept between commands, at most {@code size} of one type, each dropped after it has not been used for
 * a while and, held softly, whenever the heap runs short.
 *
 * <p>Another node may have appended to an aggregate since it was cached here. So an aggregate taken from the cache
 * first reads the events stored after its version (one short query, usually answering none) and applies them: a
 * command is always judged on the stored state, as without a cache, and only the snapshot and the events before it
 * are not read again. What another node appends after that query is caught by the event table's aggregate/sequence
 * key; Axon's caching repository removes the entry when the command rolls back, and the command is retried.
 */
final class BoundedAggregateCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;
    private final EventStore eventStore;

    BoundedAggregateCache(AggregateCacheSettings settings, EventStore eventStore) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(settings.size())
                .expireAfterAccess(settings.idle())
                .softValues()
                .build()
                .asMap();
        this.eventStore = eventStore;
    }

    /** Called by the repository with the aggregate's lock held, in the command's transaction. */
    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry = entries.get(key);
        if (entry instanceof AggregateCacheEntry<?> cached) {
            try {
                catchUp(key.toString(), cached);
            } catch (RuntimeException e) {
                entries.remove(key);
                throw e;
            }
        }
        return (V) entry;
    }

    private void catchUp(String aggregateId, AggregateCacheEntry<?> cached) {
        // An entry made in this process holds the live aggregate, which recreating answers as it is.
        EventSourcedAggregate<?> aggregate = cached.recreateAggregate(null, null, null, null);
        DomainEventStream later = eventStore.readEvents(aggregateId, aggregate.version() + 1);
        if (later.hasNext()) {
            aggregate.initializeState(later);
        }
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, absent -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (present, value) -> update.apply((V) value));
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nothing in Pulje listens to an aggregate cache; a listener would be told nothing, so none is taken. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("The aggregate caches take no entry listeners");
    }
}
