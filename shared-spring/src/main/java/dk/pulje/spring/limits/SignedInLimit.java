package dk.pulje.spring.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Once the credentials are checked, a signed-in user sending more than their rate is answered 429, wherever they
 * send from. The user is who the password or token proved, in one spelling ({@code Aarhus} is {@code aarhus}), so a
 * stranger writing someone's name with a wrong password spends nothing of theirs. It runs inside the security
 * filter chains only ({@link #addTo}), after authentication and before authorization.
 */
public class SignedInLimit extends OncePerRequestFilter {

    private final ClientBuckets buckets;
    private final JsonMapper json;

    public SignedInLimit(RequestLimitSettings settings, JsonMapper json) {
        this.buckets = new ClientBuckets(settings.signedIn(), settings.maxClients());
        this.json = json;
    }

    /** Adds the app's limit to a security filter chain, after whoever signs the request in. */
    public static HttpSecurity addTo(HttpSecurity http) {
        SignedInLimit limit = http.getSharedObject(ApplicationContext.class).getBean(SignedInLimit.class);
        return http.addFilterAfter(limit, AnonymousAuthenticationFilter.class);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            Duration wait = buckets.take(user(signedIn.getName()));
            if (!wait.isZero()) {
                TooManyRequests.answer(request, response, json, wait);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The one spelling of a user's name that limits count by. */
    static String user(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
