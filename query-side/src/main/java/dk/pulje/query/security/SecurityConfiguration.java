package dk.pulje.query.security;

import dk.pulje.shared.common.Role;
import dk.pulje.spring.limits.SignedInLimit;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import java.util.Arrays;

import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.AUDITOR;
import static dk.pulje.shared.common.Role.DASHBOARD_VIEWER;
import static dk.pulje.shared.common.Role.FINANCE_OFFICER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

/**
 * Deny by default. Staff and auditors read everything; dashboard viewers read aggregates only (programmes and pools,
 * never the applications, decisions or grants, which name organisations and people and carry reasons and scores);
 * applicants read programmes and pools and their own organisation's applications and grants, not the decisions;
 * only auditors rebuild read models. The API signs in with HTTP Basic on every request; the dashboard's pages with
 * a login form and a session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] READERS = roles(POOL_MANAGER, ASSESSOR, APPROVER, FINANCE_OFFICER, AUDITOR,
            DASHBOARD_VIEWER);
    private static final String[] READERS_AND_APPLICANTS = roles(POOL_MANAGER, ASSESSOR, APPROVER, FINANCE_OFFICER,
            AUDITOR, DASHBOARD_VIEWER, APPLICANT);
    private static final String[] STAFF = roles(POOL_MANAGER, ASSESSOR, APPROVER, FINANCE_OFFICER, AUDITOR);
    private static final String[] STAFF_AND_APPLICANTS = roles(POOL_MANAGER, ASSESSOR, APPROVER, FINANCE_OFFICER,
            AUDITOR, APPLICANT);

    /**
     * The dashboard, for browsers: a login form (CSRF-protected, like the logout), a session, and headers that let
     * its pages load nothing but their own scripts and styles. Its live connection is a long request; its closing
     * dispatch was authorised when it opened.
     */
    @Bean
    @Order(1)
    SecurityFilterChain dashboard(HttpSecurity http) throws Exception {
        return SignedInLimit.addTo(http)
                .securityMatcher("/dashboard", "/dashboard/**")
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/dashboard/login", "/dashboard/forbidden", "/dashboard/assets/**")
                        .permitAll()
                        .anyRequest().hasAnyRole(READERS))
                .formLogin(login -> login.loginPage("/dashboard/login").defaultSuccessUrl("/dashboard")
                        .failureHandler(ProblemAuthenticationHandlers.formLoginFailure("/dashboard/login?error")))
                .logout(logout -> logout.logoutUrl("/dashboard/logout").logoutSuccessUrl("/dashboard/login?logout"))
                .exceptionHandling(handling -> handling.accessDeniedPage("/dashboard/forbidden"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; "
                                + "frame-ancestors 'none'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems,
                            ObjectProvider<JwtDecoder> bearerTokens) throws Exception {
        return StatelessApi.configure(http, problems, bearerTokens)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/public/**", "/problems/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/programmes/**", "/pools", "/pools/*")
                        .hasAnyRole(READERS_AND_APPLICANTS)
                        .requestMatchers(HttpMethod.GET, "/pools/*/decisions", "/grants/overdue-reports",
                                "/deadlines/upcoming")
                        .hasAnyRole(STAFF)
                        // An applicant reads only its own organisation's applications and grants here.
                        .requestMatchers(HttpMethod.GET, "/pools/*/applications", "/pools/*/applications/*",
                                "/pools/*/grants.csv", "/grants", "/grants/*")
                        .hasAnyRole(STAFF_AND_APPLICANTS)
                        .requestMatchers(HttpMethod.GET, "/meetings/*/registrations")
                        .hasAnyRole(POOL_MANAGER.name(), AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/audit/**").hasRole(AUDITOR.name())
                        .requestMatchers("/admin/clock").hasRole(POOL_MANAGER.name())
                        .requestMatchers("/admin/**", "/actuator/**").hasRole(AUDITOR.name())
                        .anyRequest().denyAll())
                .build();
    }

    private static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
