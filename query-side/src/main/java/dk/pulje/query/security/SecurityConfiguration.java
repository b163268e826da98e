package dk.pulje.query.security;

import dk.pulje.shared.common.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Arrays;

import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.AUDITOR;
import static dk.pulje.shared.common.Role.DASHBOARD_VIEWER;
import static dk.pulje.shared.common.Role.FINANCE_OFFICER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

/**
 * Deny by default. Staff, auditors and dashboard viewers read everything; applicants read programmes and pools,
 * not other organisations' applications or the decisions on them; only auditors rebuild read models.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] READERS = roles(POOL_MANAGER, ASSESSOR, APPROVER, FINANCE_OFFICER, AUDITOR,
            DASHBOARD_VIEWER);
    private static final String[] READERS_AND_APPLICANTS = roles(POOL_MANAGER, ASSESSOR, APPROVER, FINANCE_OFFICER,
            AUDITOR, DASHBOARD_VIEWER, APPLICANT);

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/programmes/**", "/pools", "/pools/*")
                        .hasAnyRole(READERS_AND_APPLICANTS)
                        .requestMatchers(HttpMethod.GET, "/pools/*/applications", "/pools/*/applications/*",
                                "/pools/*/decisions")
                        .hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.GET, "/audit/**").hasRole(AUDITOR.name())
                        .requestMatchers("/admin/**", "/actuator/**").hasRole(AUDITOR.name())
                        .anyRequest().denyAll())
                .build();
    }

    private static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    UserDetailsService users(PuljeUsers configured) {
        return new InMemoryUserDetailsManager(configured.users().stream()
                .map(user -> User.withUsername(user.name())
                        .password(user.password())
                        .roles(user.role().name())
                        .build())
                .toList());
    }
}
