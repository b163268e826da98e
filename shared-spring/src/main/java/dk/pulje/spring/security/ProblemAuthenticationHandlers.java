package dk.pulje.spring.security;

import dk.pulje.spring.limits.TooManySignIns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Answers 401, 403 and too many failed sign-ins (429) as problem details, like every other error. */
public class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof TooManySignIns limited) {
            tooManySignIns(response, limited);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"pulje\"");
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in to use this endpoint");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Your role may not use this endpoint");
    }

    /** A login form's failures: too many answered 429, any other sent back to the form at {@code failureUrl}. */
    public static AuthenticationFailureHandler formLoginFailure(String failureUrl) {
        AuthenticationFailureHandler backToTheForm = new SimpleUrlAuthenticationFailureHandler(failureUrl);
        return (request, response, e) -> {
            if (e instanceof TooManySignIns limited) {
                tooManySignIns(response, limited);
            } else {
                backToTheForm.onAuthenticationFailure(request, response, e);
            }
        };
    }

    private static void tooManySignIns(HttpServletResponse response, TooManySignIns limited) throws IOException {
        response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
        write(
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-requests",
                "Too many failed sign-ins from this " + "address or for this name; try again in "
                        + limited.retryAfterSeconds() + " s");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String slug, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"/problems/" + slug + "\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
