package dk.pulje.command.infra;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache per aggregate type, named in each {@code @Aggregate(cache = …)}: a command then finds its aggregate in
 * memory, with the events other nodes appended since, instead of reading its snapshot and every event after it. The
 * types keep apart because their identifiers may be equal.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaches {

    @Bean
    Cache poolCache(AggregateCacheSettings settings, EventStore eventStore) {
        return new BoundedAggregateCache(settings, eventStore);
    }

    @Bean
    Cache programmeCache(AggregateCacheSettings settings, EventStore eventStore) {
        return new BoundedAggregateCache(settings, eventStore);
    }

    @Bean
    Cache grantCache(AggregateCacheSettings settings, EventStore eventStore) {
        return new BoundedAggregateCache(settings, eventStore);
    }

    @Bean
    Cache decisionCache(AggregateCacheSettings settings, EventStore eventStore) {
        return new BoundedAggregateCache(settings, eventStore);
    }

    @Bean
    Cache meetingCache(AggregateCacheSettings settings, EventStore eventStore) {
        return new BoundedAggregateCache(settings, eventStore);
    }

    @Bean
    Cache subscriptionCache(AggregateCacheSettings settings, EventStore eventStore) {
        return new BoundedAggregateCache(settings, eventStore);
    }
}
