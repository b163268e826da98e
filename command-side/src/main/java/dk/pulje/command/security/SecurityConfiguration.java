package dk.pulje.command.security;

import static dk.pulje.shared.common.Role.AUDITOR;

import dk.pulje.spring.security.EndpointAuthorization;
import dk.pulje.spring.security.ProblemAuthenticationHandlers;
import dk.pulje.spring.security.StatelessApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default: every command endpoint declares beside it the roles that may call it ({@code @Allowed} on its
 * controller method), enforced here by {@link EndpointAuthorization} before the request reaches it. Documentation,
 * the problem types' pages and health are open; the other actuator endpoints are the auditor's.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            ProblemAuthenticationHandlers problems,
            ObjectProvider<JwtDecoder> bearerTokens,
            EndpointAuthorization endpoints)
            throws Exception {
        return StatelessApi.configure(http, problems, bearerTokens)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health/**",
                                "/actuator/info",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/problems/**",
                                "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(AUDITOR.name())
                        .anyRequest()
                        .access(endpoints))
                .build();
    }
}
