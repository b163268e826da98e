package dk.pulje.command.web;

import dk.pulje.spring.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sheds what no command needs before it costs anything (first of all filters, before the password check): a
 * body over {@code pulje.requests.max-body} (64 KB) is answered 413, and a client sending more than
 * {@code pulje.requests.per-second} (bursts up to {@code pulje.requests.burst}) is answered 429 with Retry-After.
 * A client is the user its credentials name, or its address without credentials; 0 per second turns the limit off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimits extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 10_000;

    private final long maxBody;
    private final double perSecond;
    private final double burst;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, TokenBucket> clients = new ConcurrentHashMap<>();

    RequestLimits(@Value("${pulje.requests.max-body:64KB}") DataSize maxBody,
                  @Value("${pulje.requests.per-second:200}") double perSecond,
                  @Value("${pulje.requests.burst:400}") double burst, JsonMapper json) {
        this.maxBody = maxBody.toBytes();
        this.perSecond = perSecond;
        this.burst = burst;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBody) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                    "A request body has at most " + maxBody + " bytes", 0);
            return;
        }
        if (perSecond > 0) {
            if (clients.size() > MAX_CLIENTS) {
                clients.clear();
            }
            long waitMillis = clients.computeIfAbsent(client(request), key -> new TokenBucket(burst, perSecond))
                    .take(clock.millis());
            if (waitMillis > 0) {
                refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                        "Too many requests from this client; try again in a moment", (waitMillis + 999) / 1000);
                return;
            }
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedBody(request, maxBody) : request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug,
                        String detail, long retryAfterSeconds) throws IOException {
        ProblemDetail problem = Problems.problem(status, slug, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (retryAfterSeconds > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static String client(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = credentials.indexOf(':');
                return "user:" + (colon < 0 ? credentials : credentials.substring(0, colon));
            } catch (IllegalArgumentException notBase64) {
                return "address:" + request.getRemoteAddr();
            }
        }
        return "address:" + request.getRemoteAddr();
    }

    /** Tokens refill at a steady rate up to the burst; a request takes one or learns how long to wait. */
    private static final class TokenBucket {

        private final double capacity;
        private final double perMilli;
        private double tokens;
        private long last = -1;

        TokenBucket(double capacity, double perSecond) {
            this.capacity = capacity;
            this.perMilli = perSecond / 1000;
            this.tokens = capacity;
        }

        synchronized long take(long now) {
            if (last >= 0) {
                tokens = Math.min(capacity, tokens + (now - last) * perMilli);
            }
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perMilli);
        }
    }
}
