package dk.pulje.spring.security;

import dk.pulje.spring.limits.SignedInLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The API's ways in, alike on both apps: signed JWTs when an OIDC issuer is configured, HTTP Basic otherwise too;
 * no session, no CSRF (no cookies), 401/403 as problem details, and each signed-in user's request limit. Each app
 * then names who may call what.
 */
public final class StatelessApi {

    private StatelessApi() {}

    public static HttpSecurity configure(
            HttpSecurity http, ProblemAuthenticationHandlers problems, ObjectProvider<JwtDecoder> bearerTokens) {
        if (bearerTokens.getIfAvailable() != null) {
            http.oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(new BearerTokens()))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
        return SignedInLimit.addTo(http)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }
}
