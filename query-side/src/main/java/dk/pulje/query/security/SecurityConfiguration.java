package dk.pulje.query.security;

import static dk.pulje.shared.common.Role.AUDITOR;

import dk.pulje.spring.limits.SignedInLimit;
import dk.pulje.spring.security.EndpointAuthorization;
import dk.pulje.spring.security.ProblemAuthenticationHandlers;
import dk.pulje.spring.security.StatelessApi;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default: every endpoint declares beside it who may call it ({@code @Allowed} on its controller method, or
 * a group of roles: {@link Readers}, {@link ReadersAndApplicants}, {@link Staff}, {@link StaffAndApplicants}; or
 * {@code @Public}), enforced here by {@link EndpointAuthorization} before the request reaches it. Staff and auditors
 * read everything; dashboard viewers read aggregates only (programmes and pools, never the applications, decisions or
 * grants, which name organisations and people and carry reasons and scores); applicants read programmes and pools
 * and their own organisation's applications and grants, not the decisions; only auditors rebuild read models. The
 * API signs in with HTTP Basic on every request; the dashboard's pages with a login form and a session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The dashboard, for browsers: a login form (CSRF-protected, like the logout), a session, and headers that let
     * its pages load nothing but their own scripts and styles. Its live connection is a long request; its closing
     * dispatch was authorised when it opened.
     */
    @Bean
    @Order(1)
    SecurityFilterChain dashboard(HttpSecurity http, EndpointAuthorization endpoints) throws Exception {
        return BrowserPages.headers(SignedInLimit.addTo(http)
                        .securityMatcher("/dashboard", "/dashboard/**")
                        .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ASYNC)
                                .permitAll()
                                .requestMatchers("/dashboard/login", "/dashboard/forbidden", "/dashboard/assets/**")
                                .permitAll()
                                .anyRequest()
                                .access(endpoints))
                        .formLogin(login -> login.loginPage("/dashboard/login")
                                .defaultSuccessUrl("/dashboard")
                                .failureHandler(
                                        ProblemAuthenticationHandlers.formLoginFailure("/dashboard/login?error")))
                        .logout(logout ->
                                logout.logoutUrl("/dashboard/logout").logoutSuccessUrl("/dashboard/login?logout"))
                        .exceptionHandling(handling -> handling.accessDeniedPage("/dashboard/forbidden")))
                .build();
    }

    @Bean
    @Order(3)
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
                                "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/problems/*")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(AUDITOR.name())
                        .anyRequest()
                        .access(endpoints))
                .build();
    }
}
