package dk.pulje.command.security;

import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.FINANCE_OFFICER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

/** Deny by default: every command endpoint names the one role that may call it. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems,
                            ObjectProvider<JwtDecoder> bearerTokens) throws Exception {
        if (bearerTokens.getIfAvailable() != null) {
            http.oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(new BearerTokens()))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        }
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/problems/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/programmes", "/programmes/*/pools",
                                "/pools/*/publication", "/pools/*/amendments", "/pools/*/closure")
                        .hasRole(POOL_MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/pools/*/applications",
                                "/pools/*/applications/*/amendments", "/pools/*/applications/*/withdrawal")
                        .hasRole(APPLICANT.name())
                        .requestMatchers(HttpMethod.POST, "/pools/*/applications/*/screening",
                                "/pools/*/applications/*/scores")
                        .hasRole(ASSESSOR.name())
                        .requestMatchers(HttpMethod.POST, "/pools/*/applications/*/award",
                                "/pools/*/applications/*/rejection")
                        .hasRole(APPROVER.name())
                        .requestMatchers(HttpMethod.POST, "/pools/*/applications/*/conflict-of-interest")
                        .hasAnyRole(ASSESSOR.name(), APPROVER.name())
                        .requestMatchers(HttpMethod.POST, "/grants/*/acceptance", "/grants/*/start",
                                "/grants/*/reports/*/submission", "/grants/*/budget-changes")
                        .hasRole(APPLICANT.name())
                        .requestMatchers(HttpMethod.POST, "/grants/*/reports/*/approval", "/grants/*/reports/*/return",
                                "/grants/*/budget-changes/*/approval", "/grants/*/budget-changes/*/refusal",
                                "/grants/*/closure")
                        .hasRole(POOL_MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/grants/*/disbursements", "/grants/*/repayment-claims",
                                "/grants/*/repayment-claims/*/payments")
                        .hasRole(FINANCE_OFFICER.name())
                        .requestMatchers("/admin/clock").hasRole(POOL_MANAGER.name())
                        .requestMatchers("/actuator/**").hasRole("AUDITOR")
                        .anyRequest().denyAll())
                .build();
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
