package dk.pulje.command.infra;

import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache per aggregate type, named in each {@code @Aggregate(cache = …)}: a command then finds its aggregate in
 * memory instead of reading its snapshot and every event after it (how a stale entry is found: {@link
 * BoundedAggregateCache}). The
 * types keep apart because their identifiers may be equal.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaches {

    @Bean
    Cache poolCache(AggregateCacheSettings settings) {
        return new BoundedAggregateCache(settings);
    }

    @Bean
    Cache programmeCache(AggregateCacheSettings settings) {
        return new BoundedAggregateCache(settings);
    }

    @Bean
    Cache grantCache(AggregateCacheSettings settings) {
        return new BoundedAggregateCache(settings);
    }

    @Bean
    Cache decisionCache(AggregateCacheSettings settings) {
        return new BoundedAggregateCache(settings);
    }

    @Bean
    Cache meetingCache(AggregateCacheSettings settings) {
        return new BoundedAggregateCache(settings);
    }

    @Bean
    Cache subscriptionCache(AggregateCacheSettings settings) {
        return new BoundedAggregateCache(settings);
    }
}
