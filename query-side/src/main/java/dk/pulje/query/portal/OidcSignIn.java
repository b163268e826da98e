package dk.pulje.query.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.stereotype.Component;

/**
 * Which OIDC provider, if any, applicants sign in through: the client registration
 * ({@code spring.security.oauth2.client.registration.<id>.*}) named by {@code pulje.portal.oidc-registration}, else
 * the only one configured. It must use the authorization code grant and ask for {@code openid}; a setting that names
 * none, or leaves the choice open among several, stops the app rather than fall back to passwords. Its callback is the
 * portal's own ({@value #CALLBACK}), so the whole sign-in stays behind the portal's filter chain.
 */
@Component
class OidcSignIn {

    static final String AUTHORIZATION = "/portal/oauth2/authorization";
    static final String CALLBACK = "/portal/login/oauth2/code/*";

    /** Spring Security's callback for a registration that names none of its own; moved under {@code /portal}. */
    private static final String DEFAULT_REDIRECT = "{baseUrl}/{action}/oauth2/code/{registrationId}";

    private static final String PORTAL_REDIRECT = "{baseUrl}/portal/{action}/oauth2/code/{registrationId}";

    private final ClientRegistration registration;

    OidcSignIn(ObjectProvider<ClientRegistrationRepository> registrations, PortalSettings settings) {
        this.registration = chosen(registrations.getIfAvailable(), settings.oidcRegistration())
                .map(OidcSignIn::checked)
                .map(OidcSignIn::portalCallback)
                .orElse(null);
    }

    Optional<ClientRegistration> registration() {
        return Optional.ofNullable(registration);
    }

    /** The portal's own view of the registration (with its callback under {@code /portal}). */
    ClientRegistrationRepository repository() {
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** Where a sign-in through the provider starts. */
    String start() {
        return AUTHORIZATION + "/" + registration.getRegistrationId();
    }

    private static Optional<ClientRegistration> chosen(ClientRegistrationRepository repository, String named) {
        if (named != null) {
            ClientRegistration found = repository == null ? null : repository.findByRegistrationId(named);
            if (found == null) {
                throw new IllegalStateException("pulje.portal.oidc-registration names " + named
                        + ", and there is no spring.security.oauth2.client.registration." + named);
            }
            return Optional.of(found);
        }
        if (!(repository instanceof Iterable<?> all)) {
            return Optional.empty();
        }
        List<ClientRegistration> configured = new ArrayList<>();
        StreamSupport.stream(all.spliterator(), false)
                .map(ClientRegistration.class::cast)
                .forEach(configured::add);
        if (configured.size() > 1) {
            throw new IllegalStateException("Several OIDC client registrations are configured: set "
                    + "PULJE_PORTAL_OIDC_REGISTRATION (pulje.portal.oidc-registration) to the one applicants sign in "
                    + "through");
        }
        return configured.stream().findFirst();
    }

    private static ClientRegistration checked(ClientRegistration registration) {
        if (!AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())
                || !registration.getScopes().contains(OidcScopes.OPENID)) {
            throw new IllegalStateException("The portal signs in with OIDC: the client registration "
                    + registration.getRegistrationId()
                    + " must use authorization-grant-type authorization_code and scope openid");
        }
        return registration;
    }

    private static ClientRegistration portalCallback(ClientRegistration registration) {
        if (!DEFAULT_REDIRECT.equals(registration.getRedirectUri())) {
            return registration;
        }
        return ClientRegistration.withClientRegistration(registration)
                .redirectUri(PORTAL_REDIRECT)
                .build();
    }
}
