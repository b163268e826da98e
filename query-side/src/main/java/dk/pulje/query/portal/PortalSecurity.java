package dk.pulje.query.portal;

import dk.pulje.query.security.BrowserPages;
import dk.pulje.spring.limits.SignedInLimit;
import dk.pulje.spring.security.EndpointAuthorization;
import dk.pulje.spring.security.ProblemAuthenticationHandlers;
import jakarta.servlet.MultipartConfigElement;
import java.net.URI;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The applicant portal, for browsers: public pages for anyone, the applicant's own behind a sign-in and a session (who
 * may call each is declared on its controller method, as everywhere), CSRF on every form, and the dashboard's
 * headers (an upload too large to read is answered on its form's page: {@link TooLargeUpload}). Applicants sign in through the OIDC provider where one is configured ({@link OidcSignIn}: the authorization
 * code flow with PKCE), else with the login form (the demo users). The sign-in is relayed to the command side
 * ({@link RelayedSignIn}) so that the portal's commands are the applicant's own. Between the dashboard's chain and the
 * API's.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    private static final String SIGNED_OUT = "/portal/login?logout";

    @Bean
    @Order(2)
    SecurityFilterChain portal(
            HttpSecurity http,
            EndpointAuthorization endpoints,
            MultipartConfigElement uploads,
            OidcSignIn oidc,
            OAuth2AuthorizedClientRepository authorizedClients)
            throws Exception {
        Optional<ClientRegistration> provider = oidc.registration();
        BrowserPages.headers(
                        SignedInLimit.addTo(http),
                        provider.flatMap(PortalSecurity::endSession).stream().toList())
                .securityMatcher("/portal", "/portal/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/portal/login", "/portal/forbidden", "/portal/assets/**")
                                .permitAll()
                                .anyRequest()
                                .access(endpoints))
                .addFilterBefore(new TooLargeUpload(uploads.getMaxFileSize()), CsrfFilter.class)
                .exceptionHandling(handling -> handling.accessDeniedPage("/portal/forbidden"));
        if (provider.isPresent()) {
            ClientRegistrationRepository registrations = oidc.repository();
            DefaultOAuth2AuthorizationRequestResolver withPkce =
                    new DefaultOAuth2AuthorizationRequestResolver(registrations, OidcSignIn.AUTHORIZATION);
            withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            OidcClientInitiatedLogoutSuccessHandler signedOut =
                    new OidcClientInitiatedLogoutSuccessHandler(registrations);
            signedOut.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
            signedOut.setDefaultTargetUrl(SIGNED_OUT);
            http.oauth2Login(login -> login.loginPage("/portal/login")
                            .clientRegistrationRepository(registrations)
                            .authorizedClientRepository(authorizedClients)
                            .authorizationEndpoint(
                                    authorization -> authorization.authorizationRequestResolver(withPkce))
                            .redirectionEndpoint(callback -> callback.baseUri(OidcSignIn.CALLBACK))
                            .userInfoEndpoint(user -> user.oidcUserService(new OidcApplicants()))
                            .defaultSuccessUrl("/portal/applications")
                            .failureUrl("/portal/login?error"))
                    .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessHandler(signedOut));
        } else {
            http.formLogin(login -> login.loginPage("/portal/login")
                            .successHandler(new RelayedSignIn.KeptPassword())
                            .failureHandler(ProblemAuthenticationHandlers.formLoginFailure("/portal/login?error")))
                    .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl(SIGNED_OUT));
        }
        return http.build();
    }

    /** The access and refresh tokens of an OIDC sign-in, kept in the session (in the database) and gone with it. */
    @Bean
    OAuth2AuthorizedClientRepository portalAuthorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** The origin of the provider's sign-out (RP-initiated logout), where it offers one. */
    private static Optional<String> endSession(ClientRegistration provider) {
        Object endpoint =
                provider.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            return Optional.empty();
        }
        URI uri = URI.create(endpoint.toString());
        return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    }
}
