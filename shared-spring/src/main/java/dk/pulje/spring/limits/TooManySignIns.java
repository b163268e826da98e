package dk.pulje.spring.limits;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins from the address, or for the name: answered 429 with {@code Retry-After}. */
public final class TooManySignIns extends AuthenticationException {

    private final Duration wait;

    TooManySignIns(Duration wait) {
        super("Too many failed sign-ins");
        this.wait = wait;
    }

    /** Whole seconds until a sign-in may be tried again. */
    public long retryAfterSeconds() {
        return TooManyRequests.seconds(wait);
    }
}
