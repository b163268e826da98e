package dk.pulje.query.portal;

import dk.pulje.query.security.BrowserPages;
import dk.pulje.spring.limits.SignedInLimit;
import dk.pulje.spring.security.EndpointAuthorization;
import dk.pulje.spring.security.ProblemAuthenticationHandlers;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The applicant portal, for browsers: public pages for anyone, the applicant's own behind a login form and a session
 * (who may call each is declared on its controller method, as everywhere), CSRF on every form, and the dashboard's
 * headers (an upload too large to read is answered on its form's page: {@link TooLargeUpload}). The sign-in is relayed to the command side ({@link RelayedSignIn}) so that the portal's commands are the
 * applicant's own. Between the dashboard's chain and the API's.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http, EndpointAuthorization endpoints, MultipartConfigElement uploads)
            throws Exception {
        return BrowserPages.headers(SignedInLimit.addTo(http)
                        .securityMatcher("/portal", "/portal/**")
                        .authorizeHttpRequests(requests -> requests.requestMatchers(
                                        "/portal/login", "/portal/forbidden", "/portal/assets/**")
                                .permitAll()
                                .anyRequest()
                                .access(endpoints))
                        .formLogin(login -> login.loginPage("/portal/login")
                                .successHandler(new RelayedSignIn())
                                .failureHandler(ProblemAuthenticationHandlers.formLoginFailure("/portal/login?error")))
                        .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal/login?logout"))
                        .addFilterBefore(new TooLargeUpload(uploads.getMaxFileSize()), CsrfFilter.class)
                        .exceptionHandling(handling -> handling.accessDeniedPage("/portal/forbidden")))
                .build();
    }
}
