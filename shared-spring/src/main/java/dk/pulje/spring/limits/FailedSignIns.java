package dk.pulje.spring.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Failed sign-ins, counted per client address and per name tried, each in a bucket of its own. An address past its
 * limit may not try any password for a while, the right one included. A name past its limit may still be tried from
 * an address with no failed sign-in for {@code rememberedFor}: so a user whose name is being guessed from elsewhere
 * still signs in from their own address, while each guessing address gets one try at that name in that time.
 */
final class FailedSignIns {

    private final ClientBuckets addresses;
    private final ClientBuckets names;
    private final Cache<String, Boolean> failedLately;

    FailedSignIns(RequestLimitSettings.SignInRate rate, int maxClients) {
        this.addresses = new ClientBuckets(rate.asRate(), maxClients);
        this.names = new ClientBuckets(rate.asRate(), maxClients);
        this.failedLately = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterWrite(rate.rememberedFor())
                .build();
    }

    /** Zero when the address may try a password for the name now, else how long until it may. */
    Duration waitBefore(String address, String name) {
        Duration forAddress = addresses.waitFor(address);
        if (!forAddress.isZero() || failedLately.getIfPresent(address) == null) {
            return forAddress;
        }
        return names.waitFor(name);
    }

    void failed(String address, String name) {
        addresses.take(address);
        names.take(name);
        failedLately.put(address, Boolean.TRUE);
    }
}
