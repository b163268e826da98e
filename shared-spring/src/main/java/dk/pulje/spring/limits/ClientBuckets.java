package dk.pulje.spring.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;

/**
 * One token bucket per client, in a bounded map: a client unseen for as long as its bucket takes to fill again is
 * forgotten (a new bucket would be the same), and past {@code maxClients} the least used are.
 */
final class ClientBuckets {

    private final RequestLimitSettings.Rate rate;
    private final Cache<String, Bucket> buckets;

    ClientBuckets(RequestLimitSettings.Rate rate, int maxClients) {
        this.rate = rate;
        this.buckets = rate.off()
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(maxClients)
                        .expireAfterAccess(rate.toRefill())
                        .build();
    }

    /** Takes one request from the client's bucket: zero when it may go on, else how long until it may. */
    Duration take(String client) {
        if (rate.off()) {
            return Duration.ZERO;
        }
        ConsumptionProbe probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    /** How long until the client may take one, taking nothing: zero for a client with tokens left or unknown. */
    Duration waitFor(String client) {
        Bucket bucket = rate.off() ? null : buckets.getIfPresent(client);
        if (bucket == null) {
            return Duration.ZERO;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(rate.burst()).refillGreedy(1, rate.perRequest()))
                .build();
    }
}
