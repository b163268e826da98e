package dk.pulje.spring.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How many requests a client may send: a signed-in user {@code perSecond}, in bursts of up to {@code burst}; an
 * address, before its password is checked, {@code address.perSecond} in bursts of {@code address.burst} (an address
 * carries every user behind it). {@code maxClients} bounds how many clients of each kind are remembered.
 * {@code X-Forwarded-For} names the client only when one of {@code trustedProxies} (addresses or CIDR ranges) sends
 * it. A rate of 0 turns that limit off. {@code failedSignIns} limits wrong passwords apart (see {@link FailedSignIns}).
 * The command side answers a body over {@code maxBody} 413 before anything else.
 */
@ConfigurationProperties("pulje.requests")
public record RequestLimitSettings(
        @DefaultValue("200") double perSecond,
        @DefaultValue("400") long burst,
        @DefaultValue Rate address,
        @DefaultValue("10000") int maxClients,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue SignInRate failedSignIns,
        @DefaultValue("64KB") DataSize maxBody) {

    public RequestLimitSettings {
        if (maxClients < 1) {
            throw new IllegalArgumentException("pulje.requests.max-clients must be at least 1");
        }
        if (maxBody.toBytes() < 1) {
            throw new IllegalArgumentException("pulje.requests.max-body must be at least 1B");
        }
        trustedProxies = trustedProxies.stream()
                .map(String::strip)
                .filter(proxy -> !proxy.isEmpty())
                .toList();
    }

    /** The rate of a signed-in user. */
    public Rate signedIn() {
        return new Rate(perSecond, burst);
    }

    public record Rate(
            @DefaultValue("400") double perSecond,
            @DefaultValue("800") long burst) {

        public Rate {
            if (perSecond < 0 || (perSecond > 0 && burst < 1)) {
                throw new IllegalArgumentException("A request rate is 0 (off) or more, with a burst of at least 1");
            }
        }

        boolean off() {
            return perSecond == 0;
        }

        /** How long one request's token takes to come back. */
        Duration perRequest() {
            return Duration.ofNanos(Math.max(1, Math.round(1_000_000_000 / perSecond)));
        }

        /** How long an emptied bucket takes to fill again; after that it is as good as a new one. */
        Duration toRefill() {
            return perRequest().multipliedBy(burst);
        }
    }

    /**
     * Failed sign-ins an address, and a name, may have: {@code perMinute} in bursts of {@code burst}; an address that
     * failed is remembered for {@code rememberedFor}. A rate of 0 turns the limit off.
     */
    public record SignInRate(
            @DefaultValue("10") double perMinute,
            @DefaultValue("5") long burst,
            @DefaultValue("15m") Duration rememberedFor) {

        public SignInRate {
            asRate(); // refuses a negative rate, or a burst below 1, as a request rate does
            if (rememberedFor.isNegative() || rememberedFor.isZero()) {
                throw new IllegalArgumentException("pulje.requests.failed-sign-ins.remembered-for must be positive");
            }
        }

        Rate asRate() {
            return new Rate(perMinute / 60, burst);
        }

        boolean off() {
            return perMinute == 0;
        }
    }
}
