package dk.pulje.spring.limits;

import dk.pulje.spring.web.ProblemResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/** The answer to a client over its limit: 429 with {@code Retry-After} in whole seconds. */
final class TooManyRequests {

    private TooManyRequests() {}

    static void answer(HttpServletRequest request, HttpServletResponse response, JsonMapper json, Duration wait)
            throws IOException {
        long seconds = seconds(wait);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemResponse.write(
                request,
                response,
                json,
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-requests",
                "Too many requests from this client; try again in " + seconds + " s");
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
