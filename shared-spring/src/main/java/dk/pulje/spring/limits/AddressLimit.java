package dk.pulje.spring.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Before anything else costs (the password check first of all), a client address sending more than its rate is
 * answered 429. Who the credentials name is not known yet here, so it is not trusted here either.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class AddressLimit extends OncePerRequestFilter {

    private final ClientAddress addresses;
    private final ClientBuckets buckets;
    private final JsonMapper json;

    public AddressLimit(RequestLimitSettings settings, JsonMapper json) {
        this.addresses = new ClientAddress(settings.trustedProxies());
        this.buckets = new ClientBuckets(settings.address(), settings.maxClients());
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = buckets.take(addresses.of(request));
        if (!wait.isZero()) {
            TooManyRequests.answer(request, response, json, wait);
            return;
        }
        chain.doFilter(request, response);
    }
}
