package dk.pulje.query.security;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers of the pages served to browsers (the dashboard, the applicant portal): they load nothing but their own
 * scripts and styles, post forms only to themselves, and are framed by no one.
 */
public final class BrowserPages {

    private BrowserPages() {}

    public static HttpSecurity headers(HttpSecurity http) throws Exception {
        return headers(http, List.of());
    }

    /**
     * As {@link #headers(HttpSecurity)}, and a form may also lead to {@code alsoFormActions} (origins): a sign-out
     * that goes on to the OIDC provider's, which a browser holds to the form's {@code form-action}.
     */
    public static HttpSecurity headers(HttpSecurity http, List<String> alsoFormActions) throws Exception {
        String formActions = String.join(
                " ",
                Stream.concat(Stream.of("'self'"), alsoFormActions.stream()).toList());
        return http.headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self'; connect-src 'self'; form-action " + formActions
                                + "; frame-ancestors 'none'; base-uri 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new StaticHeadersWriter(
                        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
    }
}
