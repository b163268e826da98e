package dk.pulje.query.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** Which provider applicants sign in through is never a guess: a setting that leaves it open stops the app. */
class OidcSignInTest {

    @Test
    void without_a_registration_applicants_sign_in_with_a_password() {
        OidcSignIn none = new OidcSignIn(registrations(), settings(null));
        assertThat(none.registration()).isEmpty();
    }

    @Test
    void the_only_registration_is_the_portals_with_its_callback_under_the_portal() {
        OidcSignIn only = new OidcSignIn(registrations(registration("mitid", "openid")), settings(null));
        assertThat(only.registration().orElseThrow().getRedirectUri())
                .isEqualTo("{baseUrl}/portal/{action}/oauth2/code/{registrationId}");
        assertThat(only.start()).isEqualTo("/portal/oauth2/authorization/mitid");
    }

    @Test
    void among_several_registrations_the_setting_names_the_portals() {
        ObjectProvider<ClientRegistrationRepository> two =
                registrations(registration("mitid", "openid"), registration("staff", "openid"));
        assertThatThrownBy(() -> new OidcSignIn(two, settings(null)))
                .hasMessageContaining("PULJE_PORTAL_OIDC_REGISTRATION");
        assertThat(new OidcSignIn(two, settings("mitid")).start()).isEqualTo("/portal/oauth2/authorization/mitid");
        assertThatThrownBy(() -> new OidcSignIn(two, settings("nemlog-in")))
                .hasMessageContaining("no spring.security.oauth2.client.registration.nemlog-in");
    }

    @Test
    void a_registration_without_openid_is_refused() {
        assertThatThrownBy(() -> new OidcSignIn(registrations(registration("mitid", "profile")), settings(null)))
                .hasMessageContaining("scope openid");
    }

    private static PortalSettings settings(String registration) {
        return new PortalSettings(null, null, registration);
    }

    private static ObjectProvider<ClientRegistrationRepository> registrations(ClientRegistration... registrations) {
        StaticListableBeanFactory beans = registrations.length == 0
                ? new StaticListableBeanFactory()
                : new StaticListableBeanFactory(
                        Map.of("registrations", new InMemoryClientRegistrationRepository(registrations)));
        return beans.getBeanProvider(ClientRegistrationRepository.class);
    }

    private static ClientRegistration registration(String id, String scope) {
        return ClientRegistration.withRegistrationId(id)
                .clientId("pulje-portal")
                .clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/{action}/oauth2/code/{registrationId}")
                .scope(scope)
                .authorizationUri("https://provider.example/authorize")
                .tokenUri("https://provider.example/token")
                .jwkSetUri("https://provider.example/jwks")
                .build();
    }
}
