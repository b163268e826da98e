package dk.pulje.command.security;

import dk.pulje.spring.security.ProblemAuthenticationHandlers;
import dk.pulje.spring.security.StatelessApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
        return StatelessApi.configure(http, problems, bearerTokens)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/problems/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/programmes", "/programmes/*/pools", "/programmes/*/initiatives",
                                "/pools/*/announcement", "/pools/*/publication", "/pools/*/amendments", "/pools/*/amendments/*/approval",
                                "/pools/*/amendments/*/refusal", "/pools/*/closure", "/personal-data/erasures")
                        .hasRole(POOL_MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/pools/*/applications",
                                "/pools/*/applications/*/amendments", "/pools/*/applications/*/withdrawal",
                                "/pools/*/applications/*/partnership/confirmation",
                                "/pools/*/applications/*/partnership/decline",
                                "/pools/*/applications/*/partnership/removal")
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
                        .requestMatchers(HttpMethod.POST, "/meetings", "/meetings/*/changes", "/meetings/*/material",
                                "/meetings/*/cancellation")
                        .hasRole(POOL_MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/meetings/*/registrations", "/subscriptions",
                                "/subscriptions/cancellation").hasRole(APPLICANT.name())
                        .requestMatchers(HttpMethod.POST, "/meetings/*/registrations/*/cancellation")
                        .hasAnyRole(APPLICANT.name(), POOL_MANAGER.name())
                        .requestMatchers("/admin/clock").hasRole(POOL_MANAGER.name())
                        .requestMatchers("/actuator/**").hasRole("AUDITOR")
                        .anyRequest().denyAll())
                .build();
    }
}
